package compare

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"testing"
)

type totals struct {
	mu sync.Mutex
	m  map[string]int
}

func (t *totals) add(name string, n int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.m == nil {
		t.m = map[string]int{}
	}
	t.m[name] += n
}

var caseTotal totals

func TestMain(m *testing.M) {
	code := m.Run()
	var names []string
	sum := 0
	for k, v := range caseTotal.m {
		names = append(names, k)
		sum += v
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(os.Stderr, "  %-40s %9d cases\n", k, caseTotal.m[k])
	}
	fmt.Fprintf(os.Stderr, "total: %d comparison cases in %d tests\n", sum, len(names))
	os.Exit(code)
}
