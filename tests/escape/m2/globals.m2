globals.go:37:2: x escapes to heap:
globals.go:37:2:   flow: {heap} = &x:
globals.go:37:2:     from &x (address-of) at globals.go:38:9
globals.go:37:2:     from gPtr = &x (assign) at globals.go:38:7
globals.go:37:2: moved to heap: x
globals.go:42:15: parameter p leaks to {heap} with derefs=0:
globals.go:42:15:   flow: {heap} = p:
globals.go:42:15:     from gConfig.limit = p (assign) at globals.go:43:16
globals.go:42:15: leaking param: p
globals.go:48:12: &config{...} escapes to heap:
globals.go:48:12:   flow: {heap} = &{storage for &config{...}}:
globals.go:48:12:     from &config{...} (spill) at globals.go:48:12
globals.go:48:12:     from gCfgPtr = &config{...} (assign) at globals.go:48:10
globals.go:47:16: parameter name leaks to {storage for &config{...}} with derefs=0:
globals.go:47:16:   flow: {storage for &config{...}} = name:
globals.go:47:16:     from config{...} (struct literal element) at globals.go:48:19
globals.go:47:16: leaking param: name
globals.go:48:12: &config{...} escapes to heap
globals.go:53:2: y escapes to heap:
globals.go:53:2:   flow: {heap} = &y:
globals.go:53:2:     from &y (address-of) at globals.go:54:26
globals.go:53:2:     from append(gSlice, &y) (call parameter) at globals.go:54:17
globals.go:53:2: moved to heap: y
globals.go:59:2: v escapes to heap:
globals.go:59:2:   flow: {heap} = &v:
globals.go:59:2:     from &v (address-of) at globals.go:60:15
globals.go:59:2:     from gMap[name] = &v (assign) at globals.go:60:13
globals.go:58:15: parameter name leaks to {heap} with derefs=0:
globals.go:58:15:   flow: {heap} = name:
globals.go:58:15:     from gMap[name] (key of map put) at globals.go:60:6
globals.go:58:15: leaking param: name
globals.go:59:2: moved to heap: v
globals.go:65:10: func literal escapes to heap:
globals.go:65:10:   flow: {heap} = &{storage for func literal}:
globals.go:65:10:     from func literal (spill) at globals.go:65:10
globals.go:65:10:     from gFunc = func literal (assign) at globals.go:65:8
globals.go:64:14: setFunc capturing by value: k (addr=false assign=false width=8)
globals.go:64:14: parameter k leaks to {storage for func literal} with derefs=0:
globals.go:64:14:   flow: {storage for func literal} = k:
globals.go:64:14:     from k (captured by a closure) at globals.go:65:30
globals.go:65:10: func literal escapes to heap
globals.go:70:2: s escapes to heap:
globals.go:70:2:   flow: {heap} = &{storage for s}:
globals.go:70:2:     from s (spill) at globals.go:70:2
globals.go:70:2:     from gAny = s (assign) at globals.go:70:7
globals.go:69:13: parameter s leaks to {storage for s} with derefs=0:
globals.go:69:13:   flow: {storage for s} = s:
globals.go:69:13:     from s (interface-converted) at globals.go:70:2
globals.go:69:13: leaking param: s
globals.go:70:2: s escapes to heap
globals.go:75:2: z escapes to heap:
globals.go:75:2:   flow: {heap} = &z:
globals.go:75:2:     from &z (address-of) at globals.go:76:14
globals.go:75:2:     from gArr[i % 4] = &z (assign) at globals.go:76:12
globals.go:75:2: moved to heap: z
globals.go:110:2: l escapes to heap:
globals.go:110:2:   flow: {heap} = &l:
globals.go:110:2:     from &l (address-of) at globals.go:111:11
globals.go:110:2:     from setLimit(&l) (call parameter) at globals.go:111:10
globals.go:110:2: moved to heap: l
globals.go:19:27: map[string]*int{} escapes to heap:
globals.go:19:27:   flow: {heap} = &{storage for map[string]*int{}}:
globals.go:19:27:     from map[string]*int{} (spill) at globals.go:19:27
globals.go:19:27:     from gMap = map[string]*int{} (assign) at globals.go:19:2
globals.go:19:27: map[string]*int{} escapes to heap
