sizes.go:25:6: a escapes to heap:
sizes.go:25:6:   flow: {heap} = &a:
sizes.go:25:6:     from a (too large for stack) at sizes.go:25:6
sizes.go:25:6: moved to heap: a
sizes.go:39:10: new(page) does not escape
sizes.go:45:10: new(pagePlus) escapes to heap:
sizes.go:45:10:   flow: {heap} = &{storage for new(pagePlus)}:
sizes.go:45:10:     from new(pagePlus) (too large for stack) at sizes.go:45:10
sizes.go:45:10: new(pagePlus) escapes to heap
sizes.go:52:7: &page{} does not escape
sizes.go:57:7: &pagePlus{} escapes to heap:
sizes.go:57:7:   flow: {heap} = &{storage for &pagePlus{}}:
sizes.go:57:7:     from &pagePlus{} (too large for stack) at sizes.go:57:7
sizes.go:57:7: &pagePlus{} escapes to heap
sizes.go:63:11: make([]int64, kb64) does not escape
sizes.go:68:11: make([]int64, kb64 + 1) escapes to heap:
sizes.go:68:11:   flow: {heap} = &{storage for make([]int64, kb64 + 1)}:
sizes.go:68:11:     from make([]int64, kb64 + 1) (too large for stack) at sizes.go:68:11
sizes.go:68:11: make([]int64, kb64 + 1) escapes to heap
sizes.go:74:11: make([]byte, smallLen, 2 * smallLen) does not escape
sizes.go:80:11: make([]byte, n) escapes to heap:
sizes.go:80:11:   flow: {heap} = &{storage for make([]byte, n)}:
sizes.go:80:11:     from make([]byte, n) (non-constant size) at sizes.go:80:11
sizes.go:80:11: make([]byte, n) escapes to heap
sizes.go:86:11: make([]byte, n) escapes to heap:
sizes.go:86:11:   flow: {heap} = &{storage for make([]byte, n)}:
sizes.go:86:11:     from make([]byte, n) (non-constant size) at sizes.go:86:11
sizes.go:86:11: make([]byte, n) escapes to heap
sizes.go:92:11: make([]int, 2, n) escapes to heap:
sizes.go:92:11:   flow: {heap} = &{storage for make([]int, 2, n)}:
sizes.go:92:11:     from make([]int, 2, n) (non-constant size) at sizes.go:92:11
sizes.go:92:11: make([]int, 2, n) escapes to heap
sizes.go:98:11: make([]int, 0) does not escape
sizes.go:99:11: make([]struct {}, 100) does not escape
sizes.go:104:11: make([]struct {}, n) escapes to heap:
sizes.go:104:11:   flow: {heap} = &{storage for make([]struct {}, n)}:
sizes.go:104:11:     from make([]struct {}, n) (non-constant size) at sizes.go:104:11
sizes.go:104:11: make([]struct {}, n) escapes to heap
sizes.go:111:11: make(map[int]int, 1 << 20) does not escape
sizes.go:118:7: &pagePlus{...} escapes to heap:
sizes.go:118:7:   flow: {heap} = &{storage for &pagePlus{...}}:
sizes.go:118:7:     from &pagePlus{...} (too large for stack) at sizes.go:118:7
sizes.go:118:7: &pagePlus{...} escapes to heap
sizes.go:124:14: []int64{...} does not escape
