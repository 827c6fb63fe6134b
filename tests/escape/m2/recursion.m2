recursion.go:14:11: t does not escape
recursion.go:22:10: parameter t leaks to ~r0 with derefs=0:
recursion.go:22:10:   flow: ~r0 = t:
recursion.go:22:10:     from return t (return) at recursion.go:24:3
recursion.go:22:10: leaking param: t to result ~r0 level=0
recursion.go:30:13: parameter t leaks to {heap} with derefs=0:
recursion.go:30:13:   flow: ~r0 = t:
recursion.go:30:13:     from return t (return) at recursion.go:39:2
recursion.go:30:13:   flow: {heap} = ~r0:
recursion.go:30:13:     from t.left = insert(t.left, v) (assign) at recursion.go:35:10
recursion.go:32:10: &tree{...} escapes to heap:
recursion.go:32:10:   flow: ~r0 = &{storage for &tree{...}}:
recursion.go:32:10:     from &tree{...} (spill) at recursion.go:32:10
recursion.go:32:10:     from return &tree{...} (return) at recursion.go:32:3
recursion.go:32:10:   flow: {heap} = ~r0:
recursion.go:32:10:     from t.left = insert(t.left, v) (assign) at recursion.go:35:10
recursion.go:30:13: parameter t leaks to ~r0 with derefs=0:
recursion.go:30:13:   flow: ~r0 = t:
recursion.go:30:13:     from return t (return) at recursion.go:39:2
recursion.go:30:13: leaking param: t
recursion.go:32:10: &tree{...} escapes to heap
recursion.go:43:18: p does not escape
recursion.go:50:17: p does not escape
recursion.go:58:18: parameter t leaks to {heap} with derefs=0:
recursion.go:58:18:   flow: {heap} = t:
recursion.go:58:18:     from sinkTree = t (assign) at recursion.go:60:12
recursion.go:66:18: parameter t leaks to {heap} with derefs=0:
recursion.go:66:18:   flow: t = t:
recursion.go:66:18:     from ping(n, t) (call parameter) at recursion.go:67:6
recursion.go:66:18:   flow: {heap} = t:
recursion.go:66:18:     from sinkTree = t (assign) at recursion.go:60:12
recursion.go:58:18: leaking param: t
recursion.go:66:18: leaking param: t
recursion.go:71:19: acc does not escape
recursion.go:80:23: parameter out leaks to ~r0 with derefs=0:
recursion.go:80:23:   flow: ~r0 = out:
recursion.go:80:23:     from return out (return) at recursion.go:82:3
recursion.go:80:14: t does not escape
recursion.go:80:23: leaking param: out to result ~r0 level=0
recursion.go:90:12: chain capturing by value: n (addr=false assign=false width=8)
recursion.go:94:2: chain capturing by value: next (addr=false assign=false width=8)
recursion.go:95:9: func literal escapes to heap:
recursion.go:95:9:   flow: ~r0 = &{storage for func literal}:
recursion.go:95:9:     from func literal (spill) at recursion.go:95:9
recursion.go:95:9:     from return func literal (return) at recursion.go:95:2
recursion.go:92:10: func literal escapes to heap:
recursion.go:92:10:   flow: ~r0 = &{storage for func literal}:
recursion.go:92:10:     from func literal (spill) at recursion.go:92:10
recursion.go:92:10:     from return func literal (return) at recursion.go:92:3
recursion.go:90:12: parameter n leaks to {storage for func literal} with derefs=0:
recursion.go:90:12:   flow: {storage for func literal} = n:
recursion.go:90:12:     from n (captured by a closure) at recursion.go:95:29
recursion.go:92:10: func literal escapes to heap
recursion.go:95:9: func literal escapes to heap
recursion.go:99:18: buf does not escape
recursion.go:115:10: &tree{} escapes to heap:
recursion.go:115:10:   flow: {heap} = &{storage for &tree{}}:
recursion.go:115:10:     from &tree{} (spill) at recursion.go:115:10
recursion.go:115:10:     from ping(2, &tree{}) (call parameter) at recursion.go:115:6
recursion.go:109:25: []int{...} does not escape
recursion.go:115:10: &tree{} escapes to heap
