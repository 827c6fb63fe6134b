// Package sync provides basic synchronization primitives (Go's sync), written on the
// runtime's semaphores and notify lists (runtime/sema.cpp).
package sync

// The runtime services below have no bodies: runtime/sema.cpp defines them under
// these names.

// runtime_Semacquire waits until *s > 0 and then decrements it.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for Mutex and RWMutex; a lifo waiter
// (one that waited before) queues at the head of the wait queue.
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease increments *s and wakes one waiter, if any; with handoff the
// count goes straight to that waiter.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

func runtime_notifyListAdd(l *notifyList) uint32
func runtime_notifyListWait(l *notifyList, t uint32)
func runtime_notifyListNotifyAll(l *notifyList)
func runtime_notifyListNotifyOne(l *notifyList)
func runtime_notifyListCheck(size uintptr)

// runtime_canSpin reports whether spinning (runtime_doSpin) makes sense now, the
// i-th time in a row.
func runtime_canSpin(i int) bool
func runtime_doSpin()
func runtime_nanotime() int64

// throw and fatal print "fatal error: " and the message and exit with status 2
// (throw: sync's own invariant broke; fatal: the program misused sync).
func throw(string)
func fatal(string)

// notifyList is runtime.notifyList (runtime/sema.h), with the same layout.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   uintptr
	tail   uintptr
}

func init() {
	// 2 uint32 + 3 uintptr.
	runtime_notifyListCheck(32)
}
