params.go:17:14: p does not escape
params.go:22:18: parameter p leaks to {heap} with derefs=0:
params.go:22:18:   flow: {heap} = p:
params.go:22:18:     from sinkPtr = p (assign) at params.go:23:10
params.go:22:18: leaking param: p
params.go:27:15: parameter p leaks to ~r0 with derefs=0:
params.go:27:15:   flow: ~r0 = p:
params.go:27:15:     from return p (return) at params.go:28:2
params.go:27:15: leaking param: p to result ~r0 level=0
params.go:32:12: parameter pp leaks to ~r0 with derefs=1:
params.go:32:12:   flow: ~r0 = *pp:
params.go:32:12:     from *pp (indirection) at params.go:33:9
params.go:32:12:     from return *pp (return) at params.go:33:2
params.go:32:12: leaking param: pp to result ~r0 level=1
params.go:37:19: parameter pp leaks to {heap} with derefs=1:
params.go:37:19:   flow: {heap} = *pp:
params.go:37:19:     from *pp (indirection) at params.go:38:12
params.go:37:19:     from sinkPtr = *pp (assign) at params.go:38:10
params.go:37:19: leaking param content: pp
params.go:42:11: parameter a leaks to ~r1 with derefs=0:
params.go:42:11:   flow: ~r1 = a:
params.go:42:11:     from return b, a (return) at params.go:43:2
params.go:42:14: parameter b leaks to ~r0 with derefs=0:
params.go:42:14:   flow: ~r0 = b:
params.go:42:14:     from return b, a (return) at params.go:43:2
params.go:42:11: leaking param: a to result ~r1 level=0
params.go:42:14: leaking param: b to result ~r0 level=0
params.go:47:22: parameter b leaks to r with derefs=0:
params.go:47:22:   flow: r = b:
params.go:47:22:     from r = b (assign) at params.go:51:5
params.go:47:19: parameter a leaks to r with derefs=0:
params.go:47:19:   flow: r = a:
params.go:47:19:     from r = a (assign) at params.go:49:5
params.go:47:19: leaking param: a to result r level=0
params.go:47:22: leaking param: b to result r level=0
params.go:57:27: parameter src leaks to {heap} with derefs=0:
params.go:57:27:   flow: {heap} = src:
params.go:57:27:     from *dst = src (assign) at params.go:58:7
params.go:57:16: dst does not escape
params.go:57:27: leaking param: src
params.go:62:16: parameter p leaks to ~r0 with derefs=0:
params.go:62:16:   flow: ~r0 = p:
params.go:62:16:     from p.a (dot) at params.go:63:10
params.go:62:16:     from return p.a (return) at params.go:63:2
params.go:62:16: leaking param: p to result ~r0 level=0
params.go:66:16: parameter p leaks to {heap} with derefs=0:
params.go:66:16:   flow: {heap} = p:
params.go:66:16:     from sinkPair = p (assign) at params.go:67:11
params.go:66:16: leaking param: p
params.go:72:16: parameter p leaks to ~r0 with derefs=1:
params.go:72:16:   flow: ~r0 = *p:
params.go:72:16:     from p.b (dot of pointer) at params.go:73:10
params.go:72:16:     from return p.b (return) at params.go:73:2
params.go:72:16: leaking param: p to result ~r0 level=1
params.go:77:14: s does not escape
params.go:85:15: parameter s leaks to {heap} with derefs=0:
params.go:85:15:   flow: {heap} = s:
params.go:85:15:     from sinkInts = s (assign) at params.go:86:11
params.go:85:15: leaking param: s
params.go:89:11: parameter s leaks to ~r0 with derefs=0:
params.go:89:11:   flow: ~r0 = s:
params.go:89:11:     from s[1:] (slice) at params.go:90:10
params.go:89:11:     from return s[1:] (return) at params.go:90:2
params.go:89:11: leaking param: s to result ~r0 level=0
params.go:94:13: m does not escape
params.go:94:31: k does not escape
params.go:98:18: parameter m leaks to ~r0 with derefs=0:
params.go:98:18:   flow: ~r0 = m:
params.go:98:18:     from return m (return) at params.go:99:2
params.go:98:18: leaking param: m to result ~r0 level=0
params.go:103:16: parameter s leaks to ~r0 with derefs=0:
params.go:103:16:   flow: ~r0 = s:
params.go:103:16:     from s[:i] (slice) at params.go:106:12
params.go:103:16:     from return s[:i] (return) at params.go:106:4
params.go:103:16: leaking param: s to result ~r0 level=0
params.go:113:13: p does not escape
params.go:118:14: parameter p leaks to {heap} with derefs=0:
params.go:118:14:   flow: {heap} = p:
params.go:118:14:     from storeGlobal(p) (call parameter) at params.go:119:13
params.go:118:14: leaking param: p
params.go:123:18: p does not escape
params.go:128:18: x escapes to heap:
params.go:128:18:   flow: {heap} = &x:
params.go:128:18:     from &x (address-of) at params.go:129:12
params.go:128:18:     from sinkPtr = &x (assign) at params.go:129:10
params.go:128:18: moved to heap: x
params.go:133:18: parameter pp leaks to {heap} with derefs=0:
params.go:133:18:   flow: {heap} = pp:
params.go:133:18:     from sinkPtrPtr = pp (assign) at params.go:134:13
params.go:133:18: leaking param: pp
params.go:140:2: z escapes to heap:
params.go:140:2:   flow: {heap} = &z:
params.go:140:2:     from &z (address-of) at params.go:141:14
params.go:140:2:     from storeGlobal(&z) (call parameter) at params.go:141:13
params.go:151:2: v escapes to heap:
params.go:151:2:   flow: {heap} = &v:
params.go:151:2:     from &v (address-of) at params.go:152:18
params.go:151:2:     from storeInto(&dst, &v) (call parameter) at params.go:152:11
params.go:157:16: []int{...} escapes to heap:
params.go:157:16:   flow: {heap} = &{storage for []int{...}}:
params.go:157:16:     from []int{...} (spill) at params.go:157:16
params.go:157:16:     from keepInts([]int{...}) (call parameter) at params.go:157:10
params.go:162:2: u escapes to heap:
params.go:162:2:   flow: {heap} = &u:
params.go:162:2:     from &u (address-of) at params.go:163:10
params.go:162:2:     from forward(&u) (call parameter) at params.go:163:9
params.go:167:2: pq escapes to heap:
params.go:167:2:   flow: {heap} = &pq:
params.go:167:2:     from &pq (address-of) at params.go:168:14
params.go:167:2:     from storePtrPtr(&pq) (call parameter) at params.go:168:13
params.go:145:2: w escapes to heap:
params.go:145:2:   flow: pw = &w:
params.go:145:2:     from &w (address-of) at params.go:146:8
params.go:145:2:     from pw := &w (assign) at params.go:146:5
params.go:145:2:   flow: {heap} = pw:
params.go:145:2:     from &pw (address-of) at params.go:147:15
params.go:145:2:     from storeContent(&pw) (call parameter) at params.go:147:14
params.go:166:2: q escapes to heap:
params.go:166:2:   flow: pq = &q:
params.go:166:2:     from &q (address-of) at params.go:167:8
params.go:166:2:     from pq := &q (assign) at params.go:167:5
params.go:140:2: moved to heap: z
params.go:145:2: moved to heap: w
params.go:151:2: moved to heap: v
params.go:162:2: moved to heap: u
params.go:166:2: moved to heap: q
params.go:167:2: moved to heap: pq
params.go:155:21: &pair{...} does not escape
params.go:156:23: []int{...} does not escape
params.go:157:16: []int{...} escapes to heap
params.go:158:24: []int{...} does not escape
params.go:159:21: map[string]int{...} does not escape
