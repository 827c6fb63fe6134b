channels.go:11:2: x escapes to heap:
channels.go:11:2:   flow: {heap} = &x:
channels.go:11:2:     from &x (address-of) at channels.go:12:7
channels.go:11:2:     from c <- &x (send) at channels.go:12:4
channels.go:10:14: c does not escape
channels.go:11:2: moved to heap: x
channels.go:15:27: v escapes to heap:
channels.go:15:27:   flow: {heap} = &v:
channels.go:15:27:     from &v (address-of) at channels.go:16:9
channels.go:15:27:     from T{...} (struct literal element) at channels.go:16:8
channels.go:15:27:     from c <- T{...} (send) at channels.go:16:4
channels.go:15:17: c does not escape
channels.go:15:27: moved to heap: v
channels.go:19:14: c does not escape
channels.go:23:14: c does not escape
channels.go:37:14: c does not escape
channels.go:41:13: c does not escape
channels.go:47:10: new(T) escapes to heap:
channels.go:47:10:   flow: u = &{storage for new(T)}:
channels.go:47:10:     from new(T) (spill) at channels.go:47:10
channels.go:47:10:     from u := new(T) (assign) at channels.go:47:4
channels.go:47:10:   flow: {heap} = u:
channels.go:47:10:     from d <- u (send) at channels.go:50:9
channels.go:46:7: &T{} escapes to heap:
channels.go:46:7:   flow: t = &{storage for &T{}}:
channels.go:46:7:     from &T{} (spill) at channels.go:46:7
channels.go:46:7:     from t := &T{} (assign) at channels.go:46:4
channels.go:46:7:   flow: {heap} = t:
channels.go:46:7:     from c <- t (send) at channels.go:49:9
channels.go:45:17: c does not escape
channels.go:45:20: d does not escape
channels.go:46:7: &T{} escapes to heap
channels.go:47:10: new(T) escapes to heap
channels.go:55:17: c does not escape
channels.go:64:16: c does not escape
channels.go:73:11: make([]int, 3) escapes to heap:
channels.go:73:11:   flow: s = &{storage for make([]int, 3)}:
channels.go:73:11:     from make([]int, 3) (spill) at channels.go:73:11
channels.go:73:11:     from s := make([]int, 3) (assign) at channels.go:73:4
channels.go:73:11:   flow: {heap} = s:
channels.go:73:11:     from c <- s (send) at channels.go:74:4
channels.go:72:16: c does not escape
channels.go:73:11: make([]int, 3) escapes to heap
channels.go:94:23: rangeChan(cs) escapes to heap:
channels.go:94:23:   flow: {storage for ... argument} = &{storage for rangeChan(cs)}:
channels.go:94:23:     from rangeChan(cs) (spill) at channels.go:94:23
channels.go:94:23:     from ... argument (slice-literal-element) at channels.go:94:13
channels.go:94:23:   flow: {heap} = {storage for ... argument}:
channels.go:94:23:     from ... argument (spill) at channels.go:94:13
channels.go:94:23:     from fmt.Println(... argument...) (call parameter) at channels.go:94:13
channels.go:90:28: selectRecv(c) == nil escapes to heap:
channels.go:90:28:   flow: {storage for ... argument} = &{storage for selectRecv(c) == nil}:
channels.go:90:28:     from selectRecv(c) == nil (spill) at channels.go:90:28
channels.go:90:28:     from ... argument (slice-literal-element) at channels.go:90:13
channels.go:90:28:   flow: {heap} = {storage for ... argument}:
channels.go:90:28:     from ... argument (spill) at channels.go:90:13
channels.go:90:28:     from fmt.Println(... argument...) (call parameter) at channels.go:90:13
channels.go:86:20: lenCap(ci) escapes to heap:
channels.go:86:20:   flow: {storage for ... argument} = &{storage for lenCap(ci)}:
channels.go:86:20:     from lenCap(ci) (spill) at channels.go:86:20
channels.go:86:20:     from ... argument (slice-literal-element) at channels.go:86:13
channels.go:86:20:   flow: {heap} = {storage for ... argument}:
channels.go:86:20:     from ... argument (spill) at channels.go:86:13
channels.go:86:20:     from fmt.Println(... argument...) (call parameter) at channels.go:86:13
channels.go:83:14: *(<-ct).p escapes to heap:
channels.go:83:14:   flow: {storage for ... argument} = &{storage for *(<-ct).p}:
channels.go:83:14:     from *(<-ct).p (spill) at channels.go:83:14
channels.go:83:14:     from ... argument (slice-literal-element) at channels.go:83:13
channels.go:83:14:   flow: {heap} = {storage for ... argument}:
channels.go:83:14:     from ... argument (spill) at channels.go:83:13
channels.go:83:14:     from fmt.Println(... argument...) (call parameter) at channels.go:83:13
channels.go:80:39: cap(newChan(2)) escapes to heap:
channels.go:80:39:   flow: {storage for ... argument} = &{storage for cap(newChan(2))}:
channels.go:80:39:     from cap(newChan(2)) (spill) at channels.go:80:39
channels.go:80:39:     from ... argument (slice-literal-element) at channels.go:80:13
channels.go:80:39:   flow: {heap} = {storage for ... argument}:
channels.go:80:39:     from ... argument (spill) at channels.go:80:13
channels.go:80:39:     from fmt.Println(... argument...) (call parameter) at channels.go:80:13
channels.go:80:32: local() escapes to heap:
channels.go:80:32:   flow: {storage for ... argument} = &{storage for local()}:
channels.go:80:32:     from local() (spill) at channels.go:80:32
channels.go:80:32:     from ... argument (slice-literal-element) at channels.go:80:13
channels.go:80:32:   flow: {heap} = {storage for ... argument}:
channels.go:80:32:     from ... argument (spill) at channels.go:80:13
channels.go:80:32:     from fmt.Println(... argument...) (call parameter) at channels.go:80:13
channels.go:80:14: *recvPtr(c) escapes to heap:
channels.go:80:14:   flow: {storage for ... argument} = &{storage for *recvPtr(c)}:
channels.go:80:14:     from *recvPtr(c) (spill) at channels.go:80:14
channels.go:80:14:     from ... argument (slice-literal-element) at channels.go:80:13
channels.go:80:14:   flow: {heap} = {storage for ... argument}:
channels.go:80:14:     from ... argument (spill) at channels.go:80:13
channels.go:80:14:     from fmt.Println(... argument...) (call parameter) at channels.go:80:13
channels.go:80:13: ... argument does not escape
channels.go:80:14: *recvPtr(c) escapes to heap
channels.go:80:32: local() escapes to heap
channels.go:80:39: cap(newChan(2)) escapes to heap
channels.go:83:13: ... argument does not escape
channels.go:83:14: *(<-ct).p escapes to heap
channels.go:86:13: ... argument does not escape
channels.go:86:20: lenCap(ci) escapes to heap
channels.go:90:13: ... argument does not escape
channels.go:90:28: selectRecv(c) == nil escapes to heap
channels.go:94:13: ... argument does not escape
channels.go:94:23: rangeChan(cs) escapes to heap
