fib.go:31:42: fibIter(100) escapes to heap:
fib.go:31:42:   flow: {storage for ... argument} = &{storage for fibIter(100)}:
fib.go:31:42:     from fibIter(100) (spill) at fib.go:31:42
fib.go:31:42:     from ... argument (slice-literal-element) at fib.go:31:13
fib.go:31:42:   flow: {heap} = {storage for ... argument}:
fib.go:31:42:     from ... argument (spill) at fib.go:31:13
fib.go:31:42:     from fmt.Println(... argument...) (call parameter) at fib.go:31:13
fib.go:31:14: "fib(100) wraps to" escapes to heap:
fib.go:31:14:   flow: {storage for ... argument} = &{storage for "fib(100) wraps to"}:
fib.go:31:14:     from "fib(100) wraps to" (spill) at fib.go:31:14
fib.go:31:14:     from ... argument (slice-literal-element) at fib.go:31:13
fib.go:31:14:   flow: {heap} = {storage for ... argument}:
fib.go:31:14:     from ... argument (spill) at fib.go:31:13
fib.go:31:14:     from fmt.Println(... argument...) (call parameter) at fib.go:31:13
fib.go:30:34: fibIter(90) escapes to heap:
fib.go:30:34:   flow: {storage for ... argument} = &{storage for fibIter(90)}:
fib.go:30:34:     from fibIter(90) (spill) at fib.go:30:34
fib.go:30:34:     from ... argument (slice-literal-element) at fib.go:30:13
fib.go:30:34:   flow: {heap} = {storage for ... argument}:
fib.go:30:34:     from ... argument (spill) at fib.go:30:13
fib.go:30:34:     from fmt.Println(... argument...) (call parameter) at fib.go:30:13
fib.go:30:14: "fib(90) =" escapes to heap:
fib.go:30:14:   flow: {storage for ... argument} = &{storage for "fib(90) ="}:
fib.go:30:14:     from "fib(90) =" (spill) at fib.go:30:14
fib.go:30:14:     from ... argument (slice-literal-element) at fib.go:30:13
fib.go:30:14:   flow: {heap} = {storage for ... argument}:
fib.go:30:14:     from ... argument (spill) at fib.go:30:13
fib.go:30:14:     from fmt.Println(... argument...) (call parameter) at fib.go:30:13
fib.go:29:30: fib(30) escapes to heap:
fib.go:29:30:   flow: {storage for ... argument} = &{storage for fib(30)}:
fib.go:29:30:     from fib(30) (spill) at fib.go:29:30
fib.go:29:30:     from ... argument (slice-literal-element) at fib.go:29:13
fib.go:29:30:   flow: {heap} = {storage for ... argument}:
fib.go:29:30:     from ... argument (spill) at fib.go:29:13
fib.go:29:30:     from fmt.Println(... argument...) (call parameter) at fib.go:29:13
fib.go:29:14: "fib(30) =" escapes to heap:
fib.go:29:14:   flow: {storage for ... argument} = &{storage for "fib(30) ="}:
fib.go:29:14:     from "fib(30) =" (spill) at fib.go:29:14
fib.go:29:14:     from ... argument (slice-literal-element) at fib.go:29:13
fib.go:29:14:   flow: {heap} = {storage for ... argument}:
fib.go:29:14:     from ... argument (spill) at fib.go:29:13
fib.go:29:14:     from fmt.Println(... argument...) (call parameter) at fib.go:29:13
fib.go:27:33: fib(i) escapes to heap:
fib.go:27:33:   flow: {storage for ... argument} = &{storage for fib(i)}:
fib.go:27:33:     from fib(i) (spill) at fib.go:27:33
fib.go:27:33:     from ... argument (slice-literal-element) at fib.go:27:14
fib.go:27:33:   flow: {heap} = {storage for ... argument}:
fib.go:27:33:     from ... argument (spill) at fib.go:27:14
fib.go:27:33:     from fmt.Println(... argument...) (call parameter) at fib.go:27:14
fib.go:27:25: "=" escapes to heap:
fib.go:27:25:   flow: {storage for ... argument} = &{storage for "="}:
fib.go:27:25:     from "=" (spill) at fib.go:27:25
fib.go:27:25:     from ... argument (slice-literal-element) at fib.go:27:14
fib.go:27:25:   flow: {heap} = {storage for ... argument}:
fib.go:27:25:     from ... argument (spill) at fib.go:27:14
fib.go:27:25:     from fmt.Println(... argument...) (call parameter) at fib.go:27:14
fib.go:27:15: i escapes to heap:
fib.go:27:15:   flow: {storage for ... argument} = &{storage for i}:
fib.go:27:15:     from i (spill) at fib.go:27:15
fib.go:27:15:     from ... argument (slice-literal-element) at fib.go:27:14
fib.go:27:15:   flow: {heap} = {storage for ... argument}:
fib.go:27:15:     from ... argument (spill) at fib.go:27:14
fib.go:27:15:     from fmt.Println(... argument...) (call parameter) at fib.go:27:14
fib.go:27:15: "fib" escapes to heap:
fib.go:27:15:   flow: {storage for ... argument} = &{storage for "fib"}:
fib.go:27:15:     from "fib" (spill) at fib.go:27:15
fib.go:27:15:     from ... argument (slice-literal-element) at fib.go:27:14
fib.go:27:15:   flow: {heap} = {storage for ... argument}:
fib.go:27:15:     from ... argument (spill) at fib.go:27:14
fib.go:27:15:     from fmt.Println(... argument...) (call parameter) at fib.go:27:14
fib.go:27:14: ... argument does not escape
fib.go:27:15: "fib" escapes to heap
fib.go:27:15: i escapes to heap
fib.go:27:25: "=" escapes to heap
fib.go:27:33: fib(i) escapes to heap
fib.go:29:13: ... argument does not escape
fib.go:29:14: "fib(30) =" escapes to heap
fib.go:29:30: fib(30) escapes to heap
fib.go:30:13: ... argument does not escape
fib.go:30:14: "fib(90) =" escapes to heap
fib.go:30:34: fibIter(90) escapes to heap
fib.go:31:13: ... argument does not escape
fib.go:31:14: "fib(100) wraps to" escapes to heap
fib.go:31:42: fibIter(100) escapes to heap
