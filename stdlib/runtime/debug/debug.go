// Package debug contains the collector's knobs of Go's runtime/debug: SetGCPercent,
// SetMemoryLimit and FreeOSMemory. The functions without a body are the C++ runtime's
// (runtime/gcapi.cpp).
package debug

import "runtime"

// SetGCPercent sets the garbage collection target percentage: a collection is
// triggered when the ratio of freshly allocated data to live data remaining after the
// previous collection reaches this percentage. It returns the previous setting. The
// initial setting is the value of the GOGC environment variable at startup, or 100. A
// negative percentage disables the collector unless the memory limit is reached.
func SetGCPercent(percent int) int {
	return int(setGCPercent(int32(percent)))
}

func setGCPercent(percent int32) int32

// SetMemoryLimit provides the runtime with a soft memory limit and returns the
// previously set limit. A negative input does not adjust the limit. The initial
// setting is math.MaxInt64 unless the GOMEMLIMIT environment variable is set.
func SetMemoryLimit(limit int64) int64

// FreeOSMemory forces a garbage collection followed by an attempt to return as much
// memory to the operating system as possible.
func FreeOSMemory() {
	runtime.GC()
	freeOSMemory()
}

func freeOSMemory()
