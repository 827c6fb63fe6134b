fmt_args.go:19:32: true escapes to heap:
fmt_args.go:19:32:   flow: {storage for ... argument} = &{storage for true}:
fmt_args.go:19:32:     from true (spill) at fmt_args.go:19:32
fmt_args.go:19:32:     from ... argument (slice-literal-element) at fmt_args.go:19:13
fmt_args.go:19:32:   flow: {heap} = {storage for ... argument}:
fmt_args.go:19:32:     from ... argument (spill) at fmt_args.go:19:13
fmt_args.go:19:32:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:19:13
fmt_args.go:19:27: 3.5 escapes to heap:
fmt_args.go:19:27:   flow: {storage for ... argument} = &{storage for 3.5}:
fmt_args.go:19:27:     from 3.5 (spill) at fmt_args.go:19:27
fmt_args.go:19:27:     from ... argument (slice-literal-element) at fmt_args.go:19:13
fmt_args.go:19:27:   flow: {heap} = {storage for ... argument}:
fmt_args.go:19:27:     from ... argument (spill) at fmt_args.go:19:13
fmt_args.go:19:27:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:19:13
fmt_args.go:19:23: 42 escapes to heap:
fmt_args.go:19:23:   flow: {storage for ... argument} = &{storage for 42}:
fmt_args.go:19:23:     from 42 (spill) at fmt_args.go:19:23
fmt_args.go:19:23:     from ... argument (slice-literal-element) at fmt_args.go:19:13
fmt_args.go:19:23:   flow: {heap} = {storage for ... argument}:
fmt_args.go:19:23:     from ... argument (spill) at fmt_args.go:19:13
fmt_args.go:19:23:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:19:13
fmt_args.go:19:14: "hello" escapes to heap:
fmt_args.go:19:14:   flow: {storage for ... argument} = &{storage for "hello"}:
fmt_args.go:19:14:     from "hello" (spill) at fmt_args.go:19:14
fmt_args.go:19:14:     from ... argument (slice-literal-element) at fmt_args.go:19:13
fmt_args.go:19:14:   flow: {heap} = {storage for ... argument}:
fmt_args.go:19:14:     from ... argument (spill) at fmt_args.go:19:13
fmt_args.go:19:14:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:19:13
fmt_args.go:19:13: ... argument does not escape
fmt_args.go:19:14: "hello" escapes to heap
fmt_args.go:19:23: 42 escapes to heap
fmt_args.go:19:27: 3.5 escapes to heap
fmt_args.go:19:32: true escapes to heap
fmt_args.go:24:13: f escapes to heap:
fmt_args.go:24:13:   flow: {storage for ... argument} = &{storage for f}:
fmt_args.go:24:13:     from f (spill) at fmt_args.go:24:13
fmt_args.go:24:13:     from ... argument (slice-literal-element) at fmt_args.go:24:13
fmt_args.go:24:13:   flow: {heap} = {storage for ... argument}:
fmt_args.go:24:13:     from ... argument (spill) at fmt_args.go:24:13
fmt_args.go:24:13:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:24:13
fmt_args.go:24:13: s escapes to heap:
fmt_args.go:24:13:   flow: {storage for ... argument} = &{storage for s}:
fmt_args.go:24:13:     from s (spill) at fmt_args.go:24:13
fmt_args.go:24:13:     from ... argument (slice-literal-element) at fmt_args.go:24:13
fmt_args.go:24:13:   flow: {heap} = {storage for ... argument}:
fmt_args.go:24:13:     from ... argument (spill) at fmt_args.go:24:13
fmt_args.go:24:13:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:24:13
fmt_args.go:24:13: n escapes to heap:
fmt_args.go:24:13:   flow: {storage for ... argument} = &{storage for n}:
fmt_args.go:24:13:     from n (spill) at fmt_args.go:24:13
fmt_args.go:24:13:     from ... argument (slice-literal-element) at fmt_args.go:24:13
fmt_args.go:24:13:   flow: {heap} = {storage for ... argument}:
fmt_args.go:24:13:     from ... argument (spill) at fmt_args.go:24:13
fmt_args.go:24:13:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:24:13
fmt_args.go:23:20: parameter s leaks to {storage for s} with derefs=0:
fmt_args.go:23:20:   flow: {storage for s} = s:
fmt_args.go:23:20:     from s (interface-converted) at fmt_args.go:24:13
fmt_args.go:23:20: leaking param: s
fmt_args.go:24:13: ... argument does not escape
fmt_args.go:24:13: n escapes to heap
fmt_args.go:24:13: s escapes to heap
fmt_args.go:24:13: f escapes to heap
fmt_args.go:28:14: parameter p leaks to {heap} with derefs=0:
fmt_args.go:28:14:   flow: {storage for ... argument} = p:
fmt_args.go:28:14:     from p (interface-converted) at fmt_args.go:29:13
fmt_args.go:28:14:     from ... argument (slice-literal-element) at fmt_args.go:29:13
fmt_args.go:28:14:   flow: {heap} = {storage for ... argument}:
fmt_args.go:28:14:     from ... argument (spill) at fmt_args.go:29:13
fmt_args.go:28:14:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:29:13
fmt_args.go:28:14: leaking param: p
fmt_args.go:29:13: ... argument does not escape
fmt_args.go:35:2: q escapes to heap:
fmt_args.go:35:2:   flow: {storage for ... argument} = &q:
fmt_args.go:35:2:     from &q (address-of) at fmt_args.go:36:18
fmt_args.go:35:2:     from &q (interface-converted) at fmt_args.go:36:18
fmt_args.go:35:2:     from ... argument (slice-literal-element) at fmt_args.go:36:13
fmt_args.go:35:2:   flow: {heap} = {storage for ... argument}:
fmt_args.go:35:2:     from ... argument (spill) at fmt_args.go:36:13
fmt_args.go:35:2:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:36:13
fmt_args.go:36:13: pt escapes to heap:
fmt_args.go:36:13:   flow: {storage for ... argument} = &{storage for pt}:
fmt_args.go:36:13:     from pt (spill) at fmt_args.go:36:13
fmt_args.go:36:13:     from ... argument (slice-literal-element) at fmt_args.go:36:13
fmt_args.go:36:13:   flow: {heap} = {storage for ... argument}:
fmt_args.go:36:13:     from ... argument (spill) at fmt_args.go:36:13
fmt_args.go:36:13:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:36:13
fmt_args.go:35:2: moved to heap: q
fmt_args.go:36:13: ... argument does not escape
fmt_args.go:36:13: pt escapes to heap
fmt_args.go:41:13: age escapes to heap:
fmt_args.go:41:13:   flow: {storage for ... argument} = &{storage for age}:
fmt_args.go:41:13:     from age (spill) at fmt_args.go:41:13
fmt_args.go:41:13:     from ... argument (slice-literal-element) at fmt_args.go:41:12
fmt_args.go:41:13:   flow: {heap} = {storage for ... argument}:
fmt_args.go:41:13:     from ... argument (spill) at fmt_args.go:41:12
fmt_args.go:41:13:     from fmt.Printf("%s is %d\n", ... argument...) (call parameter) at fmt_args.go:41:12
fmt_args.go:41:13: name escapes to heap:
fmt_args.go:41:13:   flow: {storage for ... argument} = &{storage for name}:
fmt_args.go:41:13:     from name (spill) at fmt_args.go:41:13
fmt_args.go:41:13:     from ... argument (slice-literal-element) at fmt_args.go:41:12
fmt_args.go:41:13:   flow: {heap} = {storage for ... argument}:
fmt_args.go:41:13:     from ... argument (spill) at fmt_args.go:41:12
fmt_args.go:41:13:     from fmt.Printf("%s is %d\n", ... argument...) (call parameter) at fmt_args.go:41:12
fmt_args.go:40:13: parameter name leaks to {storage for name} with derefs=0:
fmt_args.go:40:13:   flow: {storage for name} = name:
fmt_args.go:40:13:     from name (interface-converted) at fmt_args.go:41:13
fmt_args.go:40:13: leaking param: name
fmt_args.go:41:12: ... argument does not escape
fmt_args.go:41:13: name escapes to heap
fmt_args.go:41:13: age escapes to heap
fmt_args.go:46:21: b escapes to heap:
fmt_args.go:46:21:   flow: {storage for ... argument} = &{storage for b}:
fmt_args.go:46:21:     from b (spill) at fmt_args.go:46:21
fmt_args.go:46:21:     from ... argument (slice-literal-element) at fmt_args.go:46:20
fmt_args.go:46:21:   flow: {heap} = {storage for ... argument}:
fmt_args.go:46:21:     from ... argument (spill) at fmt_args.go:46:20
fmt_args.go:46:21:     from fmt.Sprintf("%d-%d", ... argument...) (call parameter) at fmt_args.go:46:20
fmt_args.go:46:21: a escapes to heap:
fmt_args.go:46:21:   flow: {storage for ... argument} = &{storage for a}:
fmt_args.go:46:21:     from a (spill) at fmt_args.go:46:21
fmt_args.go:46:21:     from ... argument (slice-literal-element) at fmt_args.go:46:20
fmt_args.go:46:21:   flow: {heap} = {storage for ... argument}:
fmt_args.go:46:21:     from ... argument (spill) at fmt_args.go:46:20
fmt_args.go:46:21:     from fmt.Sprintf("%d-%d", ... argument...) (call parameter) at fmt_args.go:46:20
fmt_args.go:46:20: ... argument does not escape
fmt_args.go:46:21: a escapes to heap
fmt_args.go:46:21: b escapes to heap
fmt_args.go:50:34: parameter m leaks to {heap} with derefs=0:
fmt_args.go:50:34:   flow: {storage for ... argument} = m:
fmt_args.go:50:34:     from m (interface-converted) at fmt_args.go:51:19
fmt_args.go:50:34:     from ... argument (slice-literal-element) at fmt_args.go:51:19
fmt_args.go:50:34:   flow: {heap} = {storage for ... argument}:
fmt_args.go:50:34:     from ... argument (spill) at fmt_args.go:51:19
fmt_args.go:50:34:     from fmt.Sprint(... argument...) (call parameter) at fmt_args.go:51:19
fmt_args.go:51:19: xs escapes to heap:
fmt_args.go:51:19:   flow: {storage for ... argument} = &{storage for xs}:
fmt_args.go:51:19:     from xs (spill) at fmt_args.go:51:19
fmt_args.go:51:19:     from ... argument (slice-literal-element) at fmt_args.go:51:19
fmt_args.go:51:19:   flow: {heap} = {storage for ... argument}:
fmt_args.go:51:19:     from ... argument (spill) at fmt_args.go:51:19
fmt_args.go:51:19:     from fmt.Sprint(... argument...) (call parameter) at fmt_args.go:51:19
fmt_args.go:50:24: parameter xs leaks to {storage for xs} with derefs=0:
fmt_args.go:50:24:   flow: {storage for xs} = xs:
fmt_args.go:50:24:     from xs (interface-converted) at fmt_args.go:51:19
fmt_args.go:50:24: leaking param: xs
fmt_args.go:50:34: leaking param: m
fmt_args.go:51:19: ... argument does not escape
fmt_args.go:51:19: xs escapes to heap
fmt_args.go:55:11: parameter err leaks to {heap} with derefs=0:
fmt_args.go:55:11:   flow: {storage for ... argument} = err:
fmt_args.go:55:11:     from err (interface-converted) at fmt_args.go:56:20
fmt_args.go:55:11:     from ... argument (slice-literal-element) at fmt_args.go:56:19
fmt_args.go:55:11:   flow: {heap} = {storage for ... argument}:
fmt_args.go:55:11:     from ... argument (spill) at fmt_args.go:56:19
fmt_args.go:55:11:     from fmt.Errorf("wrapped: %w", ... argument...) (call parameter) at fmt_args.go:56:19
fmt_args.go:55:11: leaking param: err
fmt_args.go:56:19: ... argument does not escape
fmt_args.go:61:26: v escapes to heap:
fmt_args.go:61:26:   flow: {storage for ... argument} = &{storage for v}:
fmt_args.go:61:26:     from v (spill) at fmt_args.go:61:26
fmt_args.go:61:26:     from ... argument (slice-literal-element) at fmt_args.go:61:14
fmt_args.go:61:26:   flow: {heap} = {storage for ... argument}:
fmt_args.go:61:26:     from ... argument (spill) at fmt_args.go:61:14
fmt_args.go:61:26:     from fmt.Fprintln(os.Stdout, ... argument...) (call parameter) at fmt_args.go:61:14
fmt_args.go:61:26: "v =" escapes to heap:
fmt_args.go:61:26:   flow: {storage for ... argument} = &{storage for "v ="}:
fmt_args.go:61:26:     from "v =" (spill) at fmt_args.go:61:26
fmt_args.go:61:26:     from ... argument (slice-literal-element) at fmt_args.go:61:14
fmt_args.go:61:26:   flow: {heap} = {storage for ... argument}:
fmt_args.go:61:26:     from ... argument (spill) at fmt_args.go:61:14
fmt_args.go:61:26:     from fmt.Fprintln(os.Stdout, ... argument...) (call parameter) at fmt_args.go:61:14
fmt_args.go:61:14: ... argument does not escape
fmt_args.go:61:26: "v =" escapes to heap
fmt_args.go:61:26: v escapes to heap
fmt_args.go:67:13: ... argument does not escape
fmt_args.go:71:13: parameter vs leaks to {heap} with derefs=1:
fmt_args.go:71:13:   flow: {heap} = *vs:
fmt_args.go:71:13:     from fmt.Println(vs...) (call parameter) at fmt_args.go:72:13
fmt_args.go:71:13: leaking param content: vs
fmt_args.go:77:20: a * b escapes to heap:
fmt_args.go:77:20:   flow: {storage for ... argument} = &{storage for a * b}:
fmt_args.go:77:20:     from a * b (spill) at fmt_args.go:77:20
fmt_args.go:77:20:     from ... argument (slice-literal-element) at fmt_args.go:77:13
fmt_args.go:77:20:   flow: {heap} = {storage for ... argument}:
fmt_args.go:77:20:     from ... argument (spill) at fmt_args.go:77:13
fmt_args.go:77:20:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:77:13
fmt_args.go:77:15: a + b escapes to heap:
fmt_args.go:77:15:   flow: {storage for ... argument} = &{storage for a + b}:
fmt_args.go:77:15:     from a + b (spill) at fmt_args.go:77:15
fmt_args.go:77:15:     from ... argument (slice-literal-element) at fmt_args.go:77:13
fmt_args.go:77:15:   flow: {heap} = {storage for ... argument}:
fmt_args.go:77:15:     from ... argument (spill) at fmt_args.go:77:13
fmt_args.go:77:15:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:77:13
fmt_args.go:77:13: ... argument does not escape
fmt_args.go:77:15: a + b escapes to heap
fmt_args.go:77:20: a * b escapes to heap
fmt_args.go:82:16: a + b escapes to heap:
fmt_args.go:82:16:   flow: {storage for ... argument} = &{storage for a + b}:
fmt_args.go:82:16:     from a + b (spill) at fmt_args.go:82:16
fmt_args.go:82:16:     from ... argument (slice-literal-element) at fmt_args.go:82:13
fmt_args.go:82:16:   flow: {heap} = {storage for ... argument}:
fmt_args.go:82:16:     from ... argument (spill) at fmt_args.go:82:13
fmt_args.go:82:16:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:82:13
fmt_args.go:82:16: a + b escapes to heap:
fmt_args.go:82:16:   flow: {storage for a + b} = &{storage for a + b}:
fmt_args.go:82:16:     from a + b (spill) at fmt_args.go:82:16
fmt_args.go:82:16:     from a + b (interface-converted) at fmt_args.go:82:16
fmt_args.go:81:16: a does not escape
fmt_args.go:81:19: b does not escape
fmt_args.go:82:13: ... argument does not escape
fmt_args.go:82:16: a + b escapes to heap
fmt_args.go:82:16: a + b escapes to heap
fmt_args.go:88:26: *p escapes to heap:
fmt_args.go:88:26:   flow: {storage for ... argument} = &{storage for *p}:
fmt_args.go:88:26:     from *p (spill) at fmt_args.go:88:26
fmt_args.go:88:26:     from ... argument (slice-literal-element) at fmt_args.go:88:13
fmt_args.go:88:26:   flow: {heap} = {storage for ... argument}:
fmt_args.go:88:26:     from ... argument (spill) at fmt_args.go:88:13
fmt_args.go:88:26:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:88:13
fmt_args.go:88:22: point.String(p) escapes to heap:
fmt_args.go:88:22:   flow: {storage for ... argument} = &{storage for point.String(p)}:
fmt_args.go:88:22:     from point.String(p) (spill) at fmt_args.go:88:22
fmt_args.go:88:22:     from ... argument (slice-literal-element) at fmt_args.go:88:13
fmt_args.go:88:22:   flow: {heap} = {storage for ... argument}:
fmt_args.go:88:22:     from ... argument (spill) at fmt_args.go:88:13
fmt_args.go:88:22:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:88:13
fmt_args.go:87:7: &point{...} does not escape
fmt_args.go:88:13: ... argument does not escape
fmt_args.go:88:22: point.String(p) escapes to heap
fmt_args.go:88:26: *p escapes to heap
fmt_args.go:95:18: s + s escapes to heap:
fmt_args.go:95:18:   flow: {storage for ... argument} = &{storage for s + s}:
fmt_args.go:95:18:     from s + s (spill) at fmt_args.go:95:18
fmt_args.go:95:18:     from ... argument (slice-literal-element) at fmt_args.go:95:13
fmt_args.go:95:18:   flow: {heap} = {storage for ... argument}:
fmt_args.go:95:18:     from ... argument (spill) at fmt_args.go:95:13
fmt_args.go:95:18:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:95:13
fmt_args.go:95:13: s escapes to heap:
fmt_args.go:95:13:   flow: {storage for ... argument} = &{storage for s}:
fmt_args.go:95:13:     from s (spill) at fmt_args.go:95:13
fmt_args.go:95:13:     from ... argument (slice-literal-element) at fmt_args.go:95:13
fmt_args.go:95:13:   flow: {heap} = {storage for ... argument}:
fmt_args.go:95:13:     from ... argument (spill) at fmt_args.go:95:13
fmt_args.go:95:13:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:95:13
fmt_args.go:95:18: s + s escapes to heap:
fmt_args.go:95:18:   flow: {storage for s + s} = &{storage for s + s}:
fmt_args.go:95:18:     from s + s (spill) at fmt_args.go:95:18
fmt_args.go:95:18:     from s + s (interface-converted) at fmt_args.go:95:18
fmt_args.go:94:14: parameter s leaks to {storage for s} with derefs=0:
fmt_args.go:94:14:   flow: {storage for s} = s:
fmt_args.go:94:14:     from s (interface-converted) at fmt_args.go:95:13
fmt_args.go:94:14: leaking param: s
fmt_args.go:95:13: ... argument does not escape
fmt_args.go:95:13: s escapes to heap
fmt_args.go:95:18: s + s escapes to heap
fmt_args.go:95:18: s + s escapes to heap
fmt_args.go:106:2: x escapes to heap:
fmt_args.go:106:2:   flow: {heap} = &x:
fmt_args.go:106:2:     from &x (address-of) at fmt_args.go:107:10
fmt_args.go:106:2:     from pointer(&x) (call parameter) at fmt_args.go:107:9
fmt_args.go:110:52: []int{...} escapes to heap:
fmt_args.go:110:52:   flow: {heap} = &{storage for []int{...}}:
fmt_args.go:110:52:     from []int{...} (spill) at fmt_args.go:110:52
fmt_args.go:110:52:     from sprintCollections([]int{...}, map[string]int{...}) (call parameter) at fmt_args.go:110:46
fmt_args.go:110:71: map[string]int{...} escapes to heap:
fmt_args.go:110:71:   flow: {heap} = &{storage for map[string]int{...}}:
fmt_args.go:110:71:     from map[string]int{...} (spill) at fmt_args.go:110:71
fmt_args.go:110:71:     from sprintCollections([]int{...}, map[string]int{...}) (call parameter) at fmt_args.go:110:46
fmt_args.go:114:26: "a" escapes to heap:
fmt_args.go:114:26:   flow: {storage for []interface {}{...}} = &{storage for "a"}:
fmt_args.go:114:26:     from "a" (spill) at fmt_args.go:114:26
fmt_args.go:114:26:     from []interface {}{...} (slice-literal-element) at fmt_args.go:114:22
fmt_args.go:114:26:   flow: {heap} = {storage for []interface {}{...}}:
fmt_args.go:114:26:     from []interface {}{...} (spill) at fmt_args.go:114:22
fmt_args.go:114:26:     from spread([]interface {}{...}) (call parameter) at fmt_args.go:114:8
fmt_args.go:114:23: 1 escapes to heap:
fmt_args.go:114:23:   flow: {storage for []interface {}{...}} = &{storage for 1}:
fmt_args.go:114:23:     from 1 (spill) at fmt_args.go:114:23
fmt_args.go:114:23:     from []interface {}{...} (slice-literal-element) at fmt_args.go:114:22
fmt_args.go:114:23:   flow: {heap} = {storage for []interface {}{...}}:
fmt_args.go:114:23:     from []interface {}{...} (spill) at fmt_args.go:114:22
fmt_args.go:114:23:     from spread([]interface {}{...}) (call parameter) at fmt_args.go:114:8
fmt_args.go:110:46: sprintCollections([]int{...}, map[string]int{...}) escapes to heap:
fmt_args.go:110:46:   flow: {storage for ... argument} = &{storage for sprintCollections([]int{...}, map[string]int{...})}:
fmt_args.go:110:46:     from sprintCollections([]int{...}, map[string]int{...}) (spill) at fmt_args.go:110:46
fmt_args.go:110:46:     from ... argument (slice-literal-element) at fmt_args.go:110:13
fmt_args.go:110:46:   flow: {heap} = {storage for ... argument}:
fmt_args.go:110:46:     from ... argument (spill) at fmt_args.go:110:13
fmt_args.go:110:46:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:110:13
fmt_args.go:110:21: sprintf(1, 2) escapes to heap:
fmt_args.go:110:21:   flow: {storage for ... argument} = &{storage for sprintf(1, 2)}:
fmt_args.go:110:21:     from sprintf(1, 2) (spill) at fmt_args.go:110:21
fmt_args.go:110:21:     from ... argument (slice-literal-element) at fmt_args.go:110:13
fmt_args.go:110:21:   flow: {heap} = {storage for ... argument}:
fmt_args.go:110:21:     from ... argument (spill) at fmt_args.go:110:13
fmt_args.go:110:21:     from fmt.Println(... argument...) (call parameter) at fmt_args.go:110:13
fmt_args.go:106:2: moved to heap: x
fmt_args.go:110:13: ... argument does not escape
fmt_args.go:110:21: sprintf(1, 2) escapes to heap
fmt_args.go:110:46: sprintCollections([]int{...}, map[string]int{...}) escapes to heap
fmt_args.go:110:52: []int{...} escapes to heap
fmt_args.go:110:71: map[string]int{...} escapes to heap
fmt_args.go:111:13: ... argument does not escape
fmt_args.go:114:22: []interface {}{...} does not escape
fmt_args.go:114:23: 1 escapes to heap
fmt_args.go:114:26: "a" escapes to heap
