defer.go:10:14: p does not escape
defer.go:14:11: parameter p leaks to {heap} with derefs=0:
defer.go:14:11:   flow: {heap} = p:
defer.go:14:11:     from sinkPtr = p (assign) at defer.go:15:10
defer.go:14:11: leaking param: p
defer.go:19:18: topLevel capturing by ref: n (addr=false assign=true width=8)
defer.go:20:8: func literal does not escape
defer.go:28:9: func literal escapes to heap:
defer.go:28:9:   flow: {heap} = &{storage for func literal}:
defer.go:28:9:     from func literal (spill) at defer.go:28:9
defer.go:26:16: inLoop capturing by ref: n (addr=false assign=true width=8)
defer.go:26:16: n escapes to heap:
defer.go:26:16:   flow: {storage for func literal} = &n:
defer.go:26:16:     from n (captured by a closure) at defer.go:28:18
defer.go:26:16:     from n (reference) at defer.go:28:18
defer.go:26:16: moved to heap: n
defer.go:28:9: func literal escapes to heap
defer.go:34:20: inIf capturing by ref: n (addr=false assign=true width=8)
defer.go:36:9: func literal does not escape
defer.go:44:16: deferRelease capturing by value: .autotmp_2 (addr=false assign=false width=8)
defer.go:51:13: deferLeak capturing by value: .autotmp_1 (addr=false assign=false width=8)
defer.go:50:2: y escapes to heap:
defer.go:50:2:   flow: .autotmp_1 = &y:
defer.go:50:2:     from &y (address-of) at defer.go:51:13
defer.go:50:2:     from .autotmp_1 = &y (assign) at defer.go:51:13
defer.go:50:2:   flow: {heap} = .autotmp_1:
defer.go:50:2:     from leak(.autotmp_1) (call parameter) at defer.go:51:12
defer.go:50:2: moved to heap: y
defer.go:57:15: deferArg capturing by value: .autotmp_1 (addr=false assign=false width=8)
defer.go:64:2: deferCapture capturing by value: p (addr=false assign=false width=8)
defer.go:65:8: func literal does not escape
defer.go:70:32: safeDiv capturing by ref: err (addr=false assign=true width=16)
defer.go:71:8: func literal does not escape
defer.go:83:7: c does not escape
defer.go:87:15: deferMethod capturing by value: .autotmp_2 (addr=false assign=false width=8)
defer.go:86:7: &closer{} does not escape
defer.go:94:8: deferWithArgs capturing by value: .autotmp_1 (addr=false assign=false width=8)
defer.go:96:3: deferWithArgs capturing by value: .autotmp_2 (addr=false assign=false width=24)
defer.go:94:13: xs does not escape
defer.go:93:12: []int{...} does not escape
defer.go:94:8: func literal does not escape
defer.go:108:9: func literal escapes to heap:
defer.go:108:9:   flow: {heap} = &{storage for func literal}:
defer.go:108:9:     from func literal (spill) at defer.go:108:9
defer.go:107:3: loopCapture capturing by value: j (addr=false assign=false width=8)
defer.go:108:9: func literal escapes to heap
