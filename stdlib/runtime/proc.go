// The scheduler's API (Go's runtime/proc.go, debug.go). The functions without a body
// are the C++ runtime's (runtime/proc.cpp).
package runtime

// Gosched yields the processor, allowing other goroutines to run. It does not suspend
// the current goroutine, so execution resumes automatically.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting. If n < 1, it does not change the current setting.
func GOMAXPROCS(n int) int

// runTimerFunc runs a time package timer's function (called by the C++ runtime,
// runtime/timer.cpp, between goroutines).
func runTimerFunc(f func(any, uintptr), arg any, seq uintptr) {
	f(arg, seq)
}
