conversions.go:15:7: parameter l leaks to ~r0 with derefs=0:
conversions.go:15:7:   flow: ~r0 = l:
conversions.go:15:7:     from return string(l) (return) at conversions.go:15:34
conversions.go:15:7: leaking param: l to result ~r0 level=0
conversions.go:21:15: parameter p leaks to ~r0 with derefs=0:
conversions.go:21:15:   flow: ~r0 = p:
conversions.go:21:15:     from return intPtr(p) (return) at conversions.go:22:2
conversions.go:21:15: leaking param: p to result ~r0 level=0
conversions.go:25:14: parameter s leaks to ~r0 with derefs=0:
conversions.go:25:14:   flow: ~r0 = s:
conversions.go:25:14:     from return names(s) (return) at conversions.go:26:2
conversions.go:25:14: leaking param: s to result ~r0 level=0
conversions.go:36:2: i escapes to heap:
conversions.go:36:2:   flow: {heap} = &{storage for i}:
conversions.go:36:2:     from i (spill) at conversions.go:36:2
conversions.go:36:2:     from sinkAny = i (assign) at conversions.go:36:10
conversions.go:37:2: f escapes to heap:
conversions.go:37:2:   flow: {heap} = &{storage for f}:
conversions.go:37:2:     from f (spill) at conversions.go:37:2
conversions.go:37:2:     from sinkAny = f (assign) at conversions.go:37:10
conversions.go:38:2: b escapes to heap:
conversions.go:38:2:   flow: {heap} = &{storage for b}:
conversions.go:38:2:     from b (spill) at conversions.go:38:2
conversions.go:38:2:     from sinkAny = b (assign) at conversions.go:38:10
conversions.go:39:2: s escapes to heap:
conversions.go:39:2:   flow: {heap} = &{storage for s}:
conversions.go:39:2:     from s (spill) at conversions.go:39:2
conversions.go:39:2:     from sinkAny = s (assign) at conversions.go:39:10
conversions.go:35:43: parameter s leaks to {storage for s} with derefs=0:
conversions.go:35:43:   flow: {storage for s} = s:
conversions.go:35:43:     from s (interface-converted) at conversions.go:39:2
conversions.go:35:43: leaking param: s
conversions.go:36:2: i escapes to heap
conversions.go:37:2: f escapes to heap
conversions.go:38:2: b escapes to heap
conversions.go:39:2: s escapes to heap
conversions.go:46:2: p escapes to heap:
conversions.go:46:2:   flow: {heap} = &{storage for p}:
conversions.go:46:2:     from p (spill) at conversions.go:46:2
conversions.go:46:2:     from sinkAny = p (assign) at conversions.go:46:10
conversions.go:47:2: a escapes to heap:
conversions.go:47:2:   flow: {heap} = &{storage for a}:
conversions.go:47:2:     from a (spill) at conversions.go:47:2
conversions.go:47:2:     from sinkAny = a (assign) at conversions.go:47:10
conversions.go:48:2: c escapes to heap:
conversions.go:48:2:   flow: {heap} = &{storage for c}:
conversions.go:48:2:     from c (spill) at conversions.go:48:2
conversions.go:48:2:     from sinkAny = c (assign) at conversions.go:48:10
conversions.go:46:2: p escapes to heap
conversions.go:47:2: a escapes to heap
conversions.go:48:2: c escapes to heap
conversions.go:54:48: parameter f leaks to {heap} with derefs=0:
conversions.go:54:48:   flow: {heap} = f:
conversions.go:54:48:     from f (interface-converted) at conversions.go:57:2
conversions.go:54:48:     from sinkAny = f (assign) at conversions.go:57:10
conversions.go:54:33: parameter m leaks to {heap} with derefs=0:
conversions.go:54:33:   flow: {heap} = m:
conversions.go:54:33:     from m (interface-converted) at conversions.go:56:2
conversions.go:54:33:     from sinkAny = m (assign) at conversions.go:56:10
conversions.go:54:25: parameter p leaks to {heap} with derefs=0:
conversions.go:54:25:   flow: {heap} = p:
conversions.go:54:25:     from p (interface-converted) at conversions.go:55:2
conversions.go:54:25:     from sinkAny = p (assign) at conversions.go:55:10
conversions.go:54:25: leaking param: p
conversions.go:54:33: leaking param: m
conversions.go:54:48: leaking param: f
conversions.go:62:2: s escapes to heap:
conversions.go:62:2:   flow: {heap} = &{storage for s}:
conversions.go:62:2:     from s (spill) at conversions.go:62:2
conversions.go:62:2:     from sinkAny = s (assign) at conversions.go:62:10
conversions.go:61:17: parameter s leaks to {storage for s} with derefs=0:
conversions.go:61:17:   flow: {storage for s} = s:
conversions.go:61:17:     from s (interface-converted) at conversions.go:62:2
conversions.go:61:17: leaking param: s
conversions.go:62:2: s escapes to heap
conversions.go:67:2: 42 escapes to heap:
conversions.go:67:2:   flow: {heap} = &{storage for 42}:
conversions.go:67:2:     from 42 (spill) at conversions.go:67:2
conversions.go:67:2:     from sinkAny = 42 (assign) at conversions.go:67:10
conversions.go:68:2: "const" escapes to heap:
conversions.go:68:2:   flow: {heap} = &{storage for "const"}:
conversions.go:68:2:     from "const" (spill) at conversions.go:68:2
conversions.go:68:2:     from sinkAny = "const" (assign) at conversions.go:68:10
conversions.go:69:2: 1.5 escapes to heap:
conversions.go:69:2:   flow: {heap} = &{storage for 1.5}:
conversions.go:69:2:     from 1.5 (spill) at conversions.go:69:2
conversions.go:69:2:     from sinkAny = 1.5 (assign) at conversions.go:69:10
conversions.go:70:2: myInt(7) escapes to heap:
conversions.go:70:2:   flow: {heap} = &{storage for myInt(7)}:
conversions.go:70:2:     from myInt(7) (spill) at conversions.go:70:2
conversions.go:70:2:     from sinkAny = myInt(7) (assign) at conversions.go:70:10
conversions.go:67:2: 42 escapes to heap
conversions.go:68:2: "const" escapes to heap
conversions.go:69:2: 1.5 escapes to heap
conversions.go:70:2: myInt(7) escapes to heap
conversions.go:75:20: (interface {})(x) escapes to heap:
conversions.go:75:20:   flow: ~r0 = &{storage for (interface {})(x)}:
conversions.go:75:20:     from (interface {})(x) (spill) at conversions.go:75:20
conversions.go:75:20:     from return (interface {})(x) (return) at conversions.go:75:2
conversions.go:75:20: (interface {})(x) escapes to heap
conversions.go:80:2: l escapes to heap:
conversions.go:80:2:   flow: {heap} = &{storage for l}:
conversions.go:80:2:     from l (spill) at conversions.go:80:2
conversions.go:80:2:     from sinkStringer = l (assign) at conversions.go:80:15
conversions.go:79:17: parameter l leaks to {storage for l} with derefs=0:
conversions.go:79:17:   flow: {storage for l} = l:
conversions.go:79:17:     from l (interface-converted) at conversions.go:80:2
conversions.go:79:17: leaking param: l
conversions.go:80:2: l escapes to heap
conversions.go:84:21: v does not escape
conversions.go:85:25: (interface {})(x) does not escape
conversions.go:89:13: parameter v leaks to ~r0 with derefs=0:
conversions.go:89:13:   flow: s = v:
conversions.go:89:13:     from v.(stringer) (dot) at conversions.go:90:11
conversions.go:89:13:     from s, _ := v.(stringer) (assign-pair-dot-type) at conversions.go:90:7
conversions.go:89:13:   flow: ~r0 = s:
conversions.go:89:13:     from return s (return) at conversions.go:91:2
conversions.go:89:13: leaking param: v to result ~r0 level=0
conversions.go:94:12: parameter s leaks to {heap} with derefs=0:
conversions.go:94:12:   flow: {heap} = s:
conversions.go:94:12:     from s (interface-converted) at conversions.go:95:2
conversions.go:94:12:     from sinkAny = s (assign) at conversions.go:95:10
conversions.go:94:12: leaking param: s
conversions.go:100:11: v does not escape
conversions.go:109:13: p does not escape
conversions.go:114:16: numeric(2) escapes to heap:
conversions.go:114:16:   flow: ~r0 = &{storage for numeric(2)}:
conversions.go:114:16:     from numeric(2) (spill) at conversions.go:114:16
conversions.go:114:16:     from return numeric(2) (return) at conversions.go:114:2
conversions.go:114:16: numeric(2) escapes to heap
conversions.go:118:2: x escapes to heap:
conversions.go:118:2:   flow: {heap} = &x:
conversions.go:118:2:     from &x (address-of) at conversions.go:122:21
conversions.go:118:2:     from storePointerShaped(&x, nil, nil) (call parameter) at conversions.go:122:20
conversions.go:123:18: []int{...} escapes to heap:
conversions.go:123:18:   flow: {heap} = &{storage for []int{...}}:
conversions.go:123:18:     from []int{...} (spill) at conversions.go:123:18
conversions.go:123:18:     from storeSlice([]int{...}) (call parameter) at conversions.go:123:12
conversions.go:127:13: label("w") escapes to heap:
conversions.go:127:13:   flow: {heap} = &{storage for label("w")}:
conversions.go:127:13:     from label("w") (spill) at conversions.go:127:13
conversions.go:127:13:     from widen(label("w")) (call parameter) at conversions.go:127:7
conversions.go:118:2: moved to heap: x
conversions.go:123:18: []int{...} escapes to heap
conversions.go:125:41: 1 does not escape
conversions.go:125:57: label("l") does not escape
conversions.go:127:13: label("w") escapes to heap
