methods.go:15:7: c does not escape
methods.go:20:7: parameter c leaks to ~r0 with derefs=0:
methods.go:20:7:   flow: ~r0 = c:
methods.go:20:7:     from return c (return) at methods.go:21:2
methods.go:20:7: leaking param: c to result ~r0 level=0
methods.go:25:7: parameter c leaks to {heap} with derefs=0:
methods.go:25:7:   flow: {heap} = c:
methods.go:25:7:     from sinkCounter = c (assign) at methods.go:26:14
methods.go:25:7: leaking param: c
methods.go:30:7: parameter c leaks to ~r0 with derefs=0:
methods.go:30:7:   flow: ~r0 = c:
methods.go:30:7:     from c.name (dot) at methods.go:31:10
methods.go:30:7:     from return c.name (return) at methods.go:31:2
methods.go:30:7: leaking param: c to result ~r0 level=0
methods.go:35:7: parameter c leaks to {heap} with derefs=0:
methods.go:35:7:   flow: {heap} = c:
methods.go:35:7:     from c.name (dot) at methods.go:36:16
methods.go:35:7:     from sinkString = c.name (assign) at methods.go:36:13
methods.go:35:7: leaking param: c
methods.go:40:7: parameter c leaks to ~r0 with derefs=1:
methods.go:40:7:   flow: ~r0 = *c:
methods.go:40:7:     from c.name (dot of pointer) at methods.go:41:10
methods.go:40:7:     from return c.name (return) at methods.go:41:2
methods.go:40:7: leaking param: c to result ~r0 level=1
methods.go:45:7: c does not escape
methods.go:45:27: p does not escape
methods.go:59:21: parameter it leaks to {heap} with derefs=0:
methods.go:59:21:   flow: {heap} = it:
methods.go:59:21:     from l.head = it (assign) at methods.go:61:9
methods.go:59:7: parameter l leaks to {heap} with derefs=1:
methods.go:59:7:   flow: {heap} = *l:
methods.go:59:7:     from l.head (dot of pointer) at methods.go:60:13
methods.go:59:7:     from it.next = l.head (assign) at methods.go:60:10
methods.go:59:7: leaking param content: l
methods.go:59:21: leaking param: it
methods.go:65:9: &item{...} escapes to heap:
methods.go:65:9:   flow: {heap} = &{storage for &item{...}}:
methods.go:65:9:     from &item{...} (spill) at methods.go:65:9
methods.go:65:9:     from (*list).push(l, &item{...}) (call parameter) at methods.go:65:8
methods.go:64:7: parameter l leaks to {heap} with derefs=1:
methods.go:64:7:   flow: {heap} = *l:
methods.go:64:7:     from (*list).push(l, &item{...}) (call parameter) at methods.go:65:8
methods.go:64:7: leaking param content: l
methods.go:65:9: &item{...} escapes to heap
methods.go:85:21: c does not escape
methods.go:93:2: c escapes to heap:
methods.go:93:2:   flow: {heap} = &c:
methods.go:93:2:     from c (address-of) at methods.go:94:3
methods.go:93:2:     from (*counter).register(c) (call parameter) at methods.go:94:12
methods.go:93:2: moved to heap: c
methods.go:108:7: &counter{} does not escape
methods.go:126:40: &counter{} does not escape
