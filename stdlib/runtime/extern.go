// The collector's API (Go's runtime/mgc.go, mstats.go): runtime.GC, KeepAlive and
// ReadMemStats. The functions without a body are the C++ runtime's (runtime/gcapi.cpp).
package runtime

// GC runs a garbage collection and blocks the caller until the garbage collection is
// complete. It may also block the entire program.
func GC()

// KeepAlive marks its argument as currently reachable. This ensures that the object
// is not freed before the point in the program where KeepAlive is called.
//
//go:noescape
func KeepAlive(x any)

// A MemStats records statistics about the memory allocator (the fields, their order and
// their meaning are Go 1.19's).
type MemStats struct {
	// General statistics.
	Alloc      uint64
	TotalAlloc uint64
	Sys        uint64
	Lookups    uint64
	Mallocs    uint64
	Frees      uint64

	// Heap memory statistics.
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64

	// Stack memory statistics.
	StackInuse uint64
	StackSys   uint64

	// Off-heap memory statistics.
	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	// Garbage collector statistics.
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool

	// BySize reports per-size class allocation statistics.
	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	readMemStats(m)
}

//go:noescape
func readMemStats(m *MemStats)
