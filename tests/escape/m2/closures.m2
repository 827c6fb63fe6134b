closures.go:11:2: callNow capturing by value: x (addr=false assign=false width=8)
closures.go:12:9: func literal does not escape
closures.go:17:2: callLocal capturing by ref: x (addr=false assign=true width=8)
closures.go:18:7: func literal does not escape
closures.go:26:2: counter capturing by ref: n (addr=false assign=true width=8)
closures.go:27:9: func literal escapes to heap:
closures.go:27:9:   flow: ~r0 = &{storage for func literal}:
closures.go:27:9:     from func literal (spill) at closures.go:27:9
closures.go:27:9:     from return func literal (return) at closures.go:27:2
closures.go:26:2: n escapes to heap:
closures.go:26:2:   flow: {storage for func literal} = &n:
closures.go:26:2:     from n (captured by a closure) at closures.go:28:3
closures.go:26:2:     from n (reference) at closures.go:28:3
closures.go:26:2: moved to heap: n
closures.go:27:9: func literal escapes to heap
closures.go:34:15: constant capturing by value: v (addr=false assign=false width=8)
closures.go:35:9: func literal escapes to heap:
closures.go:35:9:   flow: ~r0 = &{storage for func literal}:
closures.go:35:9:     from func literal (spill) at closures.go:35:9
closures.go:35:9:     from return func literal (return) at closures.go:35:2
closures.go:34:15: parameter v leaks to {storage for func literal} with derefs=0:
closures.go:34:15:   flow: {storage for func literal} = v:
closures.go:34:15:     from v (captured by a closure) at closures.go:35:29
closures.go:35:9: func literal escapes to heap
closures.go:41:13: func literal escapes to heap:
closures.go:41:13:   flow: {heap} = &{storage for func literal}:
closures.go:41:13:     from func literal (spill) at closures.go:41:13
closures.go:41:13:     from sinkFunc = func literal (assign) at closures.go:41:11
closures.go:40:2: storeFunc capturing by ref: y (addr=false assign=true width=8)
closures.go:40:2: y escapes to heap:
closures.go:40:2:   flow: {storage for func literal} = &y:
closures.go:40:2:     from y (captured by a closure) at closures.go:41:26
closures.go:40:2:     from y (reference) at closures.go:41:26
closures.go:40:2: moved to heap: y
closures.go:41:13: func literal escapes to heap
closures.go:45:12: f does not escape
closures.go:50:2: useApply capturing by value: k (addr=false assign=false width=8)
closures.go:51:15: func literal does not escape
closures.go:57:11: parameter f leaks to {heap} with derefs=0:
closures.go:57:11:   flow: {heap} = f:
closures.go:57:11:     from append(kept, f) (call parameter) at closures.go:58:15
closures.go:57:11: leaking param: f
closures.go:63:7: func literal escapes to heap:
closures.go:63:7:   flow: {heap} = &{storage for func literal}:
closures.go:63:7:     from func literal (spill) at closures.go:63:7
closures.go:63:7:     from keep(func literal) (call parameter) at closures.go:63:6
closures.go:62:2: useKeep capturing by value: z (addr=false assign=false width=8)
closures.go:63:7: func literal escapes to heap
closures.go:67:17: viaPointer capturing by value: p (addr=false assign=false width=8)
closures.go:67:17: p does not escape
closures.go:68:2: func literal does not escape
closures.go:73:6: bigCapture capturing by ref: arr (addr=false assign=false width=1600)
closures.go:75:7: func literal does not escape
closures.go:81:2: nested capturing by ref: c (addr=false assign=true width=8)
closures.go:81:2: nested capturing by ref: c (addr=true assign=true width=8)
closures.go:84:10: func literal escapes to heap:
closures.go:84:10:   flow: ~r0 = &{storage for func literal}:
closures.go:84:10:     from func literal (spill) at closures.go:84:10
closures.go:84:10:     from return func literal (return) at closures.go:84:3
closures.go:81:2: c escapes to heap:
closures.go:81:2:   flow: {storage for func literal} = &c:
closures.go:81:2:     from c (captured by a closure) at closures.go:84:30
closures.go:81:2:     from c (reference) at closures.go:84:30
closures.go:82:9: func literal escapes to heap:
closures.go:82:9:   flow: ~r0 = &{storage for func literal}:
closures.go:82:9:     from func literal (spill) at closures.go:82:9
closures.go:82:9:     from return func literal (return) at closures.go:82:2
closures.go:81:2: moved to heap: c
closures.go:82:9: func literal escapes to heap
closures.go:84:10: func literal escapes to heap
closures.go:90:2: captureAddr capturing by ref: v (addr=true assign=false width=8)
closures.go:90:2: v escapes to heap:
closures.go:90:2:   flow: ~r0 = &v:
closures.go:90:2:     from &v (address-of) at closures.go:91:28
closures.go:90:2:     from return &v (return) at closures.go:91:21
closures.go:90:2: moved to heap: v
closures.go:91:7: func literal does not escape
closures.go:97:33: new(int) escapes to heap:
closures.go:97:33:   flow: ~r0 = &{storage for new(int)}:
closures.go:97:33:     from new(int) (spill) at closures.go:97:33
closures.go:97:33:     from return new(int) (return) at closures.go:97:23
closures.go:97:9: func literal escapes to heap:
closures.go:97:9:   flow: ~r0 = &{storage for func literal}:
closures.go:97:9:     from func literal (spill) at closures.go:97:9
closures.go:97:9:     from return func literal (return) at closures.go:97:2
closures.go:97:9: func literal escapes to heap
closures.go:97:33: new(int) escapes to heap
closures.go:102:12: p does not escape
closures.go:102:7: func literal does not escape
