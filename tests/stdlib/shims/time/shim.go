// Test shim (not shipped): the time primitives, written with real Go's syscall, as
// runtime/time.cpp implements them (clock_gettime and nanosleep).
package time

import (
	"syscall"
	"unsafe"
)

// ShimNow, when set, replaces the clocks now reads (tests set it to build times
// with chosen wall and monotonic readings). Test-only: not part of minigo's time.
var ShimNow func() (sec int64, nsec int32, mono int64)

// ShimStartNano returns the monotonic clock reading the package recorded at start
// (a Time from Now has the reading mono-ShimStartNano()). Test-only.
func ShimStartNano() int64 { return startNano }

const (
	clockRealtime  = 0
	clockMonotonic = 1
)

func clockGettime(clock uintptr) (int64, int32) {
	var ts syscall.Timespec
	if _, _, e := syscall.RawSyscall(syscall.SYS_CLOCK_GETTIME, clock, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		panic("clock_gettime: " + e.Error())
	}
	return ts.Sec, int32(ts.Nsec)
}

func now() (sec int64, nsec int32, mono int64) {
	if ShimNow != nil {
		return ShimNow()
	}
	sec, nsec = clockGettime(clockRealtime)
	return sec, nsec, runtimeNano()
}

func runtimeNano() int64 {
	s, ns := clockGettime(clockMonotonic)
	return s*1e9 + int64(ns)
}

func sleep(ns int64) {
	req := syscall.NsecToTimespec(ns)
	for {
		var rem syscall.Timespec
		if err := syscall.Nanosleep(&req, &rem); err != syscall.EINTR {
			return
		}
		req = rem
	}
}
