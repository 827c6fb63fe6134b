// Test shim (not shipped): the collector's knobs (stdlib/runtime/debug), which
// minigo's C++ runtime provides (runtime/gcapi.cpp), written with real Go's
// runtime/debug.
package debug

import realdebug "runtime/debug"

func setGCPercent(percent int32) int32 { return int32(realdebug.SetGCPercent(int(percent))) }

func SetMemoryLimit(limit int64) int64 { return realdebug.SetMemoryLimit(limit) }

func freeOSMemory() { realdebug.FreeOSMemory() }
