goroutines.go:13:15: worker capturing by value: .autotmp_5 (addr=false assign=false width=8)
goroutines.go:12:58: parameter wg leaks to {heap} with derefs=0:
goroutines.go:12:58:   flow: .autotmp_5 = wg:
goroutines.go:12:58:     from .autotmp_5 = wg (assign) at goroutines.go:13:15
goroutines.go:12:58:   flow: {heap} = .autotmp_5:
goroutines.go:12:58:     from (*sync.WaitGroup).Done(.autotmp_5) (call parameter) at goroutines.go:13:15
goroutines.go:12:21: jobs does not escape
goroutines.go:12:38: results does not escape
goroutines.go:12:58: leaking param: wg
goroutines.go:22:6: wg escapes to heap:
goroutines.go:22:6:   flow: {heap} = &wg:
goroutines.go:22:6:     from wg (address-of) at goroutines.go:24:5
goroutines.go:22:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at goroutines.go:24:9
goroutines.go:25:3: func literal escapes to heap:
goroutines.go:25:3:   flow: {heap} = &{storage for func literal}:
goroutines.go:25:3:     from func literal (spill) at goroutines.go:25:3
goroutines.go:31:5: func literal escapes to heap:
goroutines.go:31:5:   flow: {heap} = &{storage for func literal}:
goroutines.go:31:5:     from func literal (spill) at goroutines.go:31:5
goroutines.go:22:6: wg escapes to heap:
goroutines.go:22:6:   flow: {heap} = &wg:
goroutines.go:22:6:     from wg (address-of) at goroutines.go:32:5
goroutines.go:22:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at goroutines.go:32:10
goroutines.go:25:12: main capturing by value: .autotmp_9 (addr=false assign=false width=8)
goroutines.go:25:12: main capturing by value: .autotmp_10 (addr=false assign=false width=8)
goroutines.go:25:12: main capturing by value: .autotmp_11 (addr=false assign=false width=8)
goroutines.go:25:31: main capturing by value: .autotmp_12 (addr=false assign=false width=8)
goroutines.go:22:6: main capturing by ref: wg (addr=true assign=false width=16)
goroutines.go:22:6: wg escapes to heap:
goroutines.go:22:6:   flow: {storage for func literal} = &wg:
goroutines.go:22:6:     from wg (captured by a closure) at goroutines.go:32:3
goroutines.go:22:6:     from wg (reference) at goroutines.go:32:3
goroutines.go:21:2: main capturing by value: results (addr=false assign=false width=8)
goroutines.go:47:15: "timed out" escapes to heap:
goroutines.go:47:15:   flow: {storage for ... argument} = &{storage for "timed out"}:
goroutines.go:47:15:     from "timed out" (spill) at goroutines.go:47:15
goroutines.go:47:15:     from ... argument (slice-literal-element) at goroutines.go:47:14
goroutines.go:47:15:   flow: {heap} = {storage for ... argument}:
goroutines.go:47:15:     from ... argument (spill) at goroutines.go:47:14
goroutines.go:47:15:     from fmt.Println(... argument...) (call parameter) at goroutines.go:47:14
goroutines.go:45:15: v escapes to heap:
goroutines.go:45:15:   flow: {storage for ... argument} = &{storage for v}:
goroutines.go:45:15:     from v (spill) at goroutines.go:45:15
goroutines.go:45:15:     from ... argument (slice-literal-element) at goroutines.go:45:14
goroutines.go:45:15:   flow: {heap} = {storage for ... argument}:
goroutines.go:45:15:     from ... argument (spill) at goroutines.go:45:14
goroutines.go:45:15:     from fmt.Println(... argument...) (call parameter) at goroutines.go:45:14
goroutines.go:45:15: "got" escapes to heap:
goroutines.go:45:15:   flow: {storage for ... argument} = &{storage for "got"}:
goroutines.go:45:15:     from "got" (spill) at goroutines.go:45:15
goroutines.go:45:15:     from ... argument (slice-literal-element) at goroutines.go:45:14
goroutines.go:45:15:   flow: {heap} = {storage for ... argument}:
goroutines.go:45:15:     from ... argument (spill) at goroutines.go:45:14
goroutines.go:45:15:     from fmt.Println(... argument...) (call parameter) at goroutines.go:45:14
goroutines.go:40:13: squares escapes to heap:
goroutines.go:40:13:   flow: {storage for ... argument} = &{storage for squares}:
goroutines.go:40:13:     from squares (spill) at goroutines.go:40:13
goroutines.go:40:13:     from ... argument (slice-literal-element) at goroutines.go:40:13
goroutines.go:40:13:   flow: {heap} = {storage for ... argument}:
goroutines.go:40:13:     from ... argument (spill) at goroutines.go:40:13
goroutines.go:40:13:     from fmt.Println(... argument...) (call parameter) at goroutines.go:40:13
goroutines.go:22:6: moved to heap: wg
goroutines.go:31:5: func literal escapes to heap
goroutines.go:40:13: ... argument does not escape
goroutines.go:40:13: squares escapes to heap
goroutines.go:45:14: ... argument does not escape
goroutines.go:45:15: "got" escapes to heap
goroutines.go:45:15: v escapes to heap
goroutines.go:47:14: ... argument does not escape
goroutines.go:47:15: "timed out" escapes to heap
