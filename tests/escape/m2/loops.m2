loops.go:16:3: x escapes to heap:
loops.go:16:3:   flow: p = &x:
loops.go:16:3:     from &x (address-of) at loops.go:17:7
loops.go:16:3:     from p = &x (assign) at loops.go:17:5
loops.go:16:3: moved to heap: x
loops.go:37:10: &node{...} escapes to heap:
loops.go:37:10:   flow: head = &{storage for &node{...}}:
loops.go:37:10:     from &node{...} (spill) at loops.go:37:10
loops.go:37:10:     from head = &node{...} (assign) at loops.go:37:8
loops.go:37:10:   flow: p = head:
loops.go:37:10:     from p := head (assign) at loops.go:40:8
loops.go:37:10: &node{...} escapes to heap
loops.go:50:8: &node{...} does not escape
loops.go:60:13: new(int) escapes to heap:
loops.go:60:13:   flow: last = &{storage for new(int)}:
loops.go:60:13:     from new(int) (spill) at loops.go:60:13
loops.go:60:13:     from last = new(int) (assign) at loops.go:60:8
loops.go:60:13: new(int) escapes to heap
loops.go:69:14: make([]byte, 16) does not escape
loops.go:78:6: i escapes to heap:
loops.go:78:6:   flow: keep = &i:
loops.go:78:6:     from &i (address-of) at loops.go:80:11
loops.go:78:6:     from keep = &i (assign) at loops.go:80:9
loops.go:78:6:   flow: ~r0 = keep:
loops.go:78:6:     from return keep (return) at loops.go:83:2
loops.go:78:6: moved to heap: i
loops.go:89:9: x escapes to heap:
loops.go:89:9:   flow: {heap} = &x:
loops.go:89:9:     from &x (address-of) at loops.go:90:19
loops.go:89:9:     from append(ps, &x) (call parameter) at loops.go:90:14
loops.go:87:17: parameter xs leaks to x with derefs=1:
loops.go:87:17:   flow: {temp} = xs:
loops.go:87:17:   flow: x = *{temp}:
loops.go:87:17:     from for loop (range-deref) at loops.go:89:14
loops.go:87:17: leaking param content: xs
loops.go:89:9: moved to heap: x
loops.go:100:19: func literal escapes to heap:
loops.go:100:19:   flow: {heap} = &{storage for func literal}:
loops.go:100:19:     from func literal (spill) at loops.go:100:19
loops.go:100:19:     from append(fs, func literal) (call parameter) at loops.go:100:14
loops.go:99:3: closuresInLoop capturing by value: j (addr=false assign=false width=8)
loops.go:100:19: func literal escapes to heap
loops.go:108:6: closureEachIteration capturing by ref: i (addr=false assign=true width=8)
loops.go:109:8: func literal does not escape
loops.go:131:11: n does not escape
loops.go:141:56: []int{...} does not escape
loops.go:142:50: &node{...} does not escape
