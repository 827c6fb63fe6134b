maps.go:10:17: parameter words leaks to {heap} with derefs=1:
maps.go:10:17:   flow: {temp} = words:
maps.go:10:17:   flow: w = *{temp}:
maps.go:10:17:     from for loop (range-deref) at maps.go:12:14
maps.go:10:17:   flow: {heap} = w:
maps.go:10:17:     from m[w] (key of map put) at maps.go:13:4
maps.go:10:17: leaking param content: words
maps.go:11:11: make(map[string]int) does not escape
maps.go:20:11: make(map[int]int, n) does not escape
maps.go:27:23: map[string]int{...} escapes to heap:
maps.go:27:23:   flow: ~r0 = &{storage for map[string]int{...}}:
maps.go:27:23:     from map[string]int{...} (spill) at maps.go:27:23
maps.go:27:23:     from return map[string]int{...} (return) at maps.go:27:2
maps.go:27:23: map[string]int{...} escapes to heap
maps.go:32:16: make(map[string]int) escapes to heap:
maps.go:32:16:   flow: {heap} = &{storage for make(map[string]int)}:
maps.go:32:16:     from make(map[string]int) (spill) at maps.go:32:16
maps.go:32:16:     from sinkMap = make(map[string]int) (assign) at maps.go:32:10
maps.go:32:16: make(map[string]int) escapes to heap
maps.go:38:2: x escapes to heap:
maps.go:38:2:   flow: {heap} = &x:
maps.go:38:2:     from &x (address-of) at maps.go:39:28
maps.go:38:2:     from map[string]*int{...} (map literal value) at maps.go:39:22
maps.go:38:2: moved to heap: x
maps.go:39:22: map[string]*int{...} does not escape
maps.go:45:2: k escapes to heap:
maps.go:45:2:   flow: {heap} = &k:
maps.go:45:2:     from &k (address-of) at maps.go:47:4
maps.go:45:2:     from m[&k] (key of map put) at maps.go:47:3
maps.go:45:2: moved to heap: k
maps.go:46:20: map[*int]bool{} does not escape
maps.go:52:39: parameter v leaks to {heap} with derefs=0:
maps.go:52:39:   flow: {heap} = v:
maps.go:52:39:     from m[k] = v (assign) at maps.go:53:7
maps.go:52:29: parameter k leaks to {heap} with derefs=0:
maps.go:52:29:   flow: {heap} = k:
maps.go:52:29:     from m[k] (key of map put) at maps.go:53:3
maps.go:52:10: m does not escape
maps.go:52:29: leaking param: k
maps.go:52:39: leaking param: v
maps.go:57:10: m does not escape
maps.go:57:29: k does not escape
maps.go:62:15: parameter m leaks to {heap} with derefs=1:
maps.go:62:15:   flow: {temp} = m:
maps.go:62:15:   flow: v = *{temp}:
maps.go:62:15:     from for loop (range-deref) at maps.go:63:14
maps.go:62:15:   flow: {heap} = v:
maps.go:62:15:     from sinkPtr = v (assign) at maps.go:64:11
maps.go:62:15: leaking param content: m
maps.go:70:13: xs does not escape
maps.go:71:21: map[bool][]int{} does not escape
maps.go:79:13: m does not escape
maps.go:79:31: b does not escape
maps.go:80:18: string(b) does not escape
maps.go:84:10: m does not escape
maps.go:84:28: b does not escape
maps.go:85:19: string(b) does not escape
maps.go:94:32: s escapes to heap:
maps.go:94:32:   flow: {heap} = &s:
maps.go:94:32:     from &s (address-of) at maps.go:95:26
maps.go:94:32:     from entry{...} (struct literal element) at maps.go:95:19
maps.go:94:32:     from m[len(s)] = entry{...} (assign) at maps.go:95:12
maps.go:94:15: m does not escape
maps.go:94:32: moved to heap: s
maps.go:101:26: map[string]int{...} escapes to heap:
maps.go:101:26:   flow: {heap} = &{storage for map[string]int{...}}:
maps.go:101:26:     from map[string]int{...} (spill) at maps.go:101:26
maps.go:101:26:     from mm["a"] = map[string]int{...} (assign) at maps.go:101:10
maps.go:100:33: map[string]map[string]int{} does not escape
maps.go:101:26: map[string]int{...} escapes to heap
maps.go:110:2: v escapes to heap:
maps.go:110:2:   flow: {heap} = &v:
maps.go:110:2:     from &v (address-of) at maps.go:111:14
maps.go:110:2:     from put(m, "v", &v) (call parameter) at maps.go:111:5
maps.go:110:2: v escapes to heap:
maps.go:110:2:   flow: {heap} = &v:
maps.go:110:2:     from &v (address-of) at maps.go:113:27
maps.go:110:2:     from map[int]*int{...} (map literal value) at maps.go:113:23
maps.go:110:2: moved to heap: v
maps.go:106:29: []string{...} does not escape
maps.go:109:22: map[string]*int{} does not escape
maps.go:113:23: map[int]*int{...} does not escape
maps.go:114:22: []int{...} does not escape
maps.go:115:22: map[string]int{...} does not escape
maps.go:116:19: ([]byte)("ab") does not escape
maps.go:117:24: ([]byte)("ab") does not escape
maps.go:118:24: map[int]entry{} does not escape
