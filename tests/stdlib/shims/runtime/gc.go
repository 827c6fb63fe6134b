// Test shim (not shipped): the collector's primitives (stdlib/runtime/extern.go),
// which minigo's C++ runtime provides (runtime/gcapi.cpp), written with real Go's
// runtime.
package runtime

import realruntime "runtime"

func GC()             { realruntime.GC() }
func KeepAlive(x any) { realruntime.KeepAlive(x) }

// readMemStats: minigo's MemStats has Go's fields, in Go's order.
func readMemStats(m *MemStats) {
	var s realruntime.MemStats
	realruntime.ReadMemStats(&s)
	*m = MemStats(s)
}
