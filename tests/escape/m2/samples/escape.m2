escape.go:22:12: p does not escape
escape.go:27:15: parameter p leaks to {heap} with derefs=0:
escape.go:27:15:   flow: {heap} = p:
escape.go:27:15:     from global = p (assign) at escape.go:28:9
escape.go:27:15: leaking param: p
escape.go:32:11: parameter p leaks to ~r0 with derefs=0:
escape.go:32:11:   flow: ~r0 = p:
escape.go:32:11:     from return p (return) at escape.go:33:2
escape.go:32:11: leaking param: p to result ~r0 level=0
escape.go:37:11: parameter pp leaks to ~r0 with derefs=1:
escape.go:37:11:   flow: ~r0 = *pp:
escape.go:37:11:     from *pp (indirection) at escape.go:38:9
escape.go:37:11:     from return *pp (return) at escape.go:38:2
escape.go:37:11: leaking param: pp to result ~r0 level=1
escape.go:42:22: parameter pp leaks to {heap} with derefs=1:
escape.go:42:22:   flow: {heap} = *pp:
escape.go:42:22:     from *pp (indirection) at escape.go:43:11
escape.go:42:22:     from global = *pp (assign) at escape.go:43:9
escape.go:42:22: leaking param content: pp
escape.go:50:2: v escapes to heap:
escape.go:50:2:   flow: ~r0 = &v:
escape.go:50:2:     from &v (address-of) at escape.go:51:9
escape.go:50:2:     from return &v (return) at escape.go:51:2
escape.go:50:2: moved to heap: v
escape.go:65:9: &point{...} escapes to heap:
escape.go:65:9:   flow: ~r0 = &{storage for &point{...}}:
escape.go:65:9:     from &point{...} (spill) at escape.go:65:9
escape.go:65:9:     from return &point{...} (return) at escape.go:65:2
escape.go:65:9: &point{...} escapes to heap
escape.go:70:10: new(point) does not escape
escape.go:79:11: make([]int, n) escapes to heap:
escape.go:79:11:   flow: {heap} = &{storage for make([]int, n)}:
escape.go:79:11:     from make([]int, n) (non-constant size) at escape.go:79:11
escape.go:78:11: make([]int, 8) does not escape
escape.go:79:11: make([]int, n) escapes to heap
escape.go:88:2: counter capturing by ref: count (addr=false assign=true width=8)
escape.go:89:9: func literal escapes to heap:
escape.go:89:9:   flow: ~r0 = &{storage for func literal}:
escape.go:89:9:     from func literal (spill) at escape.go:89:9
escape.go:89:9:     from return func literal (return) at escape.go:89:2
escape.go:88:2: count escapes to heap:
escape.go:88:2:   flow: {storage for func literal} = &count:
escape.go:88:2:     from count (captured by a closure) at escape.go:90:3
escape.go:88:2:     from count (reference) at escape.go:90:3
escape.go:88:2: moved to heap: count
escape.go:89:9: func literal escapes to heap
escape.go:96:12: twice capturing by value: x (addr=false assign=false width=8)
escape.go:97:12: func literal does not escape
escape.go:106:9: x escapes to heap:
escape.go:106:9:   flow: ~r0 = &{storage for x}:
escape.go:106:9:     from x (spill) at escape.go:106:9
escape.go:106:9:     from return x (return) at escape.go:106:2
escape.go:106:9: x escapes to heap
escape.go:113:14: n escapes to heap:
escape.go:113:14:   flow: {storage for ... argument} = &{storage for n}:
escape.go:113:14:     from n (spill) at escape.go:113:14
escape.go:113:14:     from ... argument (slice-literal-element) at escape.go:113:13
escape.go:113:14:   flow: {heap} = {storage for ... argument}:
escape.go:113:14:     from ... argument (spill) at escape.go:113:13
escape.go:113:14:     from fmt.Println(... argument...) (call parameter) at escape.go:113:13
escape.go:113:14: "n =" escapes to heap:
escape.go:113:14:   flow: {storage for ... argument} = &{storage for "n ="}:
escape.go:113:14:     from "n =" (spill) at escape.go:113:14
escape.go:113:14:     from ... argument (slice-literal-element) at escape.go:113:13
escape.go:113:14:   flow: {heap} = {storage for ... argument}:
escape.go:113:14:     from ... argument (spill) at escape.go:113:13
escape.go:113:14:     from fmt.Println(... argument...) (call parameter) at escape.go:113:13
escape.go:113:13: ... argument does not escape
escape.go:113:14: "n =" escapes to heap
escape.go:113:14: n escapes to heap
escape.go:118:14: b does not escape
escape.go:119:15: string(b) does not escape
escape.go:132:7: &point{...} escapes to heap:
escape.go:132:7:   flow: p = &{storage for &point{...}}:
escape.go:132:7:     from &point{...} (spill) at escape.go:132:7
escape.go:132:7:     from p := &point{...} (assign) at escape.go:132:4
escape.go:132:7:   flow: {heap} = p:
escape.go:132:7:     from &p (address-of) at escape.go:135:18
escape.go:132:7:     from rememberContent(&p) (call parameter) at escape.go:135:17
escape.go:132:7: &point{...} escapes to heap
escape.go:140:58: ([]byte)("hello") does not escape
