interfaces.go:19:7: r does not escape
interfaces.go:26:2: x escapes to heap:
interfaces.go:26:2:   flow: {heap} = &{storage for x}:
interfaces.go:26:2:     from x (spill) at interfaces.go:26:2
interfaces.go:26:2:     from sinkAny = x (assign) at interfaces.go:26:10
interfaces.go:26:2: x escapes to heap
interfaces.go:31:22: x does not escape
interfaces.go:36:16: parameter r leaks to {heap} with derefs=0:
interfaces.go:36:16:   flow: {heap} = r:
interfaces.go:36:16:     from r (interface-converted) at interfaces.go:37:2
interfaces.go:36:16:     from sinkShape = r (assign) at interfaces.go:37:12
interfaces.go:36:16: leaking param: r
interfaces.go:42:9: s escapes to heap:
interfaces.go:42:9:   flow: ~r0 = &{storage for s}:
interfaces.go:42:9:     from s (spill) at interfaces.go:42:9
interfaces.go:42:9:     from return s (return) at interfaces.go:42:2
interfaces.go:42:9: s escapes to heap
interfaces.go:47:9: &rect{...} escapes to heap:
interfaces.go:47:9:   flow: ~r0 = &{storage for &rect{...}}:
interfaces.go:47:9:     from &rect{...} (spill) at interfaces.go:47:9
interfaces.go:47:9:     from &rect{...} (interface-converted) at interfaces.go:47:9
interfaces.go:47:9:     from return &rect{...} (return) at interfaces.go:47:2
interfaces.go:47:9: &rect{...} escapes to heap
interfaces.go:51:13: parameter s leaks to {heap} with derefs=0:
interfaces.go:51:13:   flow: {heap} = s:
interfaces.go:51:13:     from s.area() (call parameter) at interfaces.go:52:15
interfaces.go:51:13: leaking param: s
interfaces.go:59:15: sq escapes to heap:
interfaces.go:59:15:   flow: {heap} = &{storage for sq}:
interfaces.go:59:15:     from sq (spill) at interfaces.go:59:15
interfaces.go:59:15:     from areaOf(sq) (call parameter) at interfaces.go:59:15
interfaces.go:58:2: r escapes to heap:
interfaces.go:58:2:   flow: {heap} = &r:
interfaces.go:58:2:     from &r (address-of) at interfaces.go:59:29
interfaces.go:58:2:     from &r (interface-converted) at interfaces.go:59:29
interfaces.go:58:2:     from areaOf(&r) (call parameter) at interfaces.go:59:28
interfaces.go:58:2: moved to heap: r
interfaces.go:59:15: sq escapes to heap
interfaces.go:63:13: v does not escape
interfaces.go:71:17: parameter v leaks to ~r0 with derefs=0:
interfaces.go:71:17:   flow: r = v:
interfaces.go:71:17:     from v.(*rect) (dot) at interfaces.go:72:11
interfaces.go:71:17:     from r, _ := v.(*rect) (assign-pair-dot-type) at interfaces.go:72:7
interfaces.go:71:17:   flow: ~r0 = r:
interfaces.go:71:17:     from return r (return) at interfaces.go:73:2
interfaces.go:71:17: leaking param: v to result ~r0 level=0
interfaces.go:77:15: parameter v leaks to ~r0 with derefs=1:
interfaces.go:77:15:   flow: {temp} = v:
interfaces.go:77:15:   flow: x = *{temp}:
interfaces.go:77:15:     from case string: return x (switch case) at interfaces.go:84:2
interfaces.go:77:15:   flow: ~r0 = x:
interfaces.go:77:15:     from return x (return) at interfaces.go:85:3
interfaces.go:77:15: leaking param: v to result ~r0 level=1
interfaces.go:106:17: codeErr{...} escapes to heap:
interfaces.go:106:17:   flow: ~r0 = &{storage for codeErr{...}}:
interfaces.go:106:17:     from codeErr{...} (spill) at interfaces.go:106:17
interfaces.go:106:17:     from return codeErr{...} (return) at interfaces.go:106:3
interfaces.go:106:17: codeErr{...} escapes to heap
interfaces.go:112:12: parameter s leaks to ~r0 with derefs=0:
interfaces.go:112:12:   flow: ~r0 = s:
interfaces.go:112:12:     from s (interface-converted) at interfaces.go:113:9
interfaces.go:112:12:     from return s (return) at interfaces.go:113:2
interfaces.go:112:12: leaking param: s to result ~r0 level=0
interfaces.go:117:12: v does not escape
interfaces.go:127:9: &box{...} escapes to heap:
interfaces.go:127:9:   flow: ~r0 = &{storage for &box{...}}:
interfaces.go:127:9:     from &box{...} (spill) at interfaces.go:127:9
interfaces.go:127:9:     from return &box{...} (return) at interfaces.go:127:2
interfaces.go:127:21: n escapes to heap:
interfaces.go:127:21:   flow: {storage for &box{...}} = &{storage for n}:
interfaces.go:127:21:     from n (spill) at interfaces.go:127:21
interfaces.go:127:21:     from box{...} (struct literal element) at interfaces.go:127:13
interfaces.go:127:9: &box{...} escapes to heap
interfaces.go:127:21: n escapes to heap
interfaces.go:130:15: s does not escape
interfaces.go:131:18: s does not escape
interfaces.go:141:12: &rect{...} escapes to heap:
interfaces.go:141:12:   flow: {heap} = &{storage for &rect{...}}:
interfaces.go:141:12:     from &rect{...} (spill) at interfaces.go:141:12
interfaces.go:141:12:     from storeRect(&rect{...}) (call parameter) at interfaces.go:141:11
interfaces.go:141:12: &rect{...} escapes to heap
interfaces.go:143:17: 5 does not escape
interfaces.go:143:54: "s" does not escape
interfaces.go:143:69: 1 does not escape
interfaces.go:145:22: square{...} does not escape
