// Package compare runs minigo's standard library (module mstd) and Go's side by side
// on many inputs and fails on any difference. Assembled and run by ../run.py.
package compare

import (
	"math/rand"
	"testing"
)

// n returns the number of randomized cases to run: full, or a tenth with -short.
func n(full int) int {
	if testing.Short() {
		return full / 10
	}
	return full
}

func newRand() *rand.Rand { return rand.New(rand.NewSource(1)) }

// counter counts comparison cases per test for the summary.
type counter struct {
	t     *testing.T
	cases int
	fails int
}

func newCounter(t *testing.T) *counter { return &counter{t: t} }

func (c *counter) check(ok bool, format string, args ...any) {
	c.cases++
	if !ok {
		c.fails++
		if c.fails <= 30 {
			c.t.Errorf(format, args...)
		} else if c.fails == 31 {
			c.t.Errorf("... more failures")
		}
	}
}

func (c *counter) done() {
	c.t.Logf("%d cases, %d failures", c.cases, c.fails)
	caseTotal.add(c.t.Name(), c.cases)
}

// randString returns a random string mixing ASCII, multi-byte UTF-8 and invalid bytes.
func randString(r *rand.Rand, maxLen int) string {
	n := r.Intn(maxLen + 1)
	b := make([]byte, 0, n)
	for len(b) < n {
		switch r.Intn(6) {
		case 0, 1:
			b = append(b, byte(' '+r.Intn(95)))
		case 2:
			b = append(b, byte(r.Intn(256)))
		case 3:
			b = append(b, string(rune(0x80+r.Intn(0x800)))...)
		case 4:
			b = append(b, string(rune(r.Intn(0x110000)))...)
		case 5:
			b = append(b, specials[r.Intn(len(specials))])
		}
	}
	return string(b)
}

var specials = []byte("aAbB \t\n\u00e9\u00c9\u0130\u0131\u212a\ufffd\u1e9e\u00df")
