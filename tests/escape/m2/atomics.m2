atomics.go:16:6: x escapes to heap:
atomics.go:16:6:   flow: {heap} = &x:
atomics.go:16:6:     from &x (address-of) at atomics.go:17:18
atomics.go:16:6:     from atomic.AddInt64(&x, 1) (call parameter) at atomics.go:17:17
atomics.go:16:6: x escapes to heap:
atomics.go:16:6:   flow: {heap} = &x:
atomics.go:16:6:     from &x (address-of) at atomics.go:18:26
atomics.go:16:6:     from atomic.LoadInt64(&x) (call parameter) at atomics.go:18:25
atomics.go:16:6: moved to heap: x
atomics.go:21:15: parameter p leaks to {heap} with derefs=0:
atomics.go:21:15:   flow: {heap} = p:
atomics.go:21:15:     from atomic.StoreInt32(p, 3) (call parameter) at atomics.go:22:19
atomics.go:21:15: leaking param: p
atomics.go:26:15: parameter s leaks to {heap} with derefs=0:
atomics.go:26:15:   flow: {heap} = s:
atomics.go:26:15:     from s.n (dot of pointer) at atomics.go:27:39
atomics.go:26:15:     from &s.n (address-of) at atomics.go:27:37
atomics.go:26:15:     from atomic.CompareAndSwapUint32(&s.n, 0, 1) (call parameter) at atomics.go:27:36
atomics.go:26:15: leaking param: s
atomics.go:35:6: c escapes to heap:
atomics.go:35:6:   flow: {heap} = &c:
atomics.go:35:6:     from c (address-of) at atomics.go:36:3
atomics.go:35:6:     from (*atomic.Int64).Add(c, 2) (call parameter) at atomics.go:36:7
atomics.go:35:6: c escapes to heap:
atomics.go:35:6:   flow: {heap} = &c:
atomics.go:35:6:     from c (address-of) at atomics.go:37:10
atomics.go:35:6:     from (*atomic.Int64).Load(c) (call parameter) at atomics.go:37:15
atomics.go:35:6: moved to heap: c
atomics.go:41:6: v escapes to heap:
atomics.go:41:6:   flow: {heap} = &v:
atomics.go:41:6:     from v (address-of) at atomics.go:42:3
atomics.go:41:6:     from (*atomic.Value).Store(v, 42) (call parameter) at atomics.go:42:9
atomics.go:42:10: 42 escapes to heap:
atomics.go:42:10:   flow: {heap} = &{storage for 42}:
atomics.go:42:10:     from 42 (spill) at atomics.go:42:10
atomics.go:42:10:     from (*atomic.Value).Store(v, 42) (call parameter) at atomics.go:42:9
atomics.go:41:6: v escapes to heap:
atomics.go:41:6:   flow: {heap} = &v:
atomics.go:41:6:     from v (address-of) at atomics.go:43:10
atomics.go:41:6:     from (*atomic.Value).Load(v) (call parameter) at atomics.go:43:15
atomics.go:41:6: moved to heap: v
atomics.go:42:10: 42 escapes to heap
atomics.go:47:6: u escapes to heap:
atomics.go:47:6:   flow: {heap} = &u:
atomics.go:47:6:     from &u (address-of) at atomics.go:49:11
atomics.go:47:6:     from f(&u, 1) (call parameter) at atomics.go:49:10
atomics.go:47:6: moved to heap: u
atomics.go:54:24: deferred capturing by value: .autotmp_1 (addr=false assign=false width=8)
atomics.go:53:6: n escapes to heap:
atomics.go:53:6:   flow: .autotmp_1 = &n:
atomics.go:53:6:     from &n (address-of) at atomics.go:54:24
atomics.go:53:6:     from .autotmp_1 = &n (assign) at atomics.go:54:24
atomics.go:53:6:   flow: {heap} = .autotmp_1:
atomics.go:53:6:     from atomic.AddInt32(.autotmp_1, 1) (call parameter) at atomics.go:54:23
atomics.go:53:6: moved to heap: n
atomics.go:58:6: mu escapes to heap:
atomics.go:58:6:   flow: {heap} = &mu:
atomics.go:58:6:     from mu (address-of) at atomics.go:59:4
atomics.go:58:6:     from (*sync.Mutex).Lock(mu) (call parameter) at atomics.go:59:9
atomics.go:60:10: mutex capturing by value: .autotmp_2 (addr=false assign=false width=8)
atomics.go:58:6: moved to heap: mu
atomics.go:65:6: wg escapes to heap:
atomics.go:65:6:   flow: {heap} = &wg:
atomics.go:65:6:     from wg (address-of) at atomics.go:66:4
atomics.go:65:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at atomics.go:66:8
atomics.go:65:6: wg escapes to heap:
atomics.go:65:6:   flow: {heap} = &wg:
atomics.go:65:6:     from wg (address-of) at atomics.go:67:4
atomics.go:65:6:     from (*sync.WaitGroup).Done(wg) (call parameter) at atomics.go:67:9
atomics.go:65:6: wg escapes to heap:
atomics.go:65:6:   flow: {heap} = &wg:
atomics.go:65:6:     from wg (address-of) at atomics.go:68:4
atomics.go:65:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at atomics.go:68:9
atomics.go:65:6: moved to heap: wg
atomics.go:72:6: mu escapes to heap:
atomics.go:72:6:   flow: {heap} = &mu:
atomics.go:72:6:     from &mu (address-of) at atomics.go:73:20
atomics.go:72:6:     from &mu (interface-converted) at atomics.go:73:20
atomics.go:72:6:     from sync.NewCond(&mu) (call parameter) at atomics.go:73:19
atomics.go:75:6: c2 escapes to heap:
atomics.go:75:6:   flow: {heap} = &c2:
atomics.go:75:6:     from c2 (address-of) at atomics.go:77:4
atomics.go:75:6:     from (*sync.Cond).Broadcast(c2) (call parameter) at atomics.go:77:14
atomics.go:72:6: moved to heap: mu
atomics.go:75:6: moved to heap: c2
atomics.go:81:6: o escapes to heap:
atomics.go:81:6:   flow: {heap} = &o:
atomics.go:81:6:     from o (address-of) at atomics.go:82:3
atomics.go:81:6:     from (*sync.Once).Do(o, func literal) (call parameter) at atomics.go:82:6
atomics.go:81:6: moved to heap: o
atomics.go:82:7: func literal does not escape
atomics.go:87:6: k escapes to heap:
atomics.go:87:6:   flow: {heap} = &k:
atomics.go:87:6:     from &k (address-of) at atomics.go:88:11
atomics.go:87:6:     from addParam(&k) (call parameter) at atomics.go:88:10
atomics.go:89:11: &struct { n uint32 }{} escapes to heap:
atomics.go:89:11:   flow: {heap} = &{storage for &struct { n uint32 }{}}:
atomics.go:89:11:     from &struct { n uint32 }{} (spill) at atomics.go:89:11
atomics.go:89:11:     from casField(&struct { n uint32 }{}) (call parameter) at atomics.go:89:10
atomics.go:87:6: moved to heap: k
atomics.go:89:11: &struct { n uint32 }{} escapes to heap
