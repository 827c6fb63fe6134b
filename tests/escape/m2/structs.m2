structs.go:29:2: x escapes to heap:
structs.go:29:2:   flow: {heap} = &x:
structs.go:29:2:     from &x (address-of) at structs.go:30:33
structs.go:29:2:     from inner{...} (struct literal element) at structs.go:30:29
structs.go:29:2:     from outer{...} (struct literal element) at structs.go:30:19
structs.go:29:2:     from sinkOuter = outer{...} (assign) at structs.go:30:12
structs.go:29:2: moved to heap: x
structs.go:35:9: &outer{...} escapes to heap:
structs.go:35:9:   flow: ~r0 = &{storage for &outer{...}}:
structs.go:35:9:     from &outer{...} (spill) at structs.go:35:9
structs.go:35:9:     from return &outer{...} (return) at structs.go:35:2
structs.go:35:21: &inner{} escapes to heap:
structs.go:35:21:   flow: {storage for &outer{...}} = &{storage for &inner{}}:
structs.go:35:21:     from &inner{} (spill) at structs.go:35:21
structs.go:35:21:     from outer{...} (struct literal element) at structs.go:35:15
structs.go:35:9: &outer{...} escapes to heap
structs.go:35:21: &inner{} escapes to heap
structs.go:40:18: &inner{} does not escape
structs.go:46:6: o escapes to heap:
structs.go:46:6:   flow: {heap} = &o:
structs.go:46:6:     from o.in (dot) at structs.go:47:16
structs.go:46:6:     from &o.in (address-of) at structs.go:47:14
structs.go:46:6:     from sinkInner = &o.in (assign) at structs.go:47:12
structs.go:46:6: moved to heap: o
structs.go:51:19: parameter o leaks to ~r0 with derefs=0:
structs.go:51:19:   flow: ~r0 = o:
structs.go:51:19:     from o.in (dot of pointer) at structs.go:52:11
structs.go:51:19:     from &o.in (address-of) at structs.go:52:9
structs.go:51:19:     from return &o.in (return) at structs.go:52:2
structs.go:51:19: leaking param: o to result ~r0 level=0
structs.go:56:14: parameter o leaks to ~r0 with derefs=0:
structs.go:56:14:   flow: c = o:
structs.go:56:14:     from c := o (assign) at structs.go:57:4
structs.go:56:14:   flow: ~r0 = c:
structs.go:56:14:     from c.in (dot) at structs.go:58:10
structs.go:56:14:     from c.in.p (dot) at structs.go:58:13
structs.go:56:14:     from return c.in.p (return) at structs.go:58:2
structs.go:56:14: leaking param: o to result ~r0 level=0
structs.go:62:20: parameter b leaks to ~r0 with derefs=0:
structs.go:62:20:   flow: o = b:
structs.go:62:20:     from o.arr[1] = b (assign) at structs.go:65:11
structs.go:62:20:   flow: ~r0 = o:
structs.go:62:20:     from return o (return) at structs.go:66:2
structs.go:62:17: parameter a leaks to ~r0 with derefs=0:
structs.go:62:17:   flow: o = a:
structs.go:62:17:     from o.arr[0] = a (assign) at structs.go:64:11
structs.go:62:17:   flow: ~r0 = o:
structs.go:62:17:     from return o (return) at structs.go:66:2
structs.go:62:17: leaking param: a to result ~r0 level=0
structs.go:62:20: leaking param: b to result ~r0 level=0
structs.go:80:9: &struct { a int; b int }{...} escapes to heap:
structs.go:80:9:   flow: ~r0 = &{storage for &struct { a int; b int }{...}}:
structs.go:80:9:     from &struct { a int; b int }{...} (spill) at structs.go:80:9
structs.go:80:9:     from return &struct { a int; b int }{...} (return) at structs.go:80:2
structs.go:80:9: &struct { a int; b int }{...} escapes to heap
structs.go:84:23: parameter p leaks to {heap} with derefs=0:
structs.go:84:23:   flow: {heap} = p:
structs.go:84:23:     from dst.p = p (assign) at structs.go:85:8
structs.go:84:11: dst does not escape
structs.go:84:23: leaking param: p
structs.go:89:16: parameter i leaks to {heap} with derefs=1:
structs.go:89:16:   flow: {heap} = *i:
structs.go:89:16:     from i.p (dot of pointer) at structs.go:90:13
structs.go:89:16:     from sinkInt = i.p (assign) at structs.go:90:10
structs.go:89:16: leaking param content: i
structs.go:111:6: b escapes to heap:
structs.go:111:6:   flow: ~r0 = &b:
structs.go:111:6:     from &b (address-of) at structs.go:113:9
structs.go:111:6:     from return &b (return) at structs.go:113:2
structs.go:111:6: moved to heap: b
structs.go:126:2: z escapes to heap:
structs.go:126:2:   flow: {heap} = &z:
structs.go:126:2:     from &z (address-of) at structs.go:127:11
structs.go:126:2:     from link(&i, &z) (call parameter) at structs.go:127:6
structs.go:126:2: moved to heap: z
