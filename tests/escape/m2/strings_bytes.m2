strings_bytes.go:17:15: string(b) escapes to heap:
strings_bytes.go:17:15:   flow: ~r0 = &{storage for string(b)}:
strings_bytes.go:17:15:     from string(b) (spill) at strings_bytes.go:17:15
strings_bytes.go:17:15:     from return string(b) (return) at strings_bytes.go:17:2
strings_bytes.go:16:15: b does not escape
strings_bytes.go:17:15: string(b) escapes to heap
strings_bytes.go:21:18: b does not escape
strings_bytes.go:22:15: string(b) does not escape
strings_bytes.go:27:15: ([]byte)(s) escapes to heap:
strings_bytes.go:27:15:   flow: ~r0 = &{storage for ([]byte)(s)}:
strings_bytes.go:27:15:     from ([]byte)(s) (spill) at strings_bytes.go:27:15
strings_bytes.go:27:15:     from return ([]byte)(s) (return) at strings_bytes.go:27:2
strings_bytes.go:26:14: s does not escape
strings_bytes.go:27:15: ([]byte)(s) escapes to heap
strings_bytes.go:31:13: s does not escape
strings_bytes.go:32:13: ([]byte)(s) does not escape
strings_bytes.go:43:15: s does not escape
strings_bytes.go:45:26: ([]byte)(s) does not escape
strings_bytes.go:52:16: s does not escape
strings_bytes.go:53:19: ([]rune)(s) does not escape
strings_bytes.go:57:15: ([]rune)(s) escapes to heap:
strings_bytes.go:57:15:   flow: ~r0 = &{storage for ([]rune)(s)}:
strings_bytes.go:57:15:     from ([]rune)(s) (spill) at strings_bytes.go:57:15
strings_bytes.go:57:15:     from return ([]rune)(s) (return) at strings_bytes.go:57:2
strings_bytes.go:56:14: s does not escape
strings_bytes.go:57:15: ([]rune)(s) escapes to heap
strings_bytes.go:62:15: string(r) escapes to heap:
strings_bytes.go:62:15:   flow: ~r0 = &{storage for string(r)}:
strings_bytes.go:62:15:     from string(r) (spill) at strings_bytes.go:62:15
strings_bytes.go:62:15:     from return string(r) (return) at strings_bytes.go:62:2
strings_bytes.go:62:15: string(r) escapes to heap
strings_bytes.go:66:19: string(r) does not escape
strings_bytes.go:71:11: a + b escapes to heap:
strings_bytes.go:71:11:   flow: ~r0 = &{storage for a + b}:
strings_bytes.go:71:11:     from a + b (spill) at strings_bytes.go:71:11
strings_bytes.go:71:11:     from return a + b (return) at strings_bytes.go:71:2
strings_bytes.go:70:13: a does not escape
strings_bytes.go:70:16: b does not escape
strings_bytes.go:71:11: a + b escapes to heap
strings_bytes.go:75:20: a + "-" + b escapes to heap:
strings_bytes.go:75:20:   flow: {heap} = &{storage for a + "-" + b}:
strings_bytes.go:75:20:     from a + "-" + b (spill) at strings_bytes.go:75:20
strings_bytes.go:75:20:     from sinkStr = a + "-" + b (assign) at strings_bytes.go:75:10
strings_bytes.go:74:18: a does not escape
strings_bytes.go:74:21: b does not escape
strings_bytes.go:75:20: a + "-" + b escapes to heap
strings_bytes.go:78:16: a does not escape
strings_bytes.go:78:19: b does not escape
strings_bytes.go:79:9: a + b does not escape
strings_bytes.go:84:13: parameter s leaks to ~r0 with derefs=0:
strings_bytes.go:84:13:   flow: ~r0 = s:
strings_bytes.go:84:13:     from s[:1] (slice) at strings_bytes.go:85:10
strings_bytes.go:84:13:     from return s[:1] (return) at strings_bytes.go:85:2
strings_bytes.go:84:13: leaking param: s to result ~r0 level=0
strings_bytes.go:89:16: parameter b leaks to {heap} with derefs=0:
strings_bytes.go:89:16:   flow: {heap} = b:
strings_bytes.go:89:16:     from sinkBytes = b (assign) at strings_bytes.go:90:12
strings_bytes.go:89:16: leaking param: b
strings_bytes.go:94:12: parts does not escape
strings_bytes.go:103:12: parameter s leaks to ~r0 with derefs=0:
strings_bytes.go:103:12:   flow: ~r0 = s:
strings_bytes.go:103:12:     from strings.ToUpper(s) (call parameter) at strings_bytes.go:104:24
strings_bytes.go:103:12:     from return strings.ToUpper(s) (return) at strings_bytes.go:104:2
strings_bytes.go:103:12: leaking param: s to result ~r0 level=0
strings_bytes.go:111:13: parameter s leaks to {heap} with derefs=0:
strings_bytes.go:111:13:   flow: {heap} = s:
strings_bytes.go:111:13:     from strings.Fields(s) (call parameter) at strings_bytes.go:112:27
strings_bytes.go:111:13: leaking param: s
strings_bytes.go:116:11: b does not escape
strings_bytes.go:117:15: string(b) does not escape
strings_bytes.go:127:15: a does not escape
strings_bytes.go:127:18: b does not escape
strings_bytes.go:128:10: a + b does not escape
strings_bytes.go:133:15: string(b[1:3]) escapes to heap:
strings_bytes.go:133:15:   flow: ~r0 = &{storage for string(b[1:3])}:
strings_bytes.go:133:15:     from string(b[1:3]) (spill) at strings_bytes.go:133:15
strings_bytes.go:133:15:     from return string(b[1:3]) (return) at strings_bytes.go:133:2
strings_bytes.go:132:13: b does not escape
strings_bytes.go:133:15: string(b[1:3]) escapes to heap
strings_bytes.go:138:13: ([]byte)("constant") does not escape
strings_bytes.go:148:18: ([]byte)("k") escapes to heap:
strings_bytes.go:148:18:   flow: {heap} = &{storage for ([]byte)("k")}:
strings_bytes.go:148:18:     from ([]byte)("k") (spill) at strings_bytes.go:148:18
strings_bytes.go:148:18:     from keepBytes(([]byte)("k")) (call parameter) at strings_bytes.go:148:11
strings_bytes.go:143:25: ([]byte)("x") does not escape
strings_bytes.go:143:51: ([]byte)("hello") does not escape
strings_bytes.go:148:18: ([]byte)("k") escapes to heap
strings_bytes.go:149:24: []string{...} does not escape
strings_bytes.go:150:21: ([]byte)("a") does not escape
strings_bytes.go:150:62: ([]byte)("abcd") does not escape
