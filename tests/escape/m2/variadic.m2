variadic.go:11:10: xs does not escape
variadic.go:20:11: parameter xs leaks to {heap} with derefs=0:
variadic.go:20:11:   flow: {heap} = xs:
variadic.go:20:11:     from sinkInts = xs (assign) at variadic.go:21:11
variadic.go:20:11: leaking param: xs
variadic.go:25:11: parameter xs leaks to ~r0 with derefs=0:
variadic.go:25:11:   flow: ~r0 = xs:
variadic.go:25:11:     from return xs (return) at variadic.go:26:2
variadic.go:25:11: leaking param: xs to result ~r0 level=0
variadic.go:30:16: parameter ps leaks to {heap} with derefs=1:
variadic.go:30:16:   flow: {heap} = *ps:
variadic.go:30:16:     from ps[0] (dot of pointer) at variadic.go:32:15
variadic.go:30:16:     from sinkPtr = ps[0] (assign) at variadic.go:32:11
variadic.go:30:16: leaking param content: ps
variadic.go:37:12: parameter ps leaks to ~r0 with derefs=1:
variadic.go:37:12:   flow: ~r0 = *ps:
variadic.go:37:12:     from ps[0] (dot of pointer) at variadic.go:38:11
variadic.go:37:12:     from return ps[0] (return) at variadic.go:38:2
variadic.go:37:12: leaking param: ps to result ~r0 level=1
variadic.go:42:12: vs does not escape
variadic.go:47:14: parameter vs leaks to {heap} with derefs=0:
variadic.go:47:14:   flow: {heap} = vs:
variadic.go:47:14:     from sinkAnys = vs (assign) at variadic.go:48:11
variadic.go:47:14: leaking param: vs
variadic.go:52:16: base does not escape
variadic.go:52:27: xs does not escape
variadic.go:57:14: xs does not escape
variadic.go:61:18: parameter xs leaks to {heap} with derefs=0:
variadic.go:61:18:   flow: {heap} = xs:
variadic.go:61:18:     from keep(xs...) (call parameter) at variadic.go:62:6
variadic.go:61:18: leaking param: xs
variadic.go:72:18: []int{...} does not escape
variadic.go:77:6: ... argument escapes to heap:
variadic.go:77:6:   flow: {heap} = &{storage for ... argument}:
variadic.go:77:6:     from ... argument (spill) at variadic.go:77:6
variadic.go:77:6:     from keep(... argument...) (call parameter) at variadic.go:77:6
variadic.go:84:9: ... argument escapes to heap:
variadic.go:84:9:   flow: {heap} = &{storage for ... argument}:
variadic.go:84:9:     from ... argument (spill) at variadic.go:84:9
variadic.go:84:9:     from keepAll(... argument...) (call parameter) at variadic.go:84:9
variadic.go:84:9: a escapes to heap:
variadic.go:84:9:   flow: {storage for ... argument} = &{storage for a}:
variadic.go:84:9:     from a (spill) at variadic.go:84:9
variadic.go:84:9:     from ... argument (slice-literal-element) at variadic.go:84:9
variadic.go:84:9: b escapes to heap:
variadic.go:84:9:   flow: {storage for ... argument} = &{storage for b}:
variadic.go:84:9:     from b (spill) at variadic.go:84:9
variadic.go:84:9:     from ... argument (slice-literal-element) at variadic.go:84:9
variadic.go:86:13: ... argument escapes to heap:
variadic.go:86:13:   flow: {heap} = &{storage for ... argument}:
variadic.go:86:13:     from ... argument (spill) at variadic.go:86:13
variadic.go:86:13:     from forwardKeep(... argument...) (call parameter) at variadic.go:86:13
variadic.go:79:5: b escapes to heap:
variadic.go:79:5:   flow: {storage for ... argument} = &b:
variadic.go:79:5:     from &b (address-of) at variadic.go:80:16
variadic.go:79:5:     from ... argument (slice-literal-element) at variadic.go:80:11
variadic.go:79:5:   flow: {heap} = {storage for ... argument}:
variadic.go:79:5:     from ... argument (spill) at variadic.go:80:11
variadic.go:79:5:     from leakFirst(... argument...) (call parameter) at variadic.go:80:11
variadic.go:79:2: a escapes to heap:
variadic.go:79:2:   flow: {storage for ... argument} = &a:
variadic.go:79:2:     from &a (address-of) at variadic.go:80:12
variadic.go:79:2:     from ... argument (slice-literal-element) at variadic.go:80:11
variadic.go:79:2:   flow: {heap} = {storage for ... argument}:
variadic.go:79:2:     from ... argument (spill) at variadic.go:80:11
variadic.go:79:2:     from leakFirst(... argument...) (call parameter) at variadic.go:80:11
variadic.go:79:2: moved to heap: a
variadic.go:79:5: moved to heap: b
variadic.go:76:13: ... argument does not escape
variadic.go:77:6: ... argument escapes to heap
variadic.go:78:18: ... argument does not escape
variadic.go:80:11: ... argument does not escape
variadic.go:82:16: ... argument does not escape
variadic.go:83:15: ... argument does not escape
variadic.go:83:16: 1 does not escape
variadic.go:83:19: "two" does not escape
variadic.go:83:26: 3.0 does not escape
variadic.go:84:9: ... argument escapes to heap
variadic.go:84:9: a escapes to heap
variadic.go:84:9: b escapes to heap
variadic.go:85:19: ... argument does not escape
variadic.go:85:38: ... argument does not escape
variadic.go:86:13: ... argument escapes to heap
