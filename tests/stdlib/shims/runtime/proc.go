// Test shim (not shipped): the scheduler's primitives (stdlib/runtime/proc.go), which
// minigo's C++ runtime provides (runtime/proc.cpp), written with real Go's runtime.
package runtime

import realruntime "runtime"

func Gosched()             { realruntime.Gosched() }
func NumGoroutine() int    { return realruntime.NumGoroutine() }
func NumCPU() int          { return realruntime.NumCPU() }
func GOMAXPROCS(n int) int { return realruntime.GOMAXPROCS(n) }
