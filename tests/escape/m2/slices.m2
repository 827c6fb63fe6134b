slices.go:11:11: make([]int, 8) does not escape
slices.go:18:11: make([]int, n) escapes to heap:
slices.go:18:11:   flow: {heap} = &{storage for make([]int, n)}:
slices.go:18:11:     from make([]int, n) (non-constant size) at slices.go:18:11
slices.go:18:11: make([]int, n) escapes to heap
slices.go:24:11: make([]int, 0, n) escapes to heap:
slices.go:24:11:   flow: {heap} = &{storage for make([]int, 0, n)}:
slices.go:24:11:     from make([]int, 0, n) (non-constant size) at slices.go:24:11
slices.go:24:11: make([]int, 0, n) escapes to heap
slices.go:31:13: make([]int, 4) escapes to heap:
slices.go:31:13:   flow: ~r0 = &{storage for make([]int, 4)}:
slices.go:31:13:     from make([]int, 4) (spill) at slices.go:31:13
slices.go:31:13:     from return make([]int, 4) (return) at slices.go:31:2
slices.go:31:13: make([]int, 4) escapes to heap
slices.go:36:19: []int{...} escapes to heap:
slices.go:36:19:   flow: {heap} = &{storage for []int{...}}:
slices.go:36:19:     from []int{...} (spill) at slices.go:36:19
slices.go:36:19:     from sinkSlice = []int{...} (assign) at slices.go:36:12
slices.go:36:19: []int{...} escapes to heap
slices.go:49:18: parameter s leaks to ~r0 with derefs=0:
slices.go:49:18:   flow: ~r0 = s:
slices.go:49:18:     from append(s, v) (call parameter) at slices.go:50:15
slices.go:49:18:     from return append(s, v) (return) at slices.go:50:2
slices.go:49:18: leaking param: s to result ~r0 level=0
slices.go:54:26: parameter p leaks to {heap} with derefs=0:
slices.go:54:26:   flow: {heap} = p:
slices.go:54:26:     from append(s, p) (call parameter) at slices.go:55:15
slices.go:54:16: parameter s leaks to {heap} with derefs=1:
slices.go:54:16:   flow: {temp} = s:
slices.go:54:16:     from append(s, p) (call parameter) at slices.go:55:15
slices.go:54:16:   flow: {heap} = *{temp}:
slices.go:54:16:     from append(s, p) (appendee slice) at slices.go:55:15
slices.go:54:16: parameter s leaks to ~r0 with derefs=0:
slices.go:54:16:   flow: {temp} = s:
slices.go:54:16:     from append(s, p) (call parameter) at slices.go:55:15
slices.go:54:16:   flow: ~r0 = {temp}:
slices.go:54:16:     from return append(s, p) (return) at slices.go:55:2
slices.go:54:16: leaking param content: s
slices.go:54:16: leaking param: s to result ~r0 level=0
slices.go:54:26: leaking param: p
slices.go:65:2: x escapes to heap:
slices.go:65:2:   flow: {heap} = &x:
slices.go:65:2:     from &x (address-of) at slices.go:66:30
slices.go:65:2:     from append(sinkPtrs, &x) (call parameter) at slices.go:66:19
slices.go:65:2: moved to heap: x
slices.go:70:15: dst does not escape
slices.go:70:20: src does not escape
slices.go:83:6: a escapes to heap:
slices.go:83:6:   flow: {heap} = &a:
slices.go:83:6:     from a (address-of) at slices.go:84:14
slices.go:83:6:     from a[:] (slice) at slices.go:84:15
slices.go:83:6:     from sinkSlice = a[:] (assign) at slices.go:84:12
slices.go:83:6: moved to heap: a
slices.go:88:20: parameter p leaks to ~r0 with derefs=0:
slices.go:88:20:   flow: ~r0 = p:
slices.go:88:20:     from p[1:3] (slice) at slices.go:89:10
slices.go:88:20:     from return p[1:3] (return) at slices.go:89:2
slices.go:88:20: leaking param: p to result ~r0 level=0
slices.go:93:11: parameter s leaks to ~r0 with derefs=1:
slices.go:93:11:   flow: ~r0 = *s:
slices.go:93:11:     from s[i] (dot of pointer) at slices.go:94:10
slices.go:93:11:     from return s[i] (return) at slices.go:94:2
slices.go:93:11: leaking param: s to result ~r0 level=1
slices.go:98:24: parameter p leaks to {heap} with derefs=0:
slices.go:98:24:   flow: {heap} = p:
slices.go:98:24:     from s[0] = p (assign) at slices.go:99:7
slices.go:98:14: s does not escape
slices.go:98:24: leaking param: p
slices.go:106:14: make([]int, n) escapes to heap:
slices.go:106:14:   flow: {heap} = &{storage for make([]int, n)}:
slices.go:106:14:     from make([]int, n) (spill) at slices.go:106:14
slices.go:106:14:     from g[i] = make([]int, n) (assign) at slices.go:106:8
slices.go:104:11: make([][]int, n) escapes to heap:
slices.go:104:11:   flow: {heap} = &{storage for make([][]int, n)}:
slices.go:104:11:     from make([][]int, n) (non-constant size) at slices.go:104:11
slices.go:106:14: make([]int, n) escapes to heap:
slices.go:106:14:   flow: {heap} = &{storage for make([]int, n)}:
slices.go:106:14:     from make([]int, n) (non-constant size) at slices.go:106:14
slices.go:104:11: make([][]int, n) escapes to heap
slices.go:106:14: make([]int, n) escapes to heap
slices.go:112:12: parameter s leaks to ~r0 with derefs=0:
slices.go:112:12:   flow: ~r0 = s:
slices.go:112:12:     from s[:1:1] (slice) at slices.go:113:10
slices.go:112:12:     from return s[:1:1] (return) at slices.go:113:2
slices.go:112:12: leaking param: s to result ~r0 level=0
slices.go:119:14: []*int{...} does not escape
slices.go:127:2: y escapes to heap:
slices.go:127:2:   flow: {heap} = &y:
slices.go:127:2:     from &y (address-of) at slices.go:128:29
slices.go:127:2:     from appendPtr(nil, &y) (call parameter) at slices.go:128:23
slices.go:135:2: z escapes to heap:
slices.go:135:2:   flow: {heap} = &z:
slices.go:135:2:     from &z (address-of) at slices.go:138:14
slices.go:135:2:     from setElem(ps, &z) (call parameter) at slices.go:138:9
slices.go:127:2: moved to heap: y
slices.go:135:2: moved to heap: z
slices.go:131:23: make([]int, 2) does not escape
slices.go:131:40: []int{...} does not escape
slices.go:136:14: []*int{...} does not escape
slices.go:139:39: []int{...} does not escape
