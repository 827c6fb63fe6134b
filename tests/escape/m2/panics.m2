panics.go:15:7: "constant" escapes to heap:
panics.go:15:7:   flow: {heap} = &{storage for "constant"}:
panics.go:15:7:     from "constant" (spill) at panics.go:15:7
panics.go:15:7:     from panic("constant") (call parameter) at panics.go:15:7
panics.go:15:7: "constant" escapes to heap
panics.go:20:8: n escapes to heap:
panics.go:20:8:   flow: {heap} = &{storage for n}:
panics.go:20:8:     from n (spill) at panics.go:20:8
panics.go:20:8:     from panic(n) (call parameter) at panics.go:20:7
panics.go:20:8: n escapes to heap
panics.go:25:8: s escapes to heap:
panics.go:25:8:   flow: {heap} = &{storage for s}:
panics.go:25:8:     from s (spill) at panics.go:25:8
panics.go:25:8:     from panic(s) (call parameter) at panics.go:25:7
panics.go:24:18: parameter s leaks to {storage for s} with derefs=0:
panics.go:24:18:   flow: {storage for s} = s:
panics.go:24:18:     from s (interface-converted) at panics.go:25:8
panics.go:24:18: leaking param: s
panics.go:25:8: s escapes to heap
panics.go:31:8: f escapes to heap:
panics.go:31:8:   flow: {heap} = &{storage for f}:
panics.go:31:8:     from f (spill) at panics.go:31:8
panics.go:31:8:     from panic(f) (call parameter) at panics.go:31:7
panics.go:31:8: f escapes to heap
panics.go:35:2: f escapes to heap:
panics.go:35:2:   flow: {heap} = &f:
panics.go:35:2:     from &f (address-of) at panics.go:36:8
panics.go:35:2:     from &f (interface-converted) at panics.go:36:9
panics.go:35:2:     from panic(&f) (call parameter) at panics.go:36:7
panics.go:35:2: moved to heap: f
panics.go:41:8: &failure{...} escapes to heap:
panics.go:41:8:   flow: {heap} = &{storage for &failure{...}}:
panics.go:41:8:     from &failure{...} (spill) at panics.go:41:8
panics.go:41:8:     from &failure{...} (interface-converted) at panics.go:41:16
panics.go:41:8:     from panic(&failure{...}) (call parameter) at panics.go:41:7
panics.go:41:8: &failure{...} escapes to heap
panics.go:50:17: parameter p leaks to {heap} with derefs=0:
panics.go:50:17:   flow: {heap} = p:
panics.go:50:17:     from p (interface-converted) at panics.go:52:9
panics.go:50:17:     from panic(p) (call parameter) at panics.go:52:8
panics.go:50:17: leaking param: p
panics.go:57:23: catch capturing by ref: code (addr=false assign=true width=8)
panics.go:57:12: f does not escape
panics.go:58:8: func literal does not escape
panics.go:69:27: recovered capturing by ref: v (addr=false assign=true width=16)
panics.go:69:16: f does not escape
panics.go:70:8: func literal does not escape
panics.go:77:12: a + b escapes to heap:
panics.go:77:12:   flow: {heap} = &{storage for a + b}:
panics.go:77:12:     from a + b (spill) at panics.go:77:12
panics.go:77:12:     from panic(a + b) (call parameter) at panics.go:77:7
panics.go:77:10: a + b escapes to heap:
panics.go:77:10:   flow: {storage for a + b} = &{storage for a + b}:
panics.go:77:10:     from a + b (spill) at panics.go:77:10
panics.go:77:10:     from a + b (interface-converted) at panics.go:77:12
panics.go:76:18: a does not escape
panics.go:76:21: b does not escape
panics.go:77:12: a + b escapes to heap
panics.go:77:10: a + b escapes to heap
panics.go:83:8: s escapes to heap:
panics.go:83:8:   flow: {heap} = &{storage for s}:
panics.go:83:8:     from s (spill) at panics.go:83:8
panics.go:83:8:     from panic(s) (call parameter) at panics.go:83:7
panics.go:82:12: []int{...} escapes to heap:
panics.go:82:12:   flow: s = &{storage for []int{...}}:
panics.go:82:12:     from []int{...} (spill) at panics.go:82:12
panics.go:82:12:     from s := []int{...} (assign) at panics.go:82:4
panics.go:82:12:   flow: {storage for s} = s:
panics.go:82:12:     from s (interface-converted) at panics.go:83:8
panics.go:82:12: []int{...} escapes to heap
panics.go:83:8: s escapes to heap
panics.go:91:64: &failure{...} escapes to heap:
panics.go:91:64:   flow: {heap} = &{storage for &failure{...}}:
panics.go:91:64:     from &failure{...} (spill) at panics.go:91:64
panics.go:91:64:     from panicParam(&failure{...}) (call parameter) at panics.go:91:63
panics.go:87:16: func literal does not escape
panics.go:88:50: func literal does not escape
panics.go:89:20: func literal does not escape
panics.go:90:20: func literal does not escape
panics.go:91:44: func literal does not escape
panics.go:91:64: &failure{...} escapes to heap
panics.go:92:20: func literal does not escape
