// mgc.h — the garbage collector (Go's mgc.go): a concurrent tri-color mark-sweep
// collector, non-moving and non-generational, as Go's.
//
// A cycle (gcCycle, run by the controller thread when the pacer's trigger is reached,
// on runtime.GC(), or every two minutes without a cycle):
//   1. sweep termination, world stopped: finish the previous sweep (finishsweep_m), a
//      new mark-bits epoch, phase _GCmark, the write barrier on, the tiny blocks
//      marked, every root marked (mgcmark.h: globals precisely, each goroutine's stack
//      once, conservatively);
//   2. concurrent mark: the world runs with the barrier on; the controller scans the
//      goroutines' stacks one at a time; the Ps' background mark workers (mgcworker.h:
//      dedicated, fractional and idle, run by the scheduler on the Ps' g0s) drain grey
//      objects; allocating goroutines assist in proportion (mgcpacer.h) and park when
//      there is nothing left for them to scan; objects allocated now are black. The
//      controller sleeps until the last worker finds nothing left;
//   3. mark termination, world stopped once nothing is left to mark (the goroutines'
//      own buffers included): the barrier off, phase _GCoff, the pacer's next goal,
//      statistics, and the sweep starts (gcSweep);
//   4. concurrent sweep: a background thread, and lazily every allocation (mgcsweep.h).
// A phase changes only with every goroutine stopped at a safepoint (stw.h).
//
// GODEBUG: gctrace=1 prints Go 1.19's line per cycle on standard error;
// gcstoptheworld=1 marks with the world stopped; gccheckmark=1 re-marks everything
// with the world stopped after each mark and throws if the concurrent mark missed an
// object; clobberfree=1 fills freed objects with 0xdeadbeef when they are swept.
//
// The seams the allocator uses:
//   gcphase            _GCoff / _GCmark / _GCmarktermination. While it is not _GCoff,
//                      mallocgc allocates black: the new object's mark bit is set
//                      (gcmarknewobject), so the cycle in progress never frees it.
//   gcBlackenEnabled   set while mark workers run; when set, mallocgc calls
//                      gcAssistAllocHook(size) before allocating (Go's assist: an
//                      allocating goroutine does mark work proportional to its
//                      allocation). Null hook = nothing to do.
//   gcTriggerHook      called by mallocgc after an allocation that refilled an mcache
//                      or allocated a large object (Go's shouldhelpgc → gcTrigger test).
//   markobject(p)      the allocator's half of Go's greyobject: sets the mark bit of the
//                      object containing p and its span's pageMarks bit; reports whether
//                      this call marked it (so the caller queues it for scanning). p must
//                      point into an allocated object: a conservative root must first be
//                      checked against the span's free slots (marking a free slot makes
//                      the sweep throw "sweep increased allocation count").
//   gcResetMarkState   clears every arena's pageMarks before a mark phase.
//   gcMarkTinyAllocs   marks every P's current tiny block when a mark phase starts: tiny
//                      sub-allocations from a block that predates the mark are not
//                      allocated black (the fast path does not mark), so the block
//                      itself must be (Go's gcMarkTinyAllocs).
//
// The sweep side (gcSweep, finishsweep_m, sweepone) is in mgcsweep.h, with the order
// in which a cycle calls all of these.
#pragma once

#include "mspan.h"

#include <atomic>
#include <cstdint>

namespace runtime {

enum : uint32_t {
  _GCoff,
  _GCmark,
  _GCmarktermination,
};

extern std::atomic<uint32_t> gcphase;
extern std::atomic<uint32_t> gcBlackenEnabled;
extern void (*gcAssistAllocHook)(uintptr_t size);
extern void (*gcTriggerHook)();

// setGCPhase changes the phase (world stopped, as Go's setGCPhase).
void setGCPhase(uint32_t x);

struct gcDebugFlags {
  int gctrace = 0;
  int gcstoptheworld = 0;
  int gccheckmark = 0;
  int clobberfree = 0;
};
extern gcDebugFlags gcdebug;

// gcinit starts the collector's threads — the controller and the background sweeper
// (schedinit, after the Ps exist).
void gcinit();
// GC runs a full cycle and its sweep, the calling goroutine parked meanwhile
// ("wait for GC cycle"; runtime.GC).
void GC();
// Whether marking is in progress (assists and black allocation are on).
bool gcMarkActive();
// gcHoldsGoroutines: a cycle is requested or running, or goroutines wait on the
// collector (runtime.GC callers, parked assists) — it will ready them, so they are not
// deadlocked (proc.cpp's checkdead).
bool gcHoldsGoroutines();
// The share of CPU time the collector used since the program started.
double gcCPUFraction();
// gcCheckmark verifies the mark (GODEBUG=gccheckmark=1; world stopped).
void gcCheckmark();

void gcResetMarkState();

// gcMarkTinyAllocs marks the current tiny block of every mcache. World stopped, right
// after setGCPhase(_GCmark).
void gcMarkTinyAllocs();

bool markobject(uintptr_t p);

// gcmarknewobject marks an object allocated during a mark phase (black allocation).
void gcmarknewobject(mspan* s, uintptr_t obj, uintptr_t size);

}  // namespace runtime
