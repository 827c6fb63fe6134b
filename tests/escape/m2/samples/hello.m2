hello.go:7:14: "hello, world" escapes to heap:
hello.go:7:14:   flow: {storage for ... argument} = &{storage for "hello, world"}:
hello.go:7:14:     from "hello, world" (spill) at hello.go:7:14
hello.go:7:14:     from ... argument (slice-literal-element) at hello.go:7:13
hello.go:7:14:   flow: {heap} = {storage for ... argument}:
hello.go:7:14:     from ... argument (spill) at hello.go:7:13
hello.go:7:14:     from fmt.Println(... argument...) (call parameter) at hello.go:7:13
hello.go:7:13: ... argument does not escape
hello.go:7:14: "hello, world" escapes to heap
