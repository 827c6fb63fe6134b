// Test shim (not shipped): the runtime services package sync declares without bodies
// (runtime/sema.cpp), in real Go. Semaphores and notify lists spin with
// runtime.Gosched instead of parking, which keeps their semantics (a count that
// acquire waits for, tickets that wait for notify to pass them) so that Mutex,
// RWMutex, WaitGroup, Once and Cond run with real goroutines under Go.
package sync

import (
	"fmt"
	"os"
	"runtime"
	ratomic "sync/atomic"
	"time"
	"unsafe"
)

func runtime_Semacquire(s *uint32) {
	for {
		v := ratomic.LoadUint32(s)
		if v > 0 && ratomic.CompareAndSwapUint32(s, v, v-1) {
			return
		}
		runtime.Gosched()
	}
}

func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int) { runtime_Semacquire(s) }

func runtime_Semrelease(s *uint32, handoff bool, skipframes int) { ratomic.AddUint32(s, 1) }

func runtime_notifyListAdd(l *notifyList) uint32 { return ratomic.AddUint32(&l.wait, 1) - 1 }

func runtime_notifyListWait(l *notifyList, t uint32) {
	for int32(t-ratomic.LoadUint32(&l.notify)) >= 0 {
		runtime.Gosched()
	}
}

func runtime_notifyListNotifyAll(l *notifyList) {
	ratomic.StoreUint32(&l.notify, ratomic.LoadUint32(&l.wait))
}

func runtime_notifyListNotifyOne(l *notifyList) {
	for {
		n := ratomic.LoadUint32(&l.notify)
		if n == ratomic.LoadUint32(&l.wait) || ratomic.CompareAndSwapUint32(&l.notify, n, n+1) {
			return
		}
	}
}

func runtime_notifyListCheck(size uintptr) {}

func runtime_canSpin(i int) bool { return false }
func runtime_doSpin()            {}
func runtime_nanotime() int64    { return time.Now().UnixNano() }

func addressOf(c *copyChecker) uintptr { return uintptr(unsafe.Pointer(c)) }

func throw(s string) { fatal(s) }

func fatal(s string) {
	fmt.Fprintln(os.Stderr, "fatal error: "+s)
	os.Exit(2)
}
