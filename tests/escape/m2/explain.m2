explain.go:20:7: c does not escape
explain.go:34:8: (*buffer).advance ignoring self-assignment in b.buf = b.buf[n:]
explain.go:33:7: b does not escape
explain.go:40:2: b.arr[:] escapes to heap:
explain.go:40:2:   flow: {heap} = &{storage for b.arr[:]}:
explain.go:40:2:     from b.arr[:] (spill) at explain.go:40:2
explain.go:40:2:     from sinkAny = b.arr[:] (assign) at explain.go:40:10
explain.go:38:7: parameter b leaks to {storage for b.arr[:]} with derefs=0:
explain.go:38:7:   flow: {storage for b.arr[:]} = b:
explain.go:38:7:     from b.arr (dot of pointer) at explain.go:40:13
explain.go:38:7:     from b.arr (address-of) at explain.go:40:12
explain.go:38:7:     from b.arr[:] (slice) at explain.go:40:17
explain.go:38:7:     from b.arr[:] (interface-converted) at explain.go:40:2
explain.go:38:7: leaking param: b
explain.go:40:2: b.arr[:] escapes to heap
explain.go:48:7: &buffer{} escapes to heap:
explain.go:48:7:   flow: b = &{storage for &buffer{}}:
explain.go:48:7:     from &buffer{} (spill) at explain.go:48:7
explain.go:48:7:     from b := &buffer{} (assign) at explain.go:48:4
explain.go:48:7:   flow: {heap} = b:
explain.go:48:7:     from sinkBuf = b (assign) at explain.go:50:10
explain.go:44:12: parameter p leaks to {heap} with derefs=0:
explain.go:44:12:   flow: q = p:
explain.go:44:12:     from q := p (assign) at explain.go:45:4
explain.go:44:12:   flow: r = q:
explain.go:44:12:     from r = q (assign) at explain.go:47:4
explain.go:44:12:   flow: {heap} = r:
explain.go:44:12:     from b.arr[0] = r (assign) at explain.go:49:11
explain.go:44:12: leaking param: p
explain.go:48:7: &buffer{} escapes to heap
explain.go:54:20: nested capturing by value: p (addr=false assign=false width=8)
explain.go:54:13: nested capturing by value: x (addr=false assign=false width=8)
explain.go:56:3: nested.func1 capturing by ref: y (addr=false assign=true width=8)
explain.go:54:20: nested capturing by value: p (addr=false assign=false width=8)
explain.go:54:13: nested capturing by value: x (addr=false assign=false width=8)
explain.go:54:20: parameter p leaks to {heap} with derefs=0:
explain.go:54:20:   flow: {heap} = p:
explain.go:54:20:     from sinkPtr = p (assign) at explain.go:59:12
explain.go:57:10: func literal escapes to heap:
explain.go:57:10:   flow: ~r0 = &{storage for func literal}:
explain.go:57:10:     from func literal (spill) at explain.go:57:10
explain.go:57:10:     from return func literal (return) at explain.go:57:3
explain.go:54:13: parameter x leaks to {storage for func literal} with derefs=0:
explain.go:54:13:   flow: {storage for func literal} = x:
explain.go:54:13:     from x (captured by a closure) at explain.go:60:11
explain.go:54:20: parameter p leaks to {storage for func literal} with derefs=0:
explain.go:54:20:   flow: {storage for func literal} = p:
explain.go:54:20:     from p (captured by a closure) at explain.go:59:14
explain.go:56:3: y escapes to heap:
explain.go:56:3:   flow: {storage for func literal} = &y:
explain.go:56:3:     from y (captured by a closure) at explain.go:58:4
explain.go:56:3:     from y (reference) at explain.go:58:4
explain.go:55:9: func literal escapes to heap:
explain.go:55:9:   flow: ~r0 = &{storage for func literal}:
explain.go:55:9:     from func literal (spill) at explain.go:55:9
explain.go:55:9:     from return func literal (return) at explain.go:55:2
explain.go:54:13: parameter x leaks to {storage for func literal} with derefs=0:
explain.go:54:13:   flow: {storage for func literal} = x:
explain.go:54:13:     from x (captured by a closure) at explain.go:57:10
explain.go:54:20: parameter p leaks to {storage for func literal} with derefs=0:
explain.go:54:20:   flow: {storage for func literal} = p:
explain.go:54:20:     from p (captured by a closure) at explain.go:57:10
explain.go:54:20: leaking param: p
explain.go:56:3: moved to heap: y
explain.go:55:9: func literal escapes to heap
explain.go:57:10: func literal escapes to heap
explain.go:68:3: func literal escapes to heap:
explain.go:68:3:   flow: {heap} = &{storage for func literal}:
explain.go:68:3:     from func literal (spill) at explain.go:68:3
explain.go:71:2: func literal escapes to heap:
explain.go:71:2:   flow: {heap} = &{storage for func literal}:
explain.go:71:2:     from func literal (spill) at explain.go:71:2
explain.go:74:2: func literal escapes to heap:
explain.go:74:2:   flow: {heap} = &{storage for func literal}:
explain.go:74:2:     from func literal (spill) at explain.go:74:2
explain.go:68:21: deferred capturing by value: .autotmp_4 (addr=false assign=false width=16)
explain.go:68:21: deferred capturing by value: .autotmp_5 (addr=false assign=false width=16)
explain.go:68:21: deferred capturing by value: .autotmp_6 (addr=false assign=false width=16)
explain.go:70:20: deferred capturing by value: .autotmp_7 (addr=false assign=false width=16)
explain.go:70:20: deferred capturing by value: .autotmp_8 (addr=false assign=false width=16)
explain.go:71:19: deferred capturing by value: .autotmp_9 (addr=false assign=false width=16)
explain.go:73:13: deferred capturing by value: .autotmp_10 (addr=false assign=false width=8)
explain.go:74:5: deferred capturing by value: .autotmp_11 (addr=false assign=false width=8)
explain.go:74:33: deferred capturing by value: .autotmp_12 (addr=false assign=false width=8)
explain.go:74:10: parameter q leaks to {heap} with derefs=0:
explain.go:74:10:   flow: {heap} = q:
explain.go:74:10:     from sinkPtr = q (assign) at explain.go:74:28
explain.go:66:22: parameter p leaks to {heap} with derefs=0:
explain.go:66:22:   flow: .autotmp_12 = p:
explain.go:66:22:     from .autotmp_12 = p (assign) at explain.go:74:33
explain.go:66:22:   flow: q = .autotmp_12:
explain.go:66:22:     from .autotmp_11(.autotmp_12) (call parameter) at explain.go:74:33
explain.go:66:22:   flow: {heap} = q:
explain.go:66:22:     from sinkPtr = q (assign) at explain.go:74:28
explain.go:71:19: n + 1 escapes to heap:
explain.go:71:19:   flow: .autotmp_9 = &{storage for n + 1}:
explain.go:71:19:     from n + 1 (spill) at explain.go:71:19
explain.go:71:19:     from .autotmp_9 = n + 1 (assign) at explain.go:71:19
explain.go:71:19:   flow: {storage for ... argument} = .autotmp_9:
explain.go:71:19:     from ... argument (slice-literal-element) at explain.go:71:16
explain.go:71:19:   flow: {heap} = {storage for ... argument}:
explain.go:71:19:     from ... argument (spill) at explain.go:71:16
explain.go:71:19:     from fmt.Println(... argument...) (call parameter) at explain.go:71:16
explain.go:70:20: n escapes to heap:
explain.go:70:20:   flow: .autotmp_8 = &{storage for n}:
explain.go:70:20:     from n (spill) at explain.go:70:20
explain.go:70:20:     from .autotmp_8 = n (assign) at explain.go:70:20
explain.go:70:20:   flow: {storage for ... argument} = .autotmp_8:
explain.go:70:20:     from ... argument (slice-literal-element) at explain.go:70:19
explain.go:70:20:   flow: {heap} = {storage for ... argument}:
explain.go:70:20:     from ... argument (spill) at explain.go:70:19
explain.go:70:20:     from fmt.Println(... argument...) (call parameter) at explain.go:70:19
explain.go:70:20: "top" escapes to heap:
explain.go:70:20:   flow: .autotmp_7 = &{storage for "top"}:
explain.go:70:20:     from "top" (spill) at explain.go:70:20
explain.go:70:20:     from .autotmp_7 = "top" (assign) at explain.go:70:20
explain.go:70:20:   flow: {storage for ... argument} = .autotmp_7:
explain.go:70:20:     from ... argument (slice-literal-element) at explain.go:70:19
explain.go:70:20:   flow: {heap} = {storage for ... argument}:
explain.go:70:20:     from ... argument (spill) at explain.go:70:19
explain.go:70:20:     from fmt.Println(... argument...) (call parameter) at explain.go:70:19
explain.go:68:21: i escapes to heap:
explain.go:68:21:   flow: .autotmp_5 = &{storage for i}:
explain.go:68:21:     from i (spill) at explain.go:68:21
explain.go:68:21:     from .autotmp_5 = i (assign) at explain.go:68:21
explain.go:68:21:   flow: {storage for ... argument} = .autotmp_5:
explain.go:68:21:     from ... argument (slice-literal-element) at explain.go:68:20
explain.go:68:21:   flow: {heap} = {storage for ... argument}:
explain.go:68:21:     from ... argument (spill) at explain.go:68:20
explain.go:68:21:     from fmt.Println(... argument...) (call parameter) at explain.go:68:20
explain.go:68:21: "loop" escapes to heap:
explain.go:68:21:   flow: .autotmp_4 = &{storage for "loop"}:
explain.go:68:21:     from "loop" (spill) at explain.go:68:21
explain.go:68:21:     from .autotmp_4 = "loop" (assign) at explain.go:68:21
explain.go:68:21:   flow: {storage for ... argument} = .autotmp_4:
explain.go:68:21:     from ... argument (slice-literal-element) at explain.go:68:20
explain.go:68:21:   flow: {heap} = {storage for ... argument}:
explain.go:68:21:     from ... argument (spill) at explain.go:68:20
explain.go:68:21:     from fmt.Println(... argument...) (call parameter) at explain.go:68:20
explain.go:66:22: parameter p leaks to {storage for func literal} with derefs=0:
explain.go:66:22:   flow: .autotmp_12 = p:
explain.go:66:22:     from .autotmp_12 = p (assign) at explain.go:74:33
explain.go:66:22:   flow: {storage for func literal} = .autotmp_12:
explain.go:66:22:     from .autotmp_12 (captured by a closure) at explain.go:74:33
explain.go:74:5: func literal escapes to heap:
explain.go:74:5:   flow: .autotmp_11 = &{storage for func literal}:
explain.go:74:5:     from func literal (spill) at explain.go:74:5
explain.go:74:5:     from .autotmp_11 = func literal (assign) at explain.go:74:5
explain.go:74:5:   flow: {storage for func literal} = .autotmp_11:
explain.go:74:5:     from .autotmp_11 (captured by a closure) at explain.go:74:33
explain.go:66:22: parameter p leaks to {storage for func literal} with derefs=0:
explain.go:66:22:   flow: .autotmp_6 = p:
explain.go:66:22:     from p (interface-converted) at explain.go:68:21
explain.go:66:22:     from .autotmp_6 = p (assign) at explain.go:68:21
explain.go:66:22:   flow: {storage for func literal} = .autotmp_6:
explain.go:66:22:     from .autotmp_6 (captured by a closure) at explain.go:68:20
explain.go:66:22: leaking param: p
explain.go:74:10: leaking param: q
explain.go:68:21: "loop" escapes to heap
explain.go:68:21: i escapes to heap
explain.go:68:20: ... argument does not escape
explain.go:70:20: "top" escapes to heap
explain.go:70:20: n escapes to heap
explain.go:70:19: ... argument does not escape
explain.go:71:19: n + 1 escapes to heap
explain.go:71:16: ... argument does not escape
explain.go:72:7: &counter{} does not escape
explain.go:74:5: func literal escapes to heap
explain.go:79:2: fmt.Sprint(a) escapes to heap:
explain.go:79:2:   flow: {heap} = &{storage for fmt.Sprint(a)}:
explain.go:79:2:     from fmt.Sprint(a) (spill) at explain.go:79:2
explain.go:79:2:     from sinkAny = fmt.Sprint(a) (assign) at explain.go:79:10
explain.go:80:2: fmt.Sprint(s[0], a + 1) escapes to heap:
explain.go:80:2:   flow: {heap} = &{storage for fmt.Sprint(s[0], a + 1)}:
explain.go:80:2:     from fmt.Sprint(s[0], a + 1) (spill) at explain.go:80:2
explain.go:80:2:     from sinkAny = fmt.Sprint(s[0], a + 1) (assign) at explain.go:80:10
explain.go:85:14: d.get escapes to heap:
explain.go:85:14:   flow: {heap} = &{storage for d.get}:
explain.go:85:14:     from d.get (spill) at explain.go:85:14
explain.go:85:14:     from sinkFunc = d.get (assign) at explain.go:85:11
explain.go:80:30: a + 1 escapes to heap:
explain.go:80:30:   flow: {storage for ... argument} = &{storage for a + 1}:
explain.go:80:30:     from a + 1 (spill) at explain.go:80:30
explain.go:80:30:     from ... argument (slice-literal-element) at explain.go:80:22
explain.go:80:30:   flow: {heap} = {storage for ... argument}:
explain.go:80:30:     from ... argument (spill) at explain.go:80:22
explain.go:80:30:     from fmt.Sprint(... argument...) (call parameter) at explain.go:80:22
explain.go:80:24: s[0] escapes to heap:
explain.go:80:24:   flow: {storage for ... argument} = &{storage for s[0]}:
explain.go:80:24:     from s[0] (spill) at explain.go:80:24
explain.go:80:24:     from ... argument (slice-literal-element) at explain.go:80:22
explain.go:80:24:   flow: {heap} = {storage for ... argument}:
explain.go:80:24:     from ... argument (spill) at explain.go:80:22
explain.go:80:24:     from fmt.Sprint(... argument...) (call parameter) at explain.go:80:22
explain.go:79:22: a escapes to heap:
explain.go:79:22:   flow: {storage for ... argument} = &{storage for a}:
explain.go:79:22:     from a (spill) at explain.go:79:22
explain.go:79:22:     from ... argument (slice-literal-element) at explain.go:79:22
explain.go:79:22:   flow: {heap} = {storage for ... argument}:
explain.go:79:22:     from ... argument (spill) at explain.go:79:22
explain.go:79:22:     from fmt.Sprint(... argument...) (call parameter) at explain.go:79:22
explain.go:78:19: parameter s leaks to {storage for s[0]} with derefs=1:
explain.go:78:19:   flow: {storage for s[0]} = *s:
explain.go:78:19:     from s[0] (dot of pointer) at explain.go:80:24
explain.go:78:19:     from s[0] (interface-converted) at explain.go:80:24
explain.go:78:19: leaking param content: s
explain.go:79:2: fmt.Sprint(... argument...) escapes to heap
explain.go:79:22: ... argument does not escape
explain.go:79:22: a escapes to heap
explain.go:80:2: fmt.Sprint(... argument...) escapes to heap
explain.go:80:22: ... argument does not escape
explain.go:80:24: s[0] escapes to heap
explain.go:80:30: a + 1 escapes to heap
explain.go:82:8: c.inc does not escape
explain.go:85:14: d.get escapes to heap
explain.go:93:4: k escapes to heap:
explain.go:93:4:   flow: {heap} = &{storage for k}:
explain.go:93:4:     from k (spill) at explain.go:93:4
explain.go:93:4:     from m[k] (key of map put) at explain.go:93:3
explain.go:123:2: total escapes to heap:
explain.go:123:2:   flow: {heap} = &{storage for total}:
explain.go:123:2:     from total (spill) at explain.go:123:2
explain.go:123:2:     from sinkAny = total (assign) at explain.go:123:10
explain.go:91:61: parameter v leaks to {heap} with derefs=0:
explain.go:91:61:   flow: p = v:
explain.go:91:61:     from v.(*int) (dot) at explain.go:108:15
explain.go:91:61:     from p, ok := v.(*int) (assign-pair-dot-type) at explain.go:108:11
explain.go:91:61:   flow: {heap} = p:
explain.go:91:61:     from sinkPtr = p (assign) at explain.go:109:11
explain.go:91:50: parameter xs leaks to {heap} with derefs=1:
explain.go:91:50:   flow: {heap} = *xs:
explain.go:91:50:     from xs[0] (dot of pointer) at explain.go:93:11
explain.go:91:50:     from m[k] = xs[0] (assign) at explain.go:93:7
explain.go:91:12: m does not escape
explain.go:91:36: ch does not escape
explain.go:91:50: leaking param content: xs
explain.go:91:61: leaking param: v
explain.go:93:4: k escapes to heap
explain.go:111:16: k does not escape
explain.go:123:2: total escapes to heap
explain.go:180:14: <-in + s escapes to heap:
explain.go:180:14:   flow: {heap} = &{storage for <-in + s}:
explain.go:180:14:     from <-in + s (spill) at explain.go:180:14
explain.go:180:14:     from out <- (<-in + s) (send) at explain.go:180:6
explain.go:179:12: in does not escape
explain.go:179:30: out does not escape
explain.go:179:49: s does not escape
explain.go:180:14: <-in + s escapes to heap
explain.go:130:8: &counter{...} escapes to heap:
explain.go:130:8:   flow: {heap} = &{storage for &counter{...}}:
explain.go:130:8:     from &counter{...} (spill) at explain.go:130:8
explain.go:130:8:     from ch <- (&counter{...}) (send) at explain.go:130:5
explain.go:131:8: func literal escapes to heap:
explain.go:131:8:   flow: {heap} = &{storage for func literal}:
explain.go:131:8:     from func literal (spill) at explain.go:131:8
explain.go:131:8:     from fs <- (func literal) (send) at explain.go:131:5
explain.go:132:2: - (-a) escapes to heap:
explain.go:132:2:   flow: {heap} = &{storage for - (-a)}:
explain.go:132:2:     from - (-a) (spill) at explain.go:132:2
explain.go:132:2:     from sinkAny = - (-a) (assign) at explain.go:132:10
explain.go:133:2: ! (!t) escapes to heap:
explain.go:133:2:   flow: {heap} = &{storage for ! (!t)}:
explain.go:133:2:     from ! (!t) (spill) at explain.go:133:2
explain.go:133:2:     from sinkAny = ! (!t) (assign) at explain.go:133:10
explain.go:134:2: (s + s) == s escapes to heap:
explain.go:134:2:   flow: {heap} = &{storage for (s + s) == s}:
explain.go:134:2:     from (s + s) == s (spill) at explain.go:134:2
explain.go:134:2:     from sinkAny = (s + s) == s (assign) at explain.go:134:10
explain.go:135:2: func literal escapes to heap:
explain.go:135:2:   flow: {heap} = &{storage for func literal}:
explain.go:135:2:     from func literal (spill) at explain.go:135:2
explain.go:137:2: ok escapes to heap:
explain.go:137:2:   flow: {heap} = &{storage for ok}:
explain.go:137:2:     from ok (spill) at explain.go:137:2
explain.go:137:2:     from sinkAny = ok (assign) at explain.go:137:10
explain.go:129:15: printing capturing by value: a (addr=false assign=false width=8)
explain.go:135:10: printing capturing by value: .autotmp_7 (addr=false assign=false width=8)
explain.go:135:10: printing capturing by value: .autotmp_8 (addr=false assign=false width=8)
explain.go:135:10: printing capturing by value: .autotmp_9 (addr=false assign=false width=16)
explain.go:129:30: parameter s leaks to {storage for func literal} with derefs=0:
explain.go:129:30:   flow: .autotmp_9 = s:
explain.go:129:30:     from .autotmp_9 = s (assign) at explain.go:135:10
explain.go:129:30:   flow: {storage for func literal} = .autotmp_9:
explain.go:129:30:     from .autotmp_9 (captured by a closure) at explain.go:135:10
explain.go:129:78: parameter out leaks to {storage for func literal} with derefs=0:
explain.go:129:78:   flow: .autotmp_8 = out:
explain.go:129:78:     from .autotmp_8 = out (assign) at explain.go:135:10
explain.go:129:78:   flow: {storage for func literal} = .autotmp_8:
explain.go:129:78:     from .autotmp_8 (captured by a closure) at explain.go:135:10
explain.go:129:15: parameter a leaks to {storage for func literal} with derefs=0:
explain.go:129:15:   flow: {storage for func literal} = a:
explain.go:129:15:     from a (captured by a closure) at explain.go:131:28
explain.go:129:30: leaking param: s
explain.go:129:40: ch does not escape
explain.go:129:58: fs does not escape
explain.go:129:78: leaking param: out
explain.go:130:8: &counter{...} escapes to heap
explain.go:131:8: func literal escapes to heap
explain.go:132:2: - (-a) escapes to heap
explain.go:133:2: ! (!t) escapes to heap
explain.go:134:2: (s + s) == s escapes to heap
explain.go:134:13: s + s does not escape
explain.go:137:2: ok escapes to heap
explain.go:148:7: f does not escape
explain.go:160:15: xs does not escape
explain.go:166:2: l.shape.area() + l.shape.area() escapes to heap:
explain.go:166:2:   flow: {heap} = &{storage for l.shape.area() + l.shape.area()}:
explain.go:166:2:     from l.shape.area() + l.shape.area() (spill) at explain.go:166:2
explain.go:166:2:     from sinkAny = l.shape.area() + l.shape.area() (assign) at explain.go:166:10
explain.go:168:2: (*fins).swim(g.fins) escapes to heap:
explain.go:168:2:   flow: {heap} = &{storage for (*fins).swim(g.fins)}:
explain.go:168:2:     from (*fins).swim(g.fins) (spill) at explain.go:168:2
explain.go:168:2:     from sinkAny = (*fins).swim(g.fins) (assign) at explain.go:168:10
explain.go:169:32: &counter{...} escapes to heap:
explain.go:169:32:   flow: {heap} = &{storage for &counter{...}}:
explain.go:169:32:     from &counter{...} (spill) at explain.go:169:32
explain.go:169:32:     from map[string]*counter{...} (map literal value) at explain.go:169:26
explain.go:171:2: variadic() escapes to heap:
explain.go:171:2:   flow: {heap} = &{storage for variadic()}:
explain.go:171:2:     from variadic() (spill) at explain.go:171:2
explain.go:171:2:     from sinkAny = variadic() (assign) at explain.go:171:10
explain.go:174:9: func literal escapes to heap:
explain.go:174:9:   flow: {heap} = &{storage for func literal}:
explain.go:174:9:     from func literal (spill) at explain.go:174:9
explain.go:173:3: embedded capturing by value: x (addr=false assign=false width=8)
explain.go:165:35: embedded capturing by ref: r (addr=false assign=true width=8)
explain.go:165:35: r escapes to heap:
explain.go:165:35:   flow: {storage for func literal} = &r:
explain.go:165:35:     from r (captured by a closure) at explain.go:174:18
explain.go:165:35:     from r (reference) at explain.go:174:18
explain.go:169:26: map[string]*counter{...} escapes to heap:
explain.go:169:26:   flow: m = &{storage for map[string]*counter{...}}:
explain.go:169:26:     from map[string]*counter{...} (spill) at explain.go:169:26
explain.go:169:26:     from m := map[string]*counter{...} (assign) at explain.go:169:4
explain.go:169:26:   flow: {heap} = m:
explain.go:169:26:     from m (interface-converted) at explain.go:170:2
explain.go:169:26:     from sinkAny = m (assign) at explain.go:170:10
explain.go:165:15: parameter l leaks to {heap} with derefs=0:
explain.go:165:15:   flow: {heap} = l:
explain.go:165:15:     from l.shape (dot) at explain.go:166:13
explain.go:165:15:     from l.shape.area() (call parameter) at explain.go:166:24
explain.go:165:15: leaking param: l
explain.go:165:26: f does not escape
explain.go:165:35: moved to heap: r
explain.go:166:2: l.shape.area() + l.shape.area() escapes to heap
explain.go:168:2: (*fins).swim(g.fins) escapes to heap
explain.go:169:26: map[string]*counter{...} escapes to heap
explain.go:169:32: &counter{...} escapes to heap
explain.go:171:2: variadic(nil...) escapes to heap
explain.go:174:9: func literal escapes to heap
explain.go:187:2: n escapes to heap:
explain.go:187:2:   flow: {heap} = &n:
explain.go:187:2:     from &n (address-of) at explain.go:188:8
explain.go:187:2:     from chain(&n) (call parameter) at explain.go:188:7
explain.go:187:2: n escapes to heap:
explain.go:187:2:   flow: {heap} = &n:
explain.go:187:2:     from &n (address-of) at explain.go:189:12
explain.go:187:2:     from nested(1, &n) (call parameter) at explain.go:189:8
explain.go:187:2: n escapes to heap:
explain.go:187:2:   flow: {heap} = &n:
explain.go:187:2:     from &n (address-of) at explain.go:190:14
explain.go:187:2:     from deferred(2, &n) (call parameter) at explain.go:190:10
explain.go:187:2: n escapes to heap:
explain.go:187:2:   flow: {heap} = &n:
explain.go:187:2:     from &n (address-of) at explain.go:194:31
explain.go:187:2:     from &n (interface-converted) at explain.go:194:31
explain.go:187:2:     from flows(m, ch, []*int{...}, &n) (call parameter) at explain.go:194:7
explain.go:184:7: &buffer{...} escapes to heap:
explain.go:184:7:   flow: b = &{storage for &buffer{...}}:
explain.go:184:7:     from &buffer{...} (spill) at explain.go:184:7
explain.go:184:7:     from b := &buffer{...} (assign) at explain.go:184:4
explain.go:184:7:   flow: {heap} = b:
explain.go:184:7:     from (*buffer).window(b) (call parameter) at explain.go:186:10
explain.go:184:26: ([]byte)("abc") escapes to heap:
explain.go:184:26:   flow: {storage for &buffer{...}} = &{storage for ([]byte)("abc")}:
explain.go:184:26:     from ([]byte)("abc") (spill) at explain.go:184:26
explain.go:184:26:     from buffer{...} (struct literal element) at explain.go:184:14
explain.go:187:2: moved to heap: n
explain.go:184:7: &buffer{...} escapes to heap
explain.go:184:26: ([]byte)("abc") escapes to heap
explain.go:191:19: []string{...} does not escape
explain.go:192:27: map[interface {}]*int{} does not escape
explain.go:194:21: []*int{...} does not escape
