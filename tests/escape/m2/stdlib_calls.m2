stdlib_calls.go:18:7: b does not escape
stdlib_calls.go:19:7: b does not escape
stdlib_calls.go:20:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
stdlib_calls.go:20:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
stdlib_calls.go:20:7: b does not escape
stdlib_calls.go:26:12: xs escapes to heap:
stdlib_calls.go:26:12:   flow: {heap} = &{storage for xs}:
stdlib_calls.go:26:12:     from xs (spill) at stdlib_calls.go:26:12
stdlib_calls.go:26:12:     from sort.Slice(xs, func literal) (call parameter) at stdlib_calls.go:26:12
stdlib_calls.go:25:15: sortInts capturing by value: xs (addr=false assign=false width=24)
stdlib_calls.go:25:15: parameter xs leaks to {storage for xs} with derefs=0:
stdlib_calls.go:25:15:   flow: {storage for xs} = xs:
stdlib_calls.go:25:15:     from xs (interface-converted) at stdlib_calls.go:26:12
stdlib_calls.go:25:15: leaking param: xs
stdlib_calls.go:26:12: xs escapes to heap
stdlib_calls.go:26:17: func literal does not escape
stdlib_calls.go:31:17: byLen(ss) escapes to heap:
stdlib_calls.go:31:17:   flow: {heap} = &{storage for byLen(ss)}:
stdlib_calls.go:31:17:     from byLen(ss) (spill) at stdlib_calls.go:31:17
stdlib_calls.go:31:17:     from sort.Sort(byLen(ss)) (call parameter) at stdlib_calls.go:31:11
stdlib_calls.go:30:16: parameter ss leaks to {storage for byLen(ss)} with derefs=0:
stdlib_calls.go:30:16:   flow: {storage for byLen(ss)} = ss:
stdlib_calls.go:30:16:     from byLen(ss) (interface-converted) at stdlib_calls.go:31:17
stdlib_calls.go:30:16: leaking param: ss
stdlib_calls.go:31:17: byLen(ss) escapes to heap
stdlib_calls.go:35:13: parameter xs leaks to {heap} with derefs=0:
stdlib_calls.go:35:13:   flow: {heap} = xs:
stdlib_calls.go:35:13:     from sort.Ints(xs) (call parameter) at stdlib_calls.go:36:11
stdlib_calls.go:35:13: leaking param: xs
stdlib_calls.go:41:12: parameter s leaks to {heap} with derefs=0:
stdlib_calls.go:41:12:   flow: {heap} = s:
stdlib_calls.go:41:12:     from strings.Split(s, ",") (call parameter) at stdlib_calls.go:42:26
stdlib_calls.go:41:12: leaking param: s
stdlib_calls.go:45:11: parameter parts leaks to ~r0 with derefs=1:
stdlib_calls.go:45:11:   flow: ~r0 = *parts:
stdlib_calls.go:45:11:     from strings.Join(parts, "-") (call parameter) at stdlib_calls.go:46:21
stdlib_calls.go:45:11:     from return strings.Join(parts, "-") (return) at stdlib_calls.go:46:2
stdlib_calls.go:45:11: leaking param: parts to result ~r0 level=1
stdlib_calls.go:49:15: s does not escape
stdlib_calls.go:49:18: sub does not escape
stdlib_calls.go:53:13: s does not escape
stdlib_calls.go:57:11: parameter s leaks to ~r0 with derefs=0:
stdlib_calls.go:57:11:   flow: ~r0 = s:
stdlib_calls.go:57:11:     from strings.TrimSpace(s) (call parameter) at stdlib_calls.go:58:26
stdlib_calls.go:57:11:     from return strings.TrimSpace(s) (return) at stdlib_calls.go:58:2
stdlib_calls.go:57:11: leaking param: s to result ~r0 level=0
stdlib_calls.go:62:12: parameter s leaks to {heap} with derefs=0:
stdlib_calls.go:62:12:   flow: {heap} = s:
stdlib_calls.go:62:12:     from strconv.Atoi(s) (call parameter) at stdlib_calls.go:63:24
stdlib_calls.go:62:12: leaking param: s
stdlib_calls.go:70:12: s does not escape
stdlib_calls.go:75:13: make([]byte, 0, 20) does not escape
stdlib_calls.go:81:17: parameter err leaks to {heap} with derefs=0:
stdlib_calls.go:81:17:   flow: {heap} = err:
stdlib_calls.go:81:17:     from errors.Is(err, errNotFound) (call parameter) at stdlib_calls.go:82:18
stdlib_calls.go:81:17: leaking param: err
stdlib_calls.go:87:7: c does not escape
stdlib_calls.go:90:6: ce escapes to heap:
stdlib_calls.go:90:6:   flow: {heap} = &ce:
stdlib_calls.go:90:6:     from &ce (address-of) at stdlib_calls.go:91:20
stdlib_calls.go:90:6:     from &ce (interface-converted) at stdlib_calls.go:91:20
stdlib_calls.go:90:6:     from errors.As(err, &ce) (call parameter) at stdlib_calls.go:91:14
stdlib_calls.go:89:13: parameter err leaks to {heap} with derefs=0:
stdlib_calls.go:89:13:   flow: {heap} = err:
stdlib_calls.go:89:13:     from errors.As(err, &ce) (call parameter) at stdlib_calls.go:91:14
stdlib_calls.go:89:13: leaking param: err
stdlib_calls.go:90:6: moved to heap: ce
stdlib_calls.go:98:25: parameter b leaks to {heap} with derefs=0:
stdlib_calls.go:98:25:   flow: {heap} = b:
stdlib_calls.go:98:25:     from w.Write(b) (call parameter) at stdlib_calls.go:99:9
stdlib_calls.go:98:12: parameter w leaks to {heap} with derefs=0:
stdlib_calls.go:98:12:   flow: {heap} = w:
stdlib_calls.go:98:12:     from w.Write(b) (call parameter) at stdlib_calls.go:99:9
stdlib_calls.go:98:12: leaking param: w
stdlib_calls.go:98:25: leaking param: b
stdlib_calls.go:102:18: parameter s leaks to {heap} with derefs=0:
stdlib_calls.go:102:18:   flow: {heap} = s:
stdlib_calls.go:102:18:     from io.WriteString(os.Stdout, s) (call parameter) at stdlib_calls.go:103:16
stdlib_calls.go:102:18: leaking param: s
stdlib_calls.go:107:14: parameter s leaks to {heap} with derefs=0:
stdlib_calls.go:107:14:   flow: {heap} = s:
stdlib_calls.go:107:14:     from strings.NewReader(s) (call parameter) at stdlib_calls.go:108:38
stdlib_calls.go:107:14: leaking param: s
stdlib_calls.go:113:16: []int{...} escapes to heap:
stdlib_calls.go:113:16:   flow: {heap} = &{storage for []int{...}}:
stdlib_calls.go:113:16:     from []int{...} (spill) at stdlib_calls.go:113:16
stdlib_calls.go:113:16:     from sortInts([]int{...}) (call parameter) at stdlib_calls.go:113:10
stdlib_calls.go:114:20: []string{...} escapes to heap:
stdlib_calls.go:114:20:   flow: {heap} = &{storage for []string{...}}:
stdlib_calls.go:114:20:     from []string{...} (spill) at stdlib_calls.go:114:20
stdlib_calls.go:114:20:     from sortByLen([]string{...}) (call parameter) at stdlib_calls.go:114:11
stdlib_calls.go:115:22: []int{...} escapes to heap:
stdlib_calls.go:115:22:   flow: {heap} = &{storage for []int{...}}:
stdlib_calls.go:115:22:     from []int{...} (spill) at stdlib_calls.go:115:22
stdlib_calls.go:115:22:     from search([]int{...}, 3) (call parameter) at stdlib_calls.go:115:16
stdlib_calls.go:117:57: &codeError{...} escapes to heap:
stdlib_calls.go:117:57:   flow: {heap} = &{storage for &codeError{...}}:
stdlib_calls.go:117:57:     from &codeError{...} (spill) at stdlib_calls.go:117:57
stdlib_calls.go:117:57:     from &codeError{...} (interface-converted) at stdlib_calls.go:117:57
stdlib_calls.go:117:57:     from asCode(&codeError{...}) (call parameter) at stdlib_calls.go:117:56
stdlib_calls.go:118:25: ([]byte)("w\n") escapes to heap:
stdlib_calls.go:118:25:   flow: {heap} = &{storage for ([]byte)("w\n")}:
stdlib_calls.go:118:25:     from ([]byte)("w\n") (spill) at stdlib_calls.go:118:25
stdlib_calls.go:118:25:     from write(os.Stdout, ([]byte)("w\n")) (call parameter) at stdlib_calls.go:118:7
stdlib_calls.go:113:16: []int{...} escapes to heap
stdlib_calls.go:114:20: []string{...} escapes to heap
stdlib_calls.go:115:22: []int{...} escapes to heap
stdlib_calls.go:115:61: []string{...} does not escape
stdlib_calls.go:117:57: &codeError{...} escapes to heap
stdlib_calls.go:118:25: ([]byte)("w\n") escapes to heap
