assign_deref.go:11:11: p does not escape
assign_deref.go:25:2: x escapes to heap:
assign_deref.go:25:2:   flow: p = &x:
assign_deref.go:25:2:     from &x (address-of) at assign_deref.go:26:7
assign_deref.go:25:2:     from p := &x (assign) at assign_deref.go:26:4
assign_deref.go:25:2:   flow: {heap} = p:
assign_deref.go:25:2:     from sinkPtr = p (assign) at assign_deref.go:27:10
assign_deref.go:25:2: moved to heap: x
assign_deref.go:32:2: x escapes to heap:
assign_deref.go:32:2:   flow: p = &x:
assign_deref.go:32:2:     from &x (address-of) at assign_deref.go:33:7
assign_deref.go:32:2:     from p := &x (assign) at assign_deref.go:33:4
assign_deref.go:32:2:   flow: pp = &p:
assign_deref.go:32:2:     from &p (address-of) at assign_deref.go:34:8
assign_deref.go:32:2:     from pp := &p (assign) at assign_deref.go:34:5
assign_deref.go:32:2:   flow: {heap} = *pp:
assign_deref.go:32:2:     from *pp (indirection) at assign_deref.go:35:12
assign_deref.go:32:2:     from sinkPtr = *pp (assign) at assign_deref.go:35:10
assign_deref.go:32:2: moved to heap: x
assign_deref.go:41:2: p escapes to heap:
assign_deref.go:41:2:   flow: pp = &p:
assign_deref.go:41:2:     from &p (address-of) at assign_deref.go:42:8
assign_deref.go:41:2:     from pp := &p (assign) at assign_deref.go:42:5
assign_deref.go:41:2:   flow: {heap} = pp:
assign_deref.go:41:2:     from sinkPtrPtr = pp (assign) at assign_deref.go:43:13
assign_deref.go:40:2: x escapes to heap:
assign_deref.go:40:2:   flow: p = &x:
assign_deref.go:40:2:     from &x (address-of) at assign_deref.go:41:7
assign_deref.go:40:2:     from p := &x (assign) at assign_deref.go:41:4
assign_deref.go:40:2: moved to heap: x
assign_deref.go:41:2: moved to heap: p
assign_deref.go:47:16: pp does not escape
assign_deref.go:52:15: parameter pp leaks to ~r0 with derefs=1:
assign_deref.go:52:15:   flow: ~r0 = *pp:
assign_deref.go:52:15:     from *pp (indirection) at assign_deref.go:53:9
assign_deref.go:52:15:     from return *pp (return) at assign_deref.go:53:2
assign_deref.go:52:15: leaking param: pp to result ~r0 level=1
assign_deref.go:57:14: parameter ppp leaks to ~r0 with derefs=2:
assign_deref.go:57:14:   flow: ~r0 = **ppp:
assign_deref.go:57:14:     from *ppp (indirection) at assign_deref.go:58:10
assign_deref.go:57:14:     from *(*ppp) (indirection) at assign_deref.go:58:9
assign_deref.go:57:14:     from return *(*ppp) (return) at assign_deref.go:58:2
assign_deref.go:57:14: leaking param: ppp to result ~r0 level=2
assign_deref.go:62:29: parameter p leaks to {heap} with derefs=0:
assign_deref.go:62:29:   flow: {heap} = p:
assign_deref.go:62:29:     from *pp = p (assign) at assign_deref.go:63:6
assign_deref.go:62:19: pp does not escape
assign_deref.go:62:29: leaking param: p
assign_deref.go:68:2: x escapes to heap:
assign_deref.go:68:2:   flow: {heap} = &x:
assign_deref.go:68:2:     from &x (address-of) at assign_deref.go:69:8
assign_deref.go:68:2:     from *pp = &x (assign) at assign_deref.go:69:6
assign_deref.go:67:17: pp does not escape
assign_deref.go:68:2: moved to heap: x
assign_deref.go:73:11: parameter a leaks to {heap} with derefs=1:
assign_deref.go:73:11:   flow: {heap} = *a:
assign_deref.go:73:11:     from *a (indirection) at assign_deref.go:74:15
assign_deref.go:73:11:     from *a, *b = *b, *a (assign-pair) at assign_deref.go:74:9
assign_deref.go:73:14: parameter b leaks to {heap} with derefs=1:
assign_deref.go:73:14:   flow: {heap} = *b:
assign_deref.go:73:14:     from *b (indirection) at assign_deref.go:74:11
assign_deref.go:73:14:     from *a, *b = *b, *a (assign-pair) at assign_deref.go:74:9
assign_deref.go:73:11: leaking param content: a
assign_deref.go:73:14: leaking param content: b
assign_deref.go:78:18: parameter b leaks to ~r0 with derefs=0:
assign_deref.go:78:18:   flow: p = b:
assign_deref.go:78:18:     from p = b (assign) at assign_deref.go:80:4
assign_deref.go:78:18:   flow: ~r0 = p:
assign_deref.go:78:18:     from return p (return) at assign_deref.go:81:2
assign_deref.go:78:15: parameter a leaks to ~r0 with derefs=0:
assign_deref.go:78:15:   flow: p = a:
assign_deref.go:78:15:     from p := a (assign) at assign_deref.go:79:4
assign_deref.go:78:15:   flow: ~r0 = p:
assign_deref.go:78:15:     from return p (return) at assign_deref.go:81:2
assign_deref.go:78:15: leaking param: a to result ~r0 level=0
assign_deref.go:78:18: leaking param: b to result ~r0 level=0
assign_deref.go:85:18: parameter p leaks to ~r0 with derefs=0:
assign_deref.go:85:18:   flow: ~r0 = &p:
assign_deref.go:85:18:     from &p (address-of) at assign_deref.go:86:9
assign_deref.go:85:18:     from return &p (return) at assign_deref.go:86:2
assign_deref.go:85:18: p escapes to heap:
assign_deref.go:85:18:   flow: ~r0 = &p:
assign_deref.go:85:18:     from &p (address-of) at assign_deref.go:86:9
assign_deref.go:85:18:     from return &p (return) at assign_deref.go:86:2
assign_deref.go:85:18: moved to heap: p
assign_deref.go:90:17: p does not escape
assign_deref.go:95:16: parameter p leaks to ~r0 with derefs=0:
assign_deref.go:95:16:   flow: ~r0 = p:
assign_deref.go:95:16:     from *p (indirection) at assign_deref.go:96:10
assign_deref.go:95:16:     from &(*p) (address-of) at assign_deref.go:96:9
assign_deref.go:95:16:     from return &(*p) (return) at assign_deref.go:96:2
assign_deref.go:95:16: leaking param: p to result ~r0 level=0
assign_deref.go:104:12: parameter cs leaks to ~r0 with derefs=1:
assign_deref.go:104:12:   flow: c = cs:
assign_deref.go:104:12:     from cs[0] (dot of pointer) at assign_deref.go:105:10
assign_deref.go:104:12:     from &cs[0] (address-of) at assign_deref.go:105:7
assign_deref.go:104:12:     from c := &cs[0] (assign) at assign_deref.go:105:4
assign_deref.go:104:12:   flow: ~r0 = *c:
assign_deref.go:104:12:     from c.ptr (dot of pointer) at assign_deref.go:106:10
assign_deref.go:104:12:     from return c.ptr (return) at assign_deref.go:106:2
assign_deref.go:104:12: leaking param: cs to result ~r0 level=1
assign_deref.go:111:2: v escapes to heap:
assign_deref.go:111:2:   flow: ~r0 = &v:
assign_deref.go:111:2:     from &v (address-of) at assign_deref.go:112:9
assign_deref.go:111:2:     from return &v (return) at assign_deref.go:112:2
assign_deref.go:110:15: p does not escape
assign_deref.go:111:2: moved to heap: v
assign_deref.go:119:2: y escapes to heap:
assign_deref.go:119:2:   flow: {heap} = &y:
assign_deref.go:119:2:     from &y (address-of) at assign_deref.go:120:8
assign_deref.go:119:2:     from *pp = &y (assign) at assign_deref.go:120:6
assign_deref.go:119:2: moved to heap: y
assign_deref.go:125:5: b escapes to heap:
assign_deref.go:125:5:   flow: {heap} = &b:
assign_deref.go:125:5:     from &b (address-of) at assign_deref.go:135:19
assign_deref.go:125:5:     from storeThrough(&q, &b) (call parameter) at assign_deref.go:135:14
assign_deref.go:125:2: a escapes to heap:
assign_deref.go:125:2:   flow: {heap} = &a:
assign_deref.go:125:2:     from &a (address-of) at assign_deref.go:139:43
assign_deref.go:125:2:     from addrOfParam(&a) (call parameter) at assign_deref.go:139:42
assign_deref.go:125:2: moved to heap: a
assign_deref.go:125:5: moved to heap: b
assign_deref.go:141:39: []cell{...} does not escape
