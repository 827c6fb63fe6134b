// mgcmark.h — marking (Go's mgcmark.go): roots, greying, scanning, draining, assists.
//
// Tri-color marking over the mark bits: white = unmarked, grey = marked and queued in
// a gcWork (mgcwork.h), black = marked and scanned (or marked in a noscan span, which
// is never scanned). Objects allocated during a mark phase are born black (mallocgc).
//
// Roots, marked once per cycle:
//   - globals: precisely, from the table the compiler emits (go.gcroots: address,
//     size and pointer bitmap of every package variable holding pointers), and the
//     pending timers, with the world stopped (markroots);
//   - goroutine stacks: conservatively — every word of the stack from the goroutine's
//     saved stack pointer up, and its saved registers, that points into an allocated
//     object (interior pointers included) marks that object — with the runtime's own
//     references for the goroutine (its entry closure, defer records and panics).
//     During concurrent mark, one goroutine at a time (markrootStacks, Go's
//     markroot/scanstack/suspendG): one that is not running is held still by _Gscan
//     while the collector scans it; one that is running is asked (g::preemptscan) to
//     scan itself on its g0 at its next safepoint. Every goroutine that existed when
//     marking began is scanned exactly once (g::gcscangen); those created later start
//     with empty stacks and get every pointer through a write barrier or from a new
//     (black) object. This is sound because of the hybrid barrier (mbarrier.h) and
//     because stores into new objects take the barrier too (Go's needwb: codegen's
//     initStore).
// Heap objects are scanned precisely through the heap bitmap (mbitmap.h).
//
// Assists: while marking, a goroutine that allocates pays for it with scan work in
// proportion (the pacer's assistWorkPerByte); see gcAssistAlloc.
#pragma once

#include "mgcwork.h"
#include "mspan.h"
#include "runtime2.h"

#include <cstdint>
#include <functional>

namespace runtime {

// greyobject marks the object at obj (base address, in span s at index idx) and
// queues it for scanning unless its span is noscan.
void greyobject(uintptr_t obj, mspan* s, uintptr_t idx, gcWork* gcw);

// scanobject scans the object at b (a base address in a scan span) precisely.
void scanobject(uintptr_t b, gcWork* gcw);

// scanblock scans n bytes at b whose pointer words are the bits of ptrmask (bit i of
// byte i/8: word i holds a pointer).
void scanblock(uintptr_t b, uintptr_t n, const uint8_t* ptrmask, gcWork* gcw);

// scanConservative scans [lo, hi): any word that points into an allocated heap object
// marks it.
void scanConservative(uintptr_t lo, uintptr_t hi, gcWork* gcw);

// markroots marks the globals and the timers, and with stacks every goroutine's stack
// too (world stopped; GODEBUG=gcstoptheworld=1 scans the stacks there).
void markroots(gcWork* gcw, bool stacks);

// markrootStacks scans, during concurrent mark, the stack of every goroutine that
// existed when the cycle (gen, > 0) began; it returns when all are scanned. Called by
// the collector with the world running.
void markrootStacks(uint32_t gen);
// stackScanGen: the cycle whose stacks are being scanned (0: none).
extern std::atomic<uint32_t> stackScanGen;
// scanstackSelf: gp (running, switched to its g0 by scanself) scans its own stack if
// the current cycle asked for it and it has not been scanned yet.
void scanstackSelf(g* gp);

// checkmarkRoots calls visit(word, conservative) for every root word, as markroots
// would see it (for gccheckmark's independent traversal).
void checkmarkRoots(const std::function<void(uintptr_t, bool)>& visit);

// The bytes of globals that hold pointers (the "globals" of gctrace and the heap goal).
uintptr_t globalsScanBytes();

// gcDrain scans grey objects until there are none, or until budget bytes were
// scanned (budget 0: no limit), or until *stop becomes true, or — preemptible, for a
// goroutine's assist — until the collector asks the world to stop (a goroutine must
// not hold a stop up for the length of its assist). Returns the bytes scanned.
uint64_t gcDrain(gcWork* gcw, uint64_t budget, const std::atomic<bool>* stop,
                 bool preemptible = false);

// gcAssistAlloc charges an allocation of size bytes during marking to the current
// goroutine and does scan work to pay for it (mallocgc's assist hook). With nothing
// left to scan and the debt unpaid, the goroutine parks ("GC assist wait") until the
// workers' scan work pays it or marking ends: mallocgc may switch goroutines, and the
// caller may resume on another P.
void gcAssistAlloc(uintptr_t size);
// gcFlushBgCredit: a worker did scanWork: it pays the parked assists first, in order,
// readying those it paid off; the rest becomes bgScanCredit.
void gcFlushBgCredit(int64_t scanWork);
// gcWakeAllAssists readies every parked assist (marking is over).
void gcWakeAllAssists();
// The number of goroutines parked in an assist.
int32_t gcParkedAssists();

}  // namespace runtime
