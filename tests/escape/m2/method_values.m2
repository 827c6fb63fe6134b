method_values.go:9:7: a does not escape
method_values.go:22:7: &acc{} does not escape
method_values.go:23:8: a.add does not escape
method_values.go:31:12: a.add escapes to heap:
method_values.go:31:12:   flow: {heap} = &{storage for a.add}:
method_values.go:31:12:     from a.add (spill) at method_values.go:31:12
method_values.go:31:12:     from sinkFn = a.add (assign) at method_values.go:31:9
method_values.go:30:7: &acc{} escapes to heap:
method_values.go:30:7:   flow: a = &{storage for &acc{}}:
method_values.go:30:7:     from &acc{} (spill) at method_values.go:30:7
method_values.go:30:7:     from a := &acc{} (assign) at method_values.go:30:4
method_values.go:30:7:   flow: {temp} = a:
method_values.go:30:7:   flow: {storage for a.add} = {temp}:
method_values.go:30:7: &acc{} escapes to heap
method_values.go:31:12: a.add escapes to heap
method_values.go:37:13: a.get escapes to heap:
method_values.go:37:13:   flow: {heap} = &{storage for a.get}:
method_values.go:37:13:     from a.get (spill) at method_values.go:37:13
method_values.go:37:13:     from sinkGet = a.get (assign) at method_values.go:37:10
method_values.go:37:13: a.get escapes to heap
method_values.go:42:10: a.add escapes to heap:
method_values.go:42:10:   flow: ~r0 = &{storage for a.add}:
method_values.go:42:10:     from a.add (spill) at method_values.go:42:10
method_values.go:42:10:     from return a.add (return) at method_values.go:42:2
method_values.go:41:12: parameter a leaks to {storage for a.add} with derefs=0:
method_values.go:41:12:   flow: {temp} = a:
method_values.go:41:12:   flow: {storage for a.add} = {temp}:
method_values.go:41:12: leaking param: a
method_values.go:42:10: a.add escapes to heap
method_values.go:48:10: a.add escapes to heap:
method_values.go:48:10:   flow: ~r0 = &{storage for a.add}:
method_values.go:48:10:     from a.add (spill) at method_values.go:48:10
method_values.go:48:10:     from return a.add (return) at method_values.go:48:2
method_values.go:47:6: a escapes to heap:
method_values.go:47:6:   flow: {temp} = &a:
method_values.go:47:6:     from a (address-of) at method_values.go:48:10
method_values.go:47:6:   flow: {storage for a.add} = {temp}:
method_values.go:47:6: moved to heap: a
method_values.go:48:10: a.add escapes to heap
method_values.go:52:12: f does not escape
method_values.go:58:9: a.add does not escape
method_values.go:63:17: parameter ad leaks to {heap} with derefs=0:
method_values.go:63:17:   flow: {temp} = ad:
method_values.go:63:17:   flow: {heap} = {temp}:
method_values.go:64:11: ad.add escapes to heap:
method_values.go:64:11:   flow: ~r0 = &{storage for ad.add}:
method_values.go:64:11:     from ad.add (spill) at method_values.go:64:11
method_values.go:64:11:     from return ad.add (return) at method_values.go:64:2
method_values.go:63:17: parameter ad leaks to {storage for ad.add} with derefs=0:
method_values.go:63:17:   flow: {temp} = ad:
method_values.go:63:17:   flow: {storage for ad.add} = {temp}:
method_values.go:63:17: leaking param: ad
method_values.go:64:11: ad.add escapes to heap
method_values.go:67:17: parameter ad leaks to {heap} with derefs=0:
method_values.go:67:17:   flow: {temp} = ad:
method_values.go:67:17:   flow: {heap} = {temp}:
method_values.go:67:17: leaking param: ad
method_values.go:68:9: ad.add does not escape
method_values.go:84:12: func literal escapes to heap:
method_values.go:84:12:   flow: {heap} = &{storage for func literal}:
method_values.go:84:12:     from func literal (spill) at method_values.go:84:12
method_values.go:84:12:     from sinkGet = func literal (assign) at method_values.go:84:10
method_values.go:83:2: storeExpr capturing by value: g (addr=false assign=false width=8)
method_values.go:84:12: func literal escapes to heap
method_values.go:89:7: &acc{} does not escape
method_values.go:90:19: []func(int){...} does not escape
method_values.go:90:21: a.add does not escape
method_values.go:90:28: a.add does not escape
method_values.go:101:7: &acc{} escapes to heap:
method_values.go:101:7:   flow: x = &{storage for &acc{}}:
method_values.go:101:7:     from &acc{} (spill) at method_values.go:101:7
method_values.go:101:7:     from x := &acc{} (assign) at method_values.go:101:4
method_values.go:101:7:   flow: {heap} = x:
method_values.go:101:7:     from bound(x) (call parameter) at method_values.go:102:7
method_values.go:101:7: &acc{} escapes to heap
