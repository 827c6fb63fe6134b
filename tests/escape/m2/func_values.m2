func_values.go:18:11: p does not escape
func_values.go:28:2: x escapes to heap:
func_values.go:28:2:   flow: {heap} = &x:
func_values.go:28:2:     from &x (address-of) at func_values.go:29:4
func_values.go:28:2:     from f(&x) (call parameter) at func_values.go:29:3
func_values.go:27:18: f does not escape
func_values.go:28:2: moved to heap: x
func_values.go:48:2: w escapes to heap:
func_values.go:48:2:   flow: {heap} = &w:
func_values.go:48:2:     from &w (address-of) at func_values.go:49:4
func_values.go:48:2:     from g(&w) (call parameter) at func_values.go:49:3
func_values.go:46:12: p does not escape
func_values.go:48:2: moved to heap: w
func_values.go:46:7: func literal does not escape
func_values.go:54:12: f does not escape
func_values.go:59:12: parameter f leaks to {heap} with derefs=0:
func_values.go:59:12:   flow: {heap} = f:
func_values.go:59:12:     from sinkOp = f (assign) at func_values.go:60:9
func_values.go:59:12: leaking param: f
func_values.go:64:11: parameter f leaks to ~r0 with derefs=0:
func_values.go:64:11:   flow: ~r0 = f:
func_values.go:64:11:     from return f (return) at func_values.go:65:2
func_values.go:64:11: leaking param: f to result ~r0 level=0
func_values.go:72:10: func literal escapes to heap:
func_values.go:72:10:   flow: {heap} = &{storage for func literal}:
func_values.go:72:10:     from func literal (spill) at func_values.go:72:10
func_values.go:72:10:     from map[string]op{...} (map literal value) at func_values.go:70:22
func_values.go:69:15: name does not escape
func_values.go:70:22: map[string]op{...} does not escape
func_values.go:72:10: func literal escapes to heap
func_values.go:79:26: []func(int) int{...} does not escape
func_values.go:80:3: func literal does not escape
func_values.go:81:3: func literal does not escape
func_values.go:91:2: z escapes to heap:
func_values.go:91:2:   flow: {heap} = &z:
func_values.go:91:2:     from &z (address-of) at func_values.go:92:7
func_values.go:91:2:     from h.fn(&z) (call parameter) at func_values.go:92:6
func_values.go:90:13: h does not escape
func_values.go:91:2: moved to heap: z
func_values.go:97:12: adder capturing by value: n (addr=false assign=false width=8)
func_values.go:98:9: func literal escapes to heap:
func_values.go:98:9:   flow: ~r0 = &{storage for func literal}:
func_values.go:98:9:     from func literal (spill) at func_values.go:98:9
func_values.go:98:9:     from return func literal (return) at func_values.go:98:2
func_values.go:97:12: parameter n leaks to {storage for func literal} with derefs=0:
func_values.go:97:12:   flow: {storage for func literal} = n:
func_values.go:97:12:     from n (captured by a closure) at func_values.go:98:38
func_values.go:98:9: func literal escapes to heap
func_values.go:106:9: func literal escapes to heap:
func_values.go:106:9:   flow: ~r0 = &{storage for func literal}:
func_values.go:106:9:     from func literal (spill) at func_values.go:106:9
func_values.go:106:9:     from return func literal (return) at func_values.go:106:2
func_values.go:106:9: func literal escapes to heap
func_values.go:110:14: compose capturing by value: f (addr=false assign=false width=8)
func_values.go:110:17: compose capturing by value: g (addr=false assign=false width=8)
func_values.go:111:9: func literal escapes to heap:
func_values.go:111:9:   flow: ~r0 = &{storage for func literal}:
func_values.go:111:9:     from func literal (spill) at func_values.go:111:9
func_values.go:111:9:     from return func literal (return) at func_values.go:111:2
func_values.go:110:17: parameter g leaks to {storage for func literal} with derefs=0:
func_values.go:110:17:   flow: {storage for func literal} = g:
func_values.go:110:17:     from g (captured by a closure) at func_values.go:111:36
func_values.go:110:14: parameter f leaks to {storage for func literal} with derefs=0:
func_values.go:110:14:   flow: {storage for func literal} = f:
func_values.go:110:14:     from f (captured by a closure) at func_values.go:111:34
func_values.go:110:14: leaking param: f
func_values.go:110:17: leaking param: g
func_values.go:111:9: func literal escapes to heap
func_values.go:115:12: f does not escape
