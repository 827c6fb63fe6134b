conv_positions.go:39:7: t does not escape
conv_positions.go:41:9: x does not escape
conv_positions.go:43:9: x does not escape
conv_positions.go:45:10: x does not escape
conv_positions.go:45:13: y does not escape
conv_positions.go:49:26: "constant" escapes to heap:
conv_positions.go:49:26:   flow: {heap} = &{storage for "constant"}:
conv_positions.go:49:26:     from "constant" (spill) at conv_positions.go:49:26
conv_positions.go:49:26:     from panic("constant") (call parameter) at conv_positions.go:49:26
conv_positions.go:49:26: "constant" escapes to heap
conv_positions.go:51:24: 42 escapes to heap:
conv_positions.go:51:24:   flow: {heap} = &{storage for 42}:
conv_positions.go:51:24:     from 42 (spill) at conv_positions.go:51:24
conv_positions.go:51:24:     from panic(42) (call parameter) at conv_positions.go:51:24
conv_positions.go:51:24: 42 escapes to heap
conv_positions.go:53:31: K escapes to heap:
conv_positions.go:53:31:   flow: {heap} = &{storage for K}:
conv_positions.go:53:31:     from K (spill) at conv_positions.go:53:31
conv_positions.go:53:31:     from panic(K) (call parameter) at conv_positions.go:53:31
conv_positions.go:53:31: K escapes to heap
conv_positions.go:55:37: a + b escapes to heap:
conv_positions.go:55:37:   flow: {heap} = &{storage for a + b}:
conv_positions.go:55:37:     from a + b (spill) at conv_positions.go:55:37
conv_positions.go:55:37:     from panic(a + b) (call parameter) at conv_positions.go:55:32
conv_positions.go:55:37: a + b escapes to heap
conv_positions.go:57:35: a + K escapes to heap:
conv_positions.go:57:35:   flow: {heap} = &{storage for a + K}:
conv_positions.go:57:35:     from a + K (spill) at conv_positions.go:57:35
conv_positions.go:57:35:     from panic(a + K) (call parameter) at conv_positions.go:57:34
conv_positions.go:57:35: a + K escapes to heap
conv_positions.go:59:43: x + y escapes to heap:
conv_positions.go:59:43:   flow: {heap} = &{storage for x + y}:
conv_positions.go:59:43:     from x + y (spill) at conv_positions.go:59:43
conv_positions.go:59:43:     from panic(x + y) (call parameter) at conv_positions.go:59:38
conv_positions.go:59:41: x + y escapes to heap:
conv_positions.go:59:41:   flow: {storage for x + y} = &{storage for x + y}:
conv_positions.go:59:41:     from x + y (spill) at conv_positions.go:59:41
conv_positions.go:59:41:     from x + y (interface-converted) at conv_positions.go:59:43
conv_positions.go:59:18: x does not escape
conv_positions.go:59:21: y does not escape
conv_positions.go:59:43: x + y escapes to heap
conv_positions.go:59:41: x + y escapes to heap
conv_positions.go:61:43: s[b] escapes to heap:
conv_positions.go:61:43:   flow: {heap} = &{storage for s[b]}:
conv_positions.go:61:43:     from s[b] (spill) at conv_positions.go:61:43
conv_positions.go:61:43:     from panic(s[b]) (call parameter) at conv_positions.go:61:40
conv_positions.go:61:17: s does not escape
conv_positions.go:61:43: s[b] escapes to heap
conv_positions.go:63:38: T{...} escapes to heap:
conv_positions.go:63:38:   flow: {heap} = &{storage for T{...}}:
conv_positions.go:63:38:     from T{...} (spill) at conv_positions.go:63:38
conv_positions.go:63:38:     from panic(T{...}) (call parameter) at conv_positions.go:63:32
conv_positions.go:63:38: T{...} escapes to heap
conv_positions.go:65:31: -a escapes to heap:
conv_positions.go:65:31:   flow: {heap} = &{storage for -a}:
conv_positions.go:65:31:     from -a (spill) at conv_positions.go:65:31
conv_positions.go:65:31:     from panic(-a) (call parameter) at conv_positions.go:65:29
conv_positions.go:65:31: -a escapes to heap
conv_positions.go:67:30: t.b escapes to heap:
conv_positions.go:67:30:   flow: {heap} = &{storage for t.b}:
conv_positions.go:67:30:     from t.b (spill) at conv_positions.go:67:30
conv_positions.go:67:30:     from panic(t.b) (call parameter) at conv_positions.go:67:29
conv_positions.go:67:30: t.b escapes to heap
conv_positions.go:69:34: p.a escapes to heap:
conv_positions.go:69:34:   flow: {heap} = &{storage for p.a}:
conv_positions.go:69:34:     from p.a (spill) at conv_positions.go:69:34
conv_positions.go:69:34:     from panic(p.a) (call parameter) at conv_positions.go:69:33
conv_positions.go:69:20: p does not escape
conv_positions.go:69:34: p.a escapes to heap
conv_positions.go:71:29: ret() escapes to heap:
conv_positions.go:71:29:   flow: {heap} = &{storage for ret()}:
conv_positions.go:71:29:     from ret() (spill) at conv_positions.go:71:29
conv_positions.go:71:29:     from panic(ret()) (call parameter) at conv_positions.go:71:25
conv_positions.go:71:29: ret() escapes to heap
conv_positions.go:73:35: f(a) escapes to heap:
conv_positions.go:73:35:   flow: {heap} = &{storage for f(a)}:
conv_positions.go:73:35:     from f(a) (spill) at conv_positions.go:73:35
conv_positions.go:73:35:     from panic(f(a)) (call parameter) at conv_positions.go:73:33
conv_positions.go:73:35: f(a) escapes to heap
conv_positions.go:75:40: f2(a, b + 1) escapes to heap:
conv_positions.go:75:40:   flow: {heap} = &{storage for f2(a, b + 1)}:
conv_positions.go:75:40:     from f2(a, b + 1) (spill) at conv_positions.go:75:40
conv_positions.go:75:40:     from panic(f2(a, b + 1)) (call parameter) at conv_positions.go:75:37
conv_positions.go:75:40: f2(a, b + 1) escapes to heap
conv_positions.go:77:41: T.M(t, a) escapes to heap:
conv_positions.go:77:41:   flow: {heap} = &{storage for T.M(t, a)}:
conv_positions.go:77:41:     from T.M(t, a) (spill) at conv_positions.go:77:41
conv_positions.go:77:41:     from panic(T.M(t, a)) (call parameter) at conv_positions.go:77:37
conv_positions.go:77:41: T.M(t, a) escapes to heap
conv_positions.go:79:46: (*T).PM(t, a) escapes to heap:
conv_positions.go:79:46:   flow: {heap} = &{storage for (*T).PM(t, a)}:
conv_positions.go:79:46:     from (*T).PM(t, a) (spill) at conv_positions.go:79:46
conv_positions.go:79:46:     from panic((*T).PM(t, a)) (call parameter) at conv_positions.go:79:41
conv_positions.go:79:21: t does not escape
conv_positions.go:79:46: (*T).PM(t, a) escapes to heap
conv_positions.go:81:37: int64(a) escapes to heap:
conv_positions.go:81:37:   flow: {heap} = &{storage for int64(a)}:
conv_positions.go:81:37:     from int64(a) (spill) at conv_positions.go:81:37
conv_positions.go:81:37:     from panic(int64(a)) (call parameter) at conv_positions.go:81:30
conv_positions.go:81:37: int64(a) escapes to heap
conv_positions.go:83:57: (func literal)() escapes to heap:
conv_positions.go:83:57:   flow: {heap} = &{storage for (func literal)()}:
conv_positions.go:83:57:     from (func literal)() (spill) at conv_positions.go:83:57
conv_positions.go:83:57:     from panic((func literal)()) (call parameter) at conv_positions.go:83:33
conv_positions.go:83:19: panicClosure capturing by value: a (addr=false assign=false width=8)
conv_positions.go:83:57: (func literal)() escapes to heap
conv_positions.go:83:34: func literal does not escape
conv_positions.go:85:38: fi(a) + a escapes to heap:
conv_positions.go:85:38:   flow: {heap} = &{storage for fi(a) + a}:
conv_positions.go:85:38:     from fi(a) + a (spill) at conv_positions.go:85:38
conv_positions.go:85:38:     from panic(fi(a) + a) (call parameter) at conv_positions.go:85:29
conv_positions.go:85:38: fi(a) + a escapes to heap
conv_positions.go:85:32: a does not escape
conv_positions.go:87:50: s[1:a][0] escapes to heap:
conv_positions.go:87:50:   flow: {heap} = &{storage for s[1:a][0]}:
conv_positions.go:87:50:     from s[1:a][0] (spill) at conv_positions.go:87:50
conv_positions.go:87:50:     from panic(s[1:a][0]) (call parameter) at conv_positions.go:87:45
conv_positions.go:87:22: s does not escape
conv_positions.go:87:50: s[1:a][0] escapes to heap
conv_positions.go:89:47: m[a] escapes to heap:
conv_positions.go:89:47:   flow: {heap} = &{storage for m[a]}:
conv_positions.go:89:47:     from m[a] (spill) at conv_positions.go:89:47
conv_positions.go:89:47:     from panic(m[a]) (call parameter) at conv_positions.go:89:44
conv_positions.go:89:15: m does not escape
conv_positions.go:89:47: m[a] escapes to heap
conv_positions.go:91:35: s[1:] escapes to heap:
conv_positions.go:91:35:   flow: {heap} = &{storage for s[1:]}:
conv_positions.go:91:35:     from s[1:] (spill) at conv_positions.go:91:35
conv_positions.go:91:35:     from panic(s[1:]) (call parameter) at conv_positions.go:91:34
conv_positions.go:91:17: parameter s leaks to {storage for s[1:]} with derefs=0:
conv_positions.go:91:17:   flow: {storage for s[1:]} = s:
conv_positions.go:91:17:     from s[1:] (slice) at conv_positions.go:91:36
conv_positions.go:91:17:     from s[1:] (interface-converted) at conv_positions.go:91:35
conv_positions.go:91:17: leaking param: s
conv_positions.go:91:35: s[1:] escapes to heap
conv_positions.go:93:41: a.(int) escapes to heap:
conv_positions.go:93:41:   flow: {heap} = &{storage for a.(int)}:
conv_positions.go:93:41:     from a.(int) (spill) at conv_positions.go:93:41
conv_positions.go:93:41:     from panic(a.(int)) (call parameter) at conv_positions.go:93:40
conv_positions.go:93:18: a does not escape
conv_positions.go:93:41: a.(int) escapes to heap
conv_positions.go:96:2: a * b escapes to heap:
conv_positions.go:96:2:   flow: {heap} = &{storage for a * b}:
conv_positions.go:96:2:     from a * b (spill) at conv_positions.go:96:2
conv_positions.go:96:2:     from sink = a * b (assign) at conv_positions.go:96:7
conv_positions.go:97:2: ret() escapes to heap:
conv_positions.go:97:2:   flow: {heap} = &{storage for ret()}:
conv_positions.go:97:2:     from ret() (spill) at conv_positions.go:97:2
conv_positions.go:97:2:     from sink = ret() (assign) at conv_positions.go:97:7
conv_positions.go:98:2: s[a] escapes to heap:
conv_positions.go:98:2:   flow: {heap} = &{storage for s[a]}:
conv_positions.go:98:2:     from s[a] (spill) at conv_positions.go:98:2
conv_positions.go:98:2:     from sink = s[a] (assign) at conv_positions.go:98:7
conv_positions.go:99:2: T{...} escapes to heap:
conv_positions.go:99:2:   flow: {heap} = &{storage for T{...}}:
conv_positions.go:99:2:     from T{...} (spill) at conv_positions.go:99:2
conv_positions.go:99:2:     from sink = T{...} (assign) at conv_positions.go:99:7
conv_positions.go:100:2: t.a escapes to heap:
conv_positions.go:100:2:   flow: {heap} = &{storage for t.a}:
conv_positions.go:100:2:     from t.a (spill) at conv_positions.go:100:2
conv_positions.go:100:2:     from sink = t.a (assign) at conv_positions.go:100:7
conv_positions.go:101:2: *p escapes to heap:
conv_positions.go:101:2:   flow: {heap} = &{storage for *p}:
conv_positions.go:101:2:     from *p (spill) at conv_positions.go:101:2
conv_positions.go:101:2:     from sink = *p (assign) at conv_positions.go:101:7
conv_positions.go:102:2: m[a] escapes to heap:
conv_positions.go:102:2:   flow: {heap} = &{storage for m[a]}:
conv_positions.go:102:2:     from m[a] (spill) at conv_positions.go:102:2
conv_positions.go:102:2:     from sink = m[a] (assign) at conv_positions.go:102:7
conv_positions.go:103:2: -a escapes to heap:
conv_positions.go:103:2:   flow: {heap} = &{storage for -a}:
conv_positions.go:103:2:     from -a (spill) at conv_positions.go:103:2
conv_positions.go:103:2:     from sink = -a (assign) at conv_positions.go:103:7
conv_positions.go:104:2: string(rune(a)) escapes to heap:
conv_positions.go:104:2:   flow: {heap} = &{storage for string(rune(a))}:
conv_positions.go:104:2:     from string(rune(a)) (spill) at conv_positions.go:104:2
conv_positions.go:104:2:     from sink = string(rune(a)) (assign) at conv_positions.go:104:7
conv_positions.go:104:15: string(rune(a)) escapes to heap:
conv_positions.go:104:15:   flow: {storage for string(rune(a))} = &{storage for string(rune(a))}:
conv_positions.go:104:15:     from string(rune(a)) (spill) at conv_positions.go:104:15
conv_positions.go:104:15:     from string(rune(a)) (interface-converted) at conv_positions.go:104:2
conv_positions.go:105:2: q.n escapes to heap:
conv_positions.go:105:2:   flow: {heap} = &{storage for q.n}:
conv_positions.go:105:2:     from q.n (spill) at conv_positions.go:105:2
conv_positions.go:105:2:     from sink = q.n (assign) at conv_positions.go:105:7
conv_positions.go:106:2: q.p.a escapes to heap:
conv_positions.go:106:2:   flow: {heap} = &{storage for q.p.a}:
conv_positions.go:106:2:     from q.p.a (spill) at conv_positions.go:106:2
conv_positions.go:106:2:     from sink = q.p.a (assign) at conv_positions.go:106:7
conv_positions.go:107:2: int64(a) escapes to heap:
conv_positions.go:107:2:   flow: {heap} = &{storage for int64(a)}:
conv_positions.go:107:2:     from int64(a) (spill) at conv_positions.go:107:2
conv_positions.go:107:2:     from sink = int64(a) (assign) at conv_positions.go:107:7
conv_positions.go:108:2: ret() + ret() escapes to heap:
conv_positions.go:108:2:   flow: {heap} = &{storage for ret() + ret()}:
conv_positions.go:108:2:     from ret() + ret() (spill) at conv_positions.go:108:2
conv_positions.go:108:2:     from sink = ret() + ret() (assign) at conv_positions.go:108:7
conv_positions.go:109:2: (func literal)() escapes to heap:
conv_positions.go:109:2:   flow: {heap} = &{storage for (func literal)()}:
conv_positions.go:109:2:     from (func literal)() (spill) at conv_positions.go:109:2
conv_positions.go:109:2:     from sink = (func literal)() (assign) at conv_positions.go:109:7
conv_positions.go:110:2: fmt.Sprint(a) escapes to heap:
conv_positions.go:110:2:   flow: {heap} = &{storage for fmt.Sprint(a)}:
conv_positions.go:110:2:     from fmt.Sprint(a) (spill) at conv_positions.go:110:2
conv_positions.go:110:2:     from sink = fmt.Sprint(a) (assign) at conv_positions.go:110:7
conv_positions.go:113:8: a + 3 escapes to heap:
conv_positions.go:113:8:   flow: {heap} = &{storage for a + 3}:
conv_positions.go:113:8:     from a + 3 (spill) at conv_positions.go:113:8
conv_positions.go:113:8:     from sink, sink = a + 3, b + 4 (assign-pair) at conv_positions.go:113:13
conv_positions.go:113:8: b + 4 escapes to heap:
conv_positions.go:113:8:   flow: {heap} = &{storage for b + 4}:
conv_positions.go:113:8:     from b + 4 (spill) at conv_positions.go:113:8
conv_positions.go:113:8:     from sink, sink = a + 3, b + 4 (assign-pair) at conv_positions.go:113:13
conv_positions.go:95:14: assigns capturing by value: a (addr=false assign=false width=8)
conv_positions.go:110:19: a escapes to heap:
conv_positions.go:110:19:   flow: {storage for ... argument} = &{storage for a}:
conv_positions.go:110:19:     from a (spill) at conv_positions.go:110:19
conv_positions.go:110:19:     from ... argument (slice-literal-element) at conv_positions.go:110:19
conv_positions.go:110:19:   flow: {heap} = {storage for ... argument}:
conv_positions.go:110:19:     from ... argument (spill) at conv_positions.go:110:19
conv_positions.go:110:19:     from fmt.Sprint(... argument...) (call parameter) at conv_positions.go:110:19
conv_positions.go:95:24: s does not escape
conv_positions.go:95:38: p does not escape
conv_positions.go:95:44: m does not escape
conv_positions.go:95:59: q does not escape
conv_positions.go:96:2: a * b escapes to heap
conv_positions.go:97:2: ret() escapes to heap
conv_positions.go:98:2: s[a] escapes to heap
conv_positions.go:99:2: T{...} escapes to heap
conv_positions.go:100:2: t.a escapes to heap
conv_positions.go:101:2: *p escapes to heap
conv_positions.go:102:2: m[a] escapes to heap
conv_positions.go:103:2: -a escapes to heap
conv_positions.go:104:2: string(rune(a)) escapes to heap
conv_positions.go:104:15: string(rune(a)) escapes to heap
conv_positions.go:105:2: q.n escapes to heap
conv_positions.go:106:2: q.p.a escapes to heap
conv_positions.go:107:2: int64(a) escapes to heap
conv_positions.go:108:2: ret() + ret() escapes to heap
conv_positions.go:109:2: (func literal)() escapes to heap
conv_positions.go:109:9: func literal does not escape
conv_positions.go:110:2: fmt.Sprint(... argument...) escapes to heap
conv_positions.go:110:19: ... argument does not escape
conv_positions.go:110:19: a escapes to heap
conv_positions.go:112:2: a * 5 does not escape
conv_positions.go:113:8: a + 3 escapes to heap
conv_positions.go:113:8: b + 4 escapes to heap
conv_positions.go:115:5: a does not escape
conv_positions.go:115:5: b does not escape
conv_positions.go:116:5: a does not escape
conv_positions.go:121:26: a * b does not escape
conv_positions.go:122:32: a + 1 does not escape
conv_positions.go:122:32: b + 2 does not escape
conv_positions.go:123:6: "decl" does not escape
conv_positions.go:124:23: f(a) does not escape
conv_positions.go:125:33: f2(a, b) + b does not escape
conv_positions.go:126:28: int64(a) does not escape
conv_positions.go:131:12: calls capturing by value: a (addr=false assign=false width=8)
conv_positions.go:131:15: calls capturing by value: b (addr=false assign=false width=8)
conv_positions.go:147:10: calls capturing by value: .autotmp_4 (addr=false assign=false width=16)
conv_positions.go:147:15: calls capturing by value: .autotmp_5 (addr=false assign=false width=16)
conv_positions.go:135:22: 1 escapes to heap:
conv_positions.go:135:22:   flow: {storage for ... argument} = &{storage for 1}:
conv_positions.go:135:22:     from 1 (spill) at conv_positions.go:135:22
conv_positions.go:135:22:     from ... argument (slice-literal-element) at conv_positions.go:135:13
conv_positions.go:135:22:   flow: {heap} = {storage for ... argument}:
conv_positions.go:135:22:     from ... argument (spill) at conv_positions.go:135:13
conv_positions.go:135:22:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:135:13
conv_positions.go:135:14: a escapes to heap:
conv_positions.go:135:14:   flow: {storage for ... argument} = &{storage for a}:
conv_positions.go:135:14:     from a (spill) at conv_positions.go:135:14
conv_positions.go:135:14:     from ... argument (slice-literal-element) at conv_positions.go:135:13
conv_positions.go:135:14:   flow: {heap} = {storage for ... argument}:
conv_positions.go:135:14:     from ... argument (spill) at conv_positions.go:135:13
conv_positions.go:135:14:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:135:13
conv_positions.go:135:14: "x" escapes to heap:
conv_positions.go:135:14:   flow: {storage for ... argument} = &{storage for "x"}:
conv_positions.go:135:14:     from "x" (spill) at conv_positions.go:135:14
conv_positions.go:135:14:     from ... argument (slice-literal-element) at conv_positions.go:135:13
conv_positions.go:135:14:   flow: {heap} = {storage for ... argument}:
conv_positions.go:135:14:     from ... argument (spill) at conv_positions.go:135:13
conv_positions.go:135:14:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:135:13
conv_positions.go:134:18: s + s escapes to heap:
conv_positions.go:134:18:   flow: {storage for ... argument} = &{storage for s + s}:
conv_positions.go:134:18:     from s + s (spill) at conv_positions.go:134:18
conv_positions.go:134:18:     from ... argument (slice-literal-element) at conv_positions.go:134:13
conv_positions.go:134:18:   flow: {heap} = {storage for ... argument}:
conv_positions.go:134:18:     from ... argument (spill) at conv_positions.go:134:13
conv_positions.go:134:18:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:134:13
conv_positions.go:134:13: a escapes to heap:
conv_positions.go:134:13:   flow: {storage for ... argument} = &{storage for a}:
conv_positions.go:134:13:     from a (spill) at conv_positions.go:134:13
conv_positions.go:134:13:     from ... argument (slice-literal-element) at conv_positions.go:134:13
conv_positions.go:134:13:   flow: {heap} = {storage for ... argument}:
conv_positions.go:134:13:     from ... argument (spill) at conv_positions.go:134:13
conv_positions.go:134:13:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:134:13
conv_positions.go:133:15: a escapes to heap:
conv_positions.go:133:15:   flow: {storage for ... argument} = &{storage for a}:
conv_positions.go:133:15:     from a (spill) at conv_positions.go:133:15
conv_positions.go:133:15:     from ... argument (slice-literal-element) at conv_positions.go:133:13
conv_positions.go:133:15:   flow: {heap} = {storage for ... argument}:
conv_positions.go:133:15:     from ... argument (spill) at conv_positions.go:133:13
conv_positions.go:133:15:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:133:13
conv_positions.go:133:15: a + b escapes to heap:
conv_positions.go:133:15:   flow: {storage for ... argument} = &{storage for a + b}:
conv_positions.go:133:15:     from a + b (spill) at conv_positions.go:133:15
conv_positions.go:133:15:     from ... argument (slice-literal-element) at conv_positions.go:133:13
conv_positions.go:133:15:   flow: {heap} = {storage for ... argument}:
conv_positions.go:133:15:     from ... argument (spill) at conv_positions.go:133:13
conv_positions.go:133:15:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:133:13
conv_positions.go:132:13: b escapes to heap:
conv_positions.go:132:13:   flow: {storage for ... argument} = &{storage for b}:
conv_positions.go:132:13:     from b (spill) at conv_positions.go:132:13
conv_positions.go:132:13:     from ... argument (slice-literal-element) at conv_positions.go:132:13
conv_positions.go:132:13:   flow: {heap} = {storage for ... argument}:
conv_positions.go:132:13:     from ... argument (spill) at conv_positions.go:132:13
conv_positions.go:132:13:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:132:13
conv_positions.go:132:13: a escapes to heap:
conv_positions.go:132:13:   flow: {storage for ... argument} = &{storage for a}:
conv_positions.go:132:13:     from a (spill) at conv_positions.go:132:13
conv_positions.go:132:13:     from ... argument (slice-literal-element) at conv_positions.go:132:13
conv_positions.go:132:13:   flow: {heap} = {storage for ... argument}:
conv_positions.go:132:13:     from ... argument (spill) at conv_positions.go:132:13
conv_positions.go:132:13:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:132:13
conv_positions.go:134:18: s + s escapes to heap:
conv_positions.go:134:18:   flow: {storage for s + s} = &{storage for s + s}:
conv_positions.go:134:18:     from s + s (spill) at conv_positions.go:134:18
conv_positions.go:134:18:     from s + s (interface-converted) at conv_positions.go:134:18
conv_positions.go:131:22: s does not escape
conv_positions.go:132:13: ... argument does not escape
conv_positions.go:132:13: a escapes to heap
conv_positions.go:132:13: b escapes to heap
conv_positions.go:133:13: ... argument does not escape
conv_positions.go:133:15: a + b escapes to heap
conv_positions.go:133:15: a escapes to heap
conv_positions.go:134:13: ... argument does not escape
conv_positions.go:134:13: a escapes to heap
conv_positions.go:134:18: s + s escapes to heap
conv_positions.go:134:18: s + s escapes to heap
conv_positions.go:135:13: ... argument does not escape
conv_positions.go:135:14: "x" escapes to heap
conv_positions.go:135:14: a escapes to heap
conv_positions.go:135:22: 1 escapes to heap
conv_positions.go:136:5: a does not escape
conv_positions.go:136:5: b does not escape
conv_positions.go:137:5: a does not escape
conv_positions.go:137:9: 7 does not escape
conv_positions.go:138:6: 7 does not escape
conv_positions.go:138:6: a does not escape
conv_positions.go:141:6: S{...} does not escape
conv_positions.go:141:8: a does not escape
conv_positions.go:142:5: K does not escape
conv_positions.go:143:7: K + 1 does not escape
conv_positions.go:144:6: f(a) does not escape
conv_positions.go:145:4: ... argument does not escape
conv_positions.go:145:4: a does not escape
conv_positions.go:145:4: b does not escape
conv_positions.go:145:38: (func literal)() does not escape
conv_positions.go:145:11: func literal does not escape
conv_positions.go:146:4: ... argument does not escape
conv_positions.go:146:6: T{...} does not escape
conv_positions.go:146:6: a does not escape
conv_positions.go:147:10: a does not escape
conv_positions.go:147:15: b + 1 does not escape
conv_positions.go:147:10: ... argument does not escape
conv_positions.go:151:2: S{...} escapes to heap:
conv_positions.go:151:2:   flow: {heap} = &{storage for S{...}}:
conv_positions.go:151:2:     from S{...} (spill) at conv_positions.go:151:2
conv_positions.go:151:2:     from sink = S{...} (assign) at conv_positions.go:151:7
conv_positions.go:151:12: a escapes to heap:
conv_positions.go:151:12:   flow: {storage for S{...}} = &{storage for a}:
conv_positions.go:151:12:     from a (spill) at conv_positions.go:151:12
conv_positions.go:151:12:     from S{...} (struct literal element) at conv_positions.go:151:10
conv_positions.go:151:12:     from S{...} (interface-converted) at conv_positions.go:151:2
conv_positions.go:151:18: b + 1 escapes to heap:
conv_positions.go:151:18:   flow: {storage for S{...}} = &{storage for b + 1}:
conv_positions.go:151:18:     from b + 1 (spill) at conv_positions.go:151:18
conv_positions.go:151:18:     from S{...} (struct literal element) at conv_positions.go:151:10
conv_positions.go:151:18:     from S{...} (interface-converted) at conv_positions.go:151:2
conv_positions.go:152:2: S{...} escapes to heap:
conv_positions.go:152:2:   flow: {heap} = &{storage for S{...}}:
conv_positions.go:152:2:     from S{...} (spill) at conv_positions.go:152:2
conv_positions.go:152:2:     from sink = S{...} (assign) at conv_positions.go:152:7
conv_positions.go:152:11: a escapes to heap:
conv_positions.go:152:11:   flow: {storage for S{...}} = &{storage for a}:
conv_positions.go:152:11:     from a (spill) at conv_positions.go:152:11
conv_positions.go:152:11:     from S{...} (struct literal element) at conv_positions.go:152:10
conv_positions.go:152:11:     from S{...} (interface-converted) at conv_positions.go:152:2
conv_positions.go:152:16: b + 1 escapes to heap:
conv_positions.go:152:16:   flow: {storage for S{...}} = &{storage for b + 1}:
conv_positions.go:152:16:     from b + 1 (spill) at conv_positions.go:152:16
conv_positions.go:152:16:     from S{...} (struct literal element) at conv_positions.go:152:10
conv_positions.go:152:16:     from S{...} (interface-converted) at conv_positions.go:152:2
conv_positions.go:153:28: map[int]interface {}{...} escapes to heap:
conv_positions.go:153:28:   flow: {heap} = &{storage for map[int]interface {}{...}}:
conv_positions.go:153:28:     from map[int]interface {}{...} (spill) at conv_positions.go:153:28
conv_positions.go:153:28:     from map[int]interface {}{...} (interface-converted) at conv_positions.go:153:2
conv_positions.go:153:28:     from sink = map[int]interface {}{...} (assign) at conv_positions.go:153:7
conv_positions.go:153:30: b escapes to heap:
conv_positions.go:153:30:   flow: {heap} = &{storage for b}:
conv_positions.go:153:30:     from b (spill) at conv_positions.go:153:30
conv_positions.go:153:30:     from map[int]interface {}{...} (map literal value) at conv_positions.go:153:28
conv_positions.go:153:36: a + 1 escapes to heap:
conv_positions.go:153:36:   flow: {heap} = &{storage for a + 1}:
conv_positions.go:153:36:     from a + 1 (spill) at conv_positions.go:153:36
conv_positions.go:153:36:     from map[int]interface {}{...} (map literal value) at conv_positions.go:153:28
conv_positions.go:154:2: [2]interface {}{...} escapes to heap:
conv_positions.go:154:2:   flow: {heap} = &{storage for [2]interface {}{...}}:
conv_positions.go:154:2:     from [2]interface {}{...} (spill) at conv_positions.go:154:2
conv_positions.go:154:2:     from sink = [2]interface {}{...} (assign) at conv_positions.go:154:7
conv_positions.go:154:24: a escapes to heap:
conv_positions.go:154:24:   flow: {storage for [2]interface {}{...}} = &{storage for a}:
conv_positions.go:154:24:     from a (spill) at conv_positions.go:154:24
conv_positions.go:154:24:     from [2]interface {}{...} (array literal element) at conv_positions.go:154:23
conv_positions.go:154:24:     from [2]interface {}{...} (interface-converted) at conv_positions.go:154:2
conv_positions.go:154:27: b escapes to heap:
conv_positions.go:154:27:   flow: {storage for [2]interface {}{...}} = &{storage for b}:
conv_positions.go:154:27:     from b (spill) at conv_positions.go:154:27
conv_positions.go:154:27:     from [2]interface {}{...} (array literal element) at conv_positions.go:154:23
conv_positions.go:154:27:     from [2]interface {}{...} (interface-converted) at conv_positions.go:154:2
conv_positions.go:155:2: []interface {}{...} escapes to heap:
conv_positions.go:155:2:   flow: {heap} = &{storage for []interface {}{...}}:
conv_positions.go:155:2:     from []interface {}{...} (spill) at conv_positions.go:155:2
conv_positions.go:155:2:     from sink = []interface {}{...} (assign) at conv_positions.go:155:7
conv_positions.go:155:22: []interface {}{...} escapes to heap:
conv_positions.go:155:22:   flow: {storage for []interface {}{...}} = &{storage for []interface {}{...}}:
conv_positions.go:155:22:     from []interface {}{...} (spill) at conv_positions.go:155:22
conv_positions.go:155:22:     from []interface {}{...} (interface-converted) at conv_positions.go:155:2
conv_positions.go:155:23: a escapes to heap:
conv_positions.go:155:23:   flow: {storage for []interface {}{...}} = &{storage for a}:
conv_positions.go:155:23:     from a (spill) at conv_positions.go:155:23
conv_positions.go:155:23:     from []interface {}{...} (slice-literal-element) at conv_positions.go:155:22
conv_positions.go:155:26: b escapes to heap:
conv_positions.go:155:26:   flow: {storage for []interface {}{...}} = &{storage for b}:
conv_positions.go:155:26:     from b (spill) at conv_positions.go:155:26
conv_positions.go:155:26:     from []interface {}{...} (slice-literal-element) at conv_positions.go:155:22
conv_positions.go:156:2: []interface {}{...} escapes to heap:
conv_positions.go:156:2:   flow: {heap} = &{storage for []interface {}{...}}:
conv_positions.go:156:2:     from []interface {}{...} (spill) at conv_positions.go:156:2
conv_positions.go:156:2:     from sink = []interface {}{...} (assign) at conv_positions.go:156:7
conv_positions.go:156:22: []interface {}{...} escapes to heap:
conv_positions.go:156:22:   flow: {storage for []interface {}{...}} = &{storage for []interface {}{...}}:
conv_positions.go:156:22:     from []interface {}{...} (spill) at conv_positions.go:156:22
conv_positions.go:156:22:     from []interface {}{...} (interface-converted) at conv_positions.go:156:2
conv_positions.go:156:24: a escapes to heap:
conv_positions.go:156:24:   flow: {storage for []interface {}{...}} = &{storage for a}:
conv_positions.go:156:24:     from a (spill) at conv_positions.go:156:24
conv_positions.go:156:24:     from []interface {}{...} (slice-literal-element) at conv_positions.go:156:22
conv_positions.go:156:30: b + 1 escapes to heap:
conv_positions.go:156:30:   flow: {storage for []interface {}{...}} = &{storage for b + 1}:
conv_positions.go:156:30:     from b + 1 (spill) at conv_positions.go:156:30
conv_positions.go:156:30:     from []interface {}{...} (slice-literal-element) at conv_positions.go:156:22
conv_positions.go:158:36: a escapes to heap:
conv_positions.go:158:36:   flow: {heap} = &{storage for a}:
conv_positions.go:158:36:     from a (spill) at conv_positions.go:158:36
conv_positions.go:158:36:     from map[interface {}]interface {}{...} (map literal key) at conv_positions.go:158:34
conv_positions.go:158:36: 1 escapes to heap:
conv_positions.go:158:36:   flow: {heap} = &{storage for 1}:
conv_positions.go:158:36:     from 1 (spill) at conv_positions.go:158:36
conv_positions.go:158:36:     from map[interface {}]interface {}{...} (map literal value) at conv_positions.go:158:34
conv_positions.go:158:46: a + 1 escapes to heap:
conv_positions.go:158:46:   flow: {heap} = &{storage for a + 1}:
conv_positions.go:158:46:     from a + 1 (spill) at conv_positions.go:158:46
conv_positions.go:158:46:     from map[interface {}]interface {}{...} (map literal key) at conv_positions.go:158:34
conv_positions.go:158:46: a escapes to heap:
conv_positions.go:158:46:   flow: {heap} = &{storage for a}:
conv_positions.go:158:46:     from a (spill) at conv_positions.go:158:46
conv_positions.go:158:46:     from map[interface {}]interface {}{...} (map literal value) at conv_positions.go:158:34
conv_positions.go:151:2: S{...} escapes to heap
conv_positions.go:151:12: a escapes to heap
conv_positions.go:151:18: b + 1 escapes to heap
conv_positions.go:152:2: S{...} escapes to heap
conv_positions.go:152:11: a escapes to heap
conv_positions.go:152:16: b + 1 escapes to heap
conv_positions.go:153:28: map[int]interface {}{...} escapes to heap
conv_positions.go:153:30: b escapes to heap
conv_positions.go:153:36: a + 1 escapes to heap
conv_positions.go:154:2: [2]interface {}{...} escapes to heap
conv_positions.go:154:24: a escapes to heap
conv_positions.go:154:27: b escapes to heap
conv_positions.go:155:2: []interface {}{...} escapes to heap
conv_positions.go:155:22: []interface {}{...} escapes to heap
conv_positions.go:155:23: a escapes to heap
conv_positions.go:155:26: b escapes to heap
conv_positions.go:156:2: []interface {}{...} escapes to heap
conv_positions.go:156:22: []interface {}{...} escapes to heap
conv_positions.go:156:24: a escapes to heap
conv_positions.go:156:30: b + 1 escapes to heap
conv_positions.go:157:26: a does not escape
conv_positions.go:157:32: a + 1 does not escape
conv_positions.go:158:34: map[interface {}]interface {}{...} does not escape
conv_positions.go:158:36: a escapes to heap
conv_positions.go:158:36: 1 escapes to heap
conv_positions.go:158:46: a + 1 escapes to heap
conv_positions.go:158:46: a escapes to heap
conv_positions.go:169:9: 5 escapes to heap:
conv_positions.go:169:9:   flow: ~r0 = &{storage for 5}:
conv_positions.go:169:9:     from 5 (spill) at conv_positions.go:169:9
conv_positions.go:169:9:     from return 5 (return) at conv_positions.go:169:2
conv_positions.go:167:12: a + b escapes to heap:
conv_positions.go:167:12:   flow: ~r0 = &{storage for a + b}:
conv_positions.go:167:12:     from a + b (spill) at conv_positions.go:167:12
conv_positions.go:167:12:     from return a + b (return) at conv_positions.go:167:3
conv_positions.go:164:10: a escapes to heap:
conv_positions.go:164:10:   flow: ~r0 = &{storage for a}:
conv_positions.go:164:10:     from a (spill) at conv_positions.go:164:10
conv_positions.go:164:10:     from return a (return) at conv_positions.go:164:3
conv_positions.go:164:10: a escapes to heap
conv_positions.go:167:12: a + b escapes to heap
conv_positions.go:169:9: 5 escapes to heap
conv_positions.go:191:19: 1 escapes to heap:
conv_positions.go:191:19:   flow: ~r1 = &{storage for 1}:
conv_positions.go:191:19:     from 1 (spill) at conv_positions.go:191:19
conv_positions.go:191:19:     from return f2(a, b), 1 (return) at conv_positions.go:191:2
conv_positions.go:189:15: b + 1 escapes to heap:
conv_positions.go:189:15:   flow: ~r1 = &{storage for b + 1}:
conv_positions.go:189:15:     from b + 1 (spill) at conv_positions.go:189:15
conv_positions.go:189:15:     from return a, b + 1 (return) at conv_positions.go:189:3
conv_positions.go:186:12: b escapes to heap:
conv_positions.go:186:12:   flow: ~r1 = &{storage for b}:
conv_positions.go:186:12:     from b (spill) at conv_positions.go:186:12
conv_positions.go:186:12:     from return a + 1, b (return) at conv_positions.go:186:3
conv_positions.go:183:13: b escapes to heap:
conv_positions.go:183:13:   flow: ~r1 = &{storage for b}:
conv_positions.go:183:13:     from b (spill) at conv_positions.go:183:13
conv_positions.go:183:13:     from return a, b (return) at conv_positions.go:183:3
conv_positions.go:180:10: b escapes to heap:
conv_positions.go:180:10:   flow: ~r1 = &{storage for b}:
conv_positions.go:180:10:     from b (spill) at conv_positions.go:180:10
conv_positions.go:180:10:     from return K, b (return) at conv_positions.go:180:3
conv_positions.go:177:11: b escapes to heap:
conv_positions.go:177:11:   flow: ~r1 = &{storage for b}:
conv_positions.go:177:11:     from b (spill) at conv_positions.go:177:11
conv_positions.go:177:11:     from return p.a, b (return) at conv_positions.go:177:3
conv_positions.go:174:11: b escapes to heap:
conv_positions.go:174:11:   flow: ~r1 = &{storage for b}:
conv_positions.go:174:11:     from b (spill) at conv_positions.go:174:11
conv_positions.go:174:11:     from return f(a), b (return) at conv_positions.go:174:3
conv_positions.go:191:11: f2(a, b) escapes to heap:
conv_positions.go:191:11:   flow: ~r0 = &{storage for f2(a, b)}:
conv_positions.go:191:11:     from f2(a, b) (spill) at conv_positions.go:191:11
conv_positions.go:191:11:     from return f2(a, b), 1 (return) at conv_positions.go:191:2
conv_positions.go:189:13: a escapes to heap:
conv_positions.go:189:13:   flow: ~r0 = &{storage for a}:
conv_positions.go:189:13:     from a (spill) at conv_positions.go:189:13
conv_positions.go:189:13:     from return a, b + 1 (return) at conv_positions.go:189:3
conv_positions.go:186:12: a + 1 escapes to heap:
conv_positions.go:186:12:   flow: ~r0 = &{storage for a + 1}:
conv_positions.go:186:12:     from a + 1 (spill) at conv_positions.go:186:12
conv_positions.go:186:12:     from return a + 1, b (return) at conv_positions.go:186:3
conv_positions.go:183:13: a escapes to heap:
conv_positions.go:183:13:   flow: ~r0 = &{storage for a}:
conv_positions.go:183:13:     from a (spill) at conv_positions.go:183:13
conv_positions.go:183:13:     from return a, b (return) at conv_positions.go:183:3
conv_positions.go:180:10: K escapes to heap:
conv_positions.go:180:10:   flow: ~r0 = &{storage for K}:
conv_positions.go:180:10:     from K (spill) at conv_positions.go:180:10
conv_positions.go:180:10:     from return K, b (return) at conv_positions.go:180:3
conv_positions.go:177:11: p.a escapes to heap:
conv_positions.go:177:11:   flow: ~r0 = &{storage for p.a}:
conv_positions.go:177:11:     from p.a (spill) at conv_positions.go:177:11
conv_positions.go:177:11:     from return p.a, b (return) at conv_positions.go:177:3
conv_positions.go:174:11: f(a) escapes to heap:
conv_positions.go:174:11:   flow: ~r0 = &{storage for f(a)}:
conv_positions.go:174:11:     from f(a) (spill) at conv_positions.go:174:11
conv_positions.go:174:11:     from return f(a), b (return) at conv_positions.go:174:3
conv_positions.go:172:25: p does not escape
conv_positions.go:174:11: f(a) escapes to heap
conv_positions.go:174:11: b escapes to heap
conv_positions.go:177:11: p.a escapes to heap
conv_positions.go:177:11: b escapes to heap
conv_positions.go:180:10: K escapes to heap
conv_positions.go:180:10: b escapes to heap
conv_positions.go:183:13: a escapes to heap
conv_positions.go:183:13: b escapes to heap
conv_positions.go:186:12: a + 1 escapes to heap
conv_positions.go:186:12: b escapes to heap
conv_positions.go:189:13: a escapes to heap
conv_positions.go:189:15: b + 1 escapes to heap
conv_positions.go:191:11: f2(a, b) escapes to heap
conv_positions.go:191:19: 1 escapes to heap
conv_positions.go:195:12: a escapes to heap:
conv_positions.go:195:12:   flow: ~r0 = &{storage for a}:
conv_positions.go:195:12:     from a (spill) at conv_positions.go:195:12
conv_positions.go:195:12:     from return a, nil (return) at conv_positions.go:195:2
conv_positions.go:195:12: a escapes to heap
conv_positions.go:199:2: a escapes to heap:
conv_positions.go:199:2:   flow: r = &{storage for a}:
conv_positions.go:199:2:     from a (spill) at conv_positions.go:199:2
conv_positions.go:199:2:     from r = a (assign) at conv_positions.go:199:4
conv_positions.go:199:2: a escapes to heap
conv_positions.go:204:4: a escapes to heap:
conv_positions.go:204:4:   flow: {heap} = &{storage for a}:
conv_positions.go:204:4:     from a (spill) at conv_positions.go:204:4
conv_positions.go:204:4:     from m[a] (key of map put) at conv_positions.go:204:3
conv_positions.go:205:4: a + 1 escapes to heap:
conv_positions.go:205:4:   flow: {heap} = &{storage for a + 1}:
conv_positions.go:205:4:     from a + 1 (spill) at conv_positions.go:205:4
conv_positions.go:205:4:     from m[a + 1] (key of map put) at conv_positions.go:205:3
conv_positions.go:206:5: b escapes to heap:
conv_positions.go:206:5:   flow: {heap} = &{storage for b}:
conv_positions.go:206:5:     from b (spill) at conv_positions.go:206:5
conv_positions.go:206:5:     from mi[a] = b (assign) at conv_positions.go:206:8
conv_positions.go:207:5: a + b escapes to heap:
conv_positions.go:207:5:   flow: {heap} = &{storage for a + b}:
conv_positions.go:207:5:     from a + b (spill) at conv_positions.go:207:5
conv_positions.go:207:5:     from mi[a] = a + b (assign) at conv_positions.go:207:8
conv_positions.go:203:21: m does not escape
conv_positions.go:203:44: mi does not escape
conv_positions.go:204:4: a escapes to heap
conv_positions.go:205:4: a + 1 escapes to heap
conv_positions.go:206:5: b escapes to heap
conv_positions.go:207:5: a + b escapes to heap
conv_positions.go:208:12: a does not escape
conv_positions.go:209:12: b + 1 does not escape
conv_positions.go:210:8: a does not escape
conv_positions.go:211:10: a + b does not escape
conv_positions.go:215:2: a escapes to heap:
conv_positions.go:215:2:   flow: {heap} = &{storage for a}:
conv_positions.go:215:2:     from a (spill) at conv_positions.go:215:2
conv_positions.go:215:2:     from p.x = a (assign) at conv_positions.go:215:6
conv_positions.go:216:2: a + b escapes to heap:
conv_positions.go:216:2:   flow: {heap} = &{storage for a + b}:
conv_positions.go:216:2:     from a + b (spill) at conv_positions.go:216:2
conv_positions.go:216:2:     from p.x = a + b (assign) at conv_positions.go:216:6
conv_positions.go:217:4: b escapes to heap:
conv_positions.go:217:4:   flow: {heap} = &{storage for b}:
conv_positions.go:217:4:     from b (spill) at conv_positions.go:217:4
conv_positions.go:217:4:     from s[a] = b (assign) at conv_positions.go:217:7
conv_positions.go:218:4: a * 2 escapes to heap:
conv_positions.go:218:4:   flow: {heap} = &{storage for a * 2}:
conv_positions.go:218:4:     from a * 2 (spill) at conv_positions.go:218:4
conv_positions.go:218:4:     from s[b] = a * 2 (assign) at conv_positions.go:218:7
conv_positions.go:220:2: t escapes to heap:
conv_positions.go:220:2:   flow: {heap} = &{storage for t}:
conv_positions.go:220:2:     from t (spill) at conv_positions.go:220:2
conv_positions.go:220:2:     from sink = t (assign) at conv_positions.go:220:7
conv_positions.go:214:46: parameter t leaks to {storage for t} with derefs=0:
conv_positions.go:214:46:   flow: {storage for t} = t:
conv_positions.go:214:46:     from t (interface-converted) at conv_positions.go:220:2
conv_positions.go:219:2: b escapes to heap:
conv_positions.go:219:2:   flow: t = &{storage for b}:
conv_positions.go:219:2:     from b (spill) at conv_positions.go:219:2
conv_positions.go:219:2:     from t.x = b (assign) at conv_positions.go:219:6
conv_positions.go:219:2:   flow: {storage for t} = t:
conv_positions.go:219:2:     from t (interface-converted) at conv_positions.go:220:2
conv_positions.go:214:23: p does not escape
conv_positions.go:214:29: s does not escape
conv_positions.go:214:46: leaking param: t
conv_positions.go:215:2: a escapes to heap
conv_positions.go:216:2: a + b escapes to heap
conv_positions.go:217:4: b escapes to heap
conv_positions.go:218:4: a * 2 escapes to heap
conv_positions.go:219:2: b escapes to heap
conv_positions.go:220:2: t escapes to heap
conv_positions.go:224:8: a escapes to heap:
conv_positions.go:224:8:   flow: {heap} = &{storage for a}:
conv_positions.go:224:8:     from a (spill) at conv_positions.go:224:8
conv_positions.go:224:8:     from ch <- a (send) at conv_positions.go:224:5
conv_positions.go:225:12: a * b escapes to heap:
conv_positions.go:225:12:   flow: {heap} = &{storage for a * b}:
conv_positions.go:225:12:     from a * b (spill) at conv_positions.go:225:12
conv_positions.go:225:12:     from ch <- a * b (send) at conv_positions.go:225:5
conv_positions.go:227:13: a escapes to heap:
conv_positions.go:227:13:   flow: {heap} = &{storage for a}:
conv_positions.go:227:13:     from a (spill) at conv_positions.go:227:13
conv_positions.go:227:13:     from ch <- a (send) at conv_positions.go:227:10
conv_positions.go:228:13: a + 1 escapes to heap:
conv_positions.go:228:13:   flow: {heap} = &{storage for a + 1}:
conv_positions.go:228:13:     from a + 1 (spill) at conv_positions.go:228:13
conv_positions.go:228:13:     from ch <- a + 1 (send) at conv_positions.go:228:10
conv_positions.go:223:22: ch does not escape
conv_positions.go:224:8: a escapes to heap
conv_positions.go:225:12: a * b escapes to heap
conv_positions.go:227:13: a escapes to heap
conv_positions.go:228:13: a + 1 escapes to heap
conv_positions.go:233:19: a escapes to heap:
conv_positions.go:233:19:   flow: {heap} = &{storage for a}:
conv_positions.go:233:19:     from a (spill) at conv_positions.go:233:19
conv_positions.go:233:19:     from append(s, a, b) (call parameter) at conv_positions.go:233:12
conv_positions.go:233:19: b escapes to heap:
conv_positions.go:233:19:   flow: {heap} = &{storage for b}:
conv_positions.go:233:19:     from b (spill) at conv_positions.go:233:19
conv_positions.go:233:19:     from append(s, a, b) (call parameter) at conv_positions.go:233:12
conv_positions.go:234:16: a + 1 escapes to heap:
conv_positions.go:234:16:   flow: {heap} = &{storage for a + 1}:
conv_positions.go:234:16:     from a + 1 (spill) at conv_positions.go:234:16
conv_positions.go:234:16:     from append(s, a + 1) (call parameter) at conv_positions.go:234:12
conv_positions.go:235:16: a escapes to heap:
conv_positions.go:235:16:   flow: {heap} = &{storage for a}:
conv_positions.go:235:16:     from a (spill) at conv_positions.go:235:16
conv_positions.go:235:16:     from append(s, a, 5) (call parameter) at conv_positions.go:235:12
conv_positions.go:235:16: 5 escapes to heap:
conv_positions.go:235:16:   flow: {heap} = &{storage for 5}:
conv_positions.go:235:16:     from 5 (spill) at conv_positions.go:235:16
conv_positions.go:235:16:     from append(s, a, 5) (call parameter) at conv_positions.go:235:12
conv_positions.go:236:19: 5 escapes to heap:
conv_positions.go:236:19:   flow: {heap} = &{storage for 5}:
conv_positions.go:236:19:     from 5 (spill) at conv_positions.go:236:19
conv_positions.go:236:19:     from append(s, 5, a) (call parameter) at conv_positions.go:236:12
conv_positions.go:236:19: a escapes to heap:
conv_positions.go:236:19:   flow: {heap} = &{storage for a}:
conv_positions.go:236:19:     from a (spill) at conv_positions.go:236:19
conv_positions.go:236:19:     from append(s, 5, a) (call parameter) at conv_positions.go:236:12
conv_positions.go:232:24: parameter s leaks to {heap} with derefs=1:
conv_positions.go:232:24:   flow: {temp} = s:
conv_positions.go:232:24:     from append(s, 5, a) (call parameter) at conv_positions.go:236:12
conv_positions.go:232:24:   flow: {heap} = *{temp}:
conv_positions.go:232:24:     from append(s, 5, a) (appendee slice) at conv_positions.go:236:12
conv_positions.go:232:24: parameter s leaks to ~r0 with derefs=0:
conv_positions.go:232:24:   flow: ~r0 = s:
conv_positions.go:232:24:     from return s (return) at conv_positions.go:237:2
conv_positions.go:232:24: leaking param content: s
conv_positions.go:232:24: leaking param: s to result ~r0 level=0
conv_positions.go:233:19: a escapes to heap
conv_positions.go:233:19: b escapes to heap
conv_positions.go:234:16: a + 1 escapes to heap
conv_positions.go:235:16: a escapes to heap
conv_positions.go:235:16: 5 escapes to heap
conv_positions.go:236:19: 5 escapes to heap
conv_positions.go:236:19: a escapes to heap
conv_positions.go:240:14: closure capturing by value: a (addr=false assign=false width=8)
conv_positions.go:240:17: closure capturing by value: b (addr=false assign=false width=8)
conv_positions.go:244:14: b escapes to heap:
conv_positions.go:244:14:   flow: {storage for ... argument} = &{storage for b}:
conv_positions.go:244:14:     from b (spill) at conv_positions.go:244:14
conv_positions.go:244:14:     from ... argument (slice-literal-element) at conv_positions.go:244:14
conv_positions.go:244:14:   flow: {heap} = {storage for ... argument}:
conv_positions.go:244:14:     from ... argument (spill) at conv_positions.go:244:14
conv_positions.go:244:14:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:244:14
conv_positions.go:244:14: a escapes to heap:
conv_positions.go:244:14:   flow: {storage for ... argument} = &{storage for a}:
conv_positions.go:244:14:     from a (spill) at conv_positions.go:244:14
conv_positions.go:244:14:     from ... argument (slice-literal-element) at conv_positions.go:244:14
conv_positions.go:244:14:   flow: {heap} = {storage for ... argument}:
conv_positions.go:244:14:     from ... argument (spill) at conv_positions.go:244:14
conv_positions.go:244:14:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:244:14
conv_positions.go:243:16: g escapes to heap:
conv_positions.go:243:16:   flow: {storage for ... argument} = &{storage for g}:
conv_positions.go:243:16:     from g (spill) at conv_positions.go:243:16
conv_positions.go:243:16:     from ... argument (slice-literal-element) at conv_positions.go:243:14
conv_positions.go:243:16:   flow: {heap} = {storage for ... argument}:
conv_positions.go:243:16:     from ... argument (spill) at conv_positions.go:243:14
conv_positions.go:243:16:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:243:14
conv_positions.go:243:16: g + 1 escapes to heap:
conv_positions.go:243:16:   flow: {storage for ... argument} = &{storage for g + 1}:
conv_positions.go:243:16:     from g + 1 (spill) at conv_positions.go:243:16
conv_positions.go:243:16:     from ... argument (slice-literal-element) at conv_positions.go:243:14
conv_positions.go:243:16:   flow: {heap} = {storage for ... argument}:
conv_positions.go:243:16:     from ... argument (spill) at conv_positions.go:243:14
conv_positions.go:243:16:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:243:14
conv_positions.go:242:16: b escapes to heap:
conv_positions.go:242:16:   flow: {storage for ... argument} = &{storage for b}:
conv_positions.go:242:16:     from b (spill) at conv_positions.go:242:16
conv_positions.go:242:16:     from ... argument (slice-literal-element) at conv_positions.go:242:14
conv_positions.go:242:16:   flow: {heap} = {storage for ... argument}:
conv_positions.go:242:16:     from ... argument (spill) at conv_positions.go:242:14
conv_positions.go:242:16:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:242:14
conv_positions.go:242:16: a + 1 escapes to heap:
conv_positions.go:242:16:   flow: {storage for ... argument} = &{storage for a + 1}:
conv_positions.go:242:16:     from a + 1 (spill) at conv_positions.go:242:16
conv_positions.go:242:16:     from ... argument (slice-literal-element) at conv_positions.go:242:14
conv_positions.go:242:16:   flow: {heap} = {storage for ... argument}:
conv_positions.go:242:16:     from ... argument (spill) at conv_positions.go:242:14
conv_positions.go:242:16:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:242:14
conv_positions.go:241:9: func literal escapes to heap:
conv_positions.go:241:9:   flow: ~r0 = &{storage for func literal}:
conv_positions.go:241:9:     from func literal (spill) at conv_positions.go:241:9
conv_positions.go:241:9:     from return func literal (return) at conv_positions.go:241:2
conv_positions.go:240:17: parameter b leaks to {storage for func literal} with derefs=0:
conv_positions.go:240:17:   flow: {storage for func literal} = b:
conv_positions.go:240:17:     from b (captured by a closure) at conv_positions.go:242:20
conv_positions.go:240:14: parameter a leaks to {storage for func literal} with derefs=0:
conv_positions.go:240:14:   flow: {storage for func literal} = a:
conv_positions.go:240:14:     from a (captured by a closure) at conv_positions.go:242:15
conv_positions.go:241:9: func literal escapes to heap
conv_positions.go:242:14: ... argument does not escape
conv_positions.go:242:16: a + 1 escapes to heap
conv_positions.go:242:16: b escapes to heap
conv_positions.go:243:14: ... argument does not escape
conv_positions.go:243:16: g + 1 escapes to heap
conv_positions.go:243:16: g escapes to heap
conv_positions.go:244:14: ... argument does not escape
conv_positions.go:244:14: a escapes to heap
conv_positions.go:244:14: b escapes to heap
conv_positions.go:248:22: i does not escape
conv_positions.go:255:18: (interface {})(a + b) does not escape
conv_positions.go:275:13: gs escapes to heap:
conv_positions.go:275:13:   flow: {storage for ... argument} = &{storage for gs}:
conv_positions.go:275:13:     from gs (spill) at conv_positions.go:275:13
conv_positions.go:275:13:     from ... argument (slice-literal-element) at conv_positions.go:275:13
conv_positions.go:275:13:   flow: {heap} = {storage for ... argument}:
conv_positions.go:275:13:     from ... argument (spill) at conv_positions.go:275:13
conv_positions.go:275:13:     from fmt.Println(... argument...) (call parameter) at conv_positions.go:275:13
conv_positions.go:260:8: func literal does not escape
conv_positions.go:261:21: []int{...} does not escape
conv_positions.go:261:37: &T{} does not escape
conv_positions.go:261:54: map[int]int{} does not escape
conv_positions.go:261:58: &P{...} does not escape
conv_positions.go:261:64: &T{} does not escape
conv_positions.go:266:17: &T{} does not escape
conv_positions.go:269:32: map[interface {}]int{} does not escape
conv_positions.go:269:55: map[int]interface {}{} does not escape
conv_positions.go:270:15: &S{} does not escape
conv_positions.go:270:25: make([]interface {}, 3) does not escape
conv_positions.go:274:14: 3 does not escape
conv_positions.go:275:13: ... argument does not escape
conv_positions.go:275:13: gs escapes to heap
conv_positions.go:25:24: 1 escapes to heap:
conv_positions.go:25:24:   flow: {storage for ... argument} = &{storage for 1}:
conv_positions.go:25:24:     from 1 (spill) at conv_positions.go:25:24
conv_positions.go:25:24:     from ... argument (slice-literal-element) at conv_positions.go:25:20
conv_positions.go:25:24:   flow: {heap} = {storage for ... argument}:
conv_positions.go:25:24:     from ... argument (spill) at conv_positions.go:25:20
conv_positions.go:25:24:     from fmt.Sprint(... argument...) (call parameter) at conv_positions.go:25:20
conv_positions.go:25:20: g escapes to heap:
conv_positions.go:25:20:   flow: {storage for ... argument} = &{storage for g}:
conv_positions.go:25:20:     from g (spill) at conv_positions.go:25:20
conv_positions.go:25:20:     from ... argument (slice-literal-element) at conv_positions.go:25:20
conv_positions.go:25:20:   flow: {heap} = {storage for ... argument}:
conv_positions.go:25:20:     from ... argument (spill) at conv_positions.go:25:20
conv_positions.go:25:20:     from fmt.Sprint(... argument...) (call parameter) at conv_positions.go:25:20
conv_positions.go:25:20: ... argument does not escape
conv_positions.go:25:20: g escapes to heap
conv_positions.go:25:24: 1 escapes to heap
