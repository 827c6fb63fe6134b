results.go:13:2: x escapes to heap:
results.go:13:2:   flow: ~r0 = &x:
results.go:13:2:     from &x (address-of) at results.go:14:9
results.go:13:2:     from return &x (return) at results.go:14:2
results.go:13:2: moved to heap: x
results.go:19:12: new(node) escapes to heap:
results.go:19:12:   flow: ~r0 = &{storage for new(node)}:
results.go:19:12:     from new(node) (spill) at results.go:19:12
results.go:19:12:     from return new(node) (return) at results.go:19:2
results.go:19:12: new(node) escapes to heap
results.go:24:9: &node{...} escapes to heap:
results.go:24:9:   flow: ~r0 = &{storage for &node{...}}:
results.go:24:9:     from &node{...} (spill) at results.go:24:9
results.go:24:9:     from return &node{...} (return) at results.go:24:2
results.go:23:22: parameter next leaks to {storage for &node{...}} with derefs=0:
results.go:23:22:   flow: {storage for &node{...}} = next:
results.go:23:22:     from node{...} (struct literal element) at results.go:24:14
results.go:23:22: leaking param: next
results.go:24:9: &node{...} escapes to heap
results.go:29:7: &node{...} does not escape
results.go:35:6: arr escapes to heap:
results.go:35:6:   flow: ~r0 = &arr:
results.go:35:6:     from arr (address-of) at results.go:37:9
results.go:35:6:     from arr[:] (slice) at results.go:37:12
results.go:35:6:     from return arr[:] (return) at results.go:37:2
results.go:35:6: moved to heap: arr
results.go:49:14: []int{...} escapes to heap:
results.go:49:14:   flow: ~r0 = &{storage for []int{...}}:
results.go:49:14:     from []int{...} (spill) at results.go:49:14
results.go:49:14:     from return []int{...} (return) at results.go:49:2
results.go:49:14: []int{...} escapes to heap
results.go:53:23: map[int]string{...} escapes to heap:
results.go:53:23:   flow: ~r0 = &{storage for map[int]string{...}}:
results.go:53:23:     from map[int]string{...} (spill) at results.go:53:23
results.go:53:23:     from return map[int]string{...} (return) at results.go:53:2
results.go:53:23: map[int]string{...} escapes to heap
results.go:57:21: namedResult capturing by ref: n (addr=false assign=true width=8)
results.go:58:9: func literal does not escape
results.go:65:9: new(int) escapes to heap:
results.go:65:9:   flow: p = &{storage for new(int)}:
results.go:65:9:     from new(int) (spill) at results.go:65:9
results.go:65:9:     from p = new(int) (assign) at results.go:65:4
results.go:65:9: new(int) escapes to heap
results.go:72:15: new(int) escapes to heap:
results.go:72:15:   flow: ~r1 = &{storage for new(int)}:
results.go:72:15:     from new(int) (spill) at results.go:72:15
results.go:72:15:     from return q, new(int) (return) at results.go:72:2
results.go:71:17: parameter q leaks to ~r0 with derefs=0:
results.go:71:17:   flow: ~r0 = q:
results.go:71:17:     from return q, new(int) (return) at results.go:72:2
results.go:71:17: leaking param: q to result ~r0 level=0
results.go:72:15: new(int) escapes to heap
results.go:81:2: v escapes to heap:
results.go:81:2:   flow: ~r0 = &v:
results.go:81:2:     from &v (address-of) at results.go:82:19
results.go:81:2:     from holder{...} (struct literal element) at results.go:82:15
results.go:81:2:     from return holder{...} (return) at results.go:82:2
results.go:81:2: moved to heap: v
results.go:95:2: p escapes to heap:
results.go:95:2:   flow: ~r0 = &p:
results.go:95:2:     from &p (address-of) at results.go:96:9
results.go:95:2:     from return &p (return) at results.go:96:2
results.go:95:2: moved to heap: p
results.go:108:7: e does not escape
results.go:111:9: &myErr{...} escapes to heap:
results.go:111:9:   flow: ~r0 = &{storage for &myErr{...}}:
results.go:111:9:     from &myErr{...} (spill) at results.go:111:9
results.go:111:9:     from &myErr{...} (interface-converted) at results.go:111:9
results.go:111:9:     from return &myErr{...} (return) at results.go:111:2
results.go:111:9: &myErr{...} escapes to heap
