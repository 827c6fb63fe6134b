// mgc.h — the collector's state that the allocator consults, and the marking
// primitives it exposes (a subset of Go's mgc.go / mgcmark.go). The collector itself
// (roots, work queues, the pacer, background workers) is a later issue, which extends
// this file; what is here are the seams it plugs into:
//
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

void gcResetMarkState();

// gcMarkTinyAllocs marks the current tiny block of every mcache. World stopped, right
// after setGCPhase(_GCmark).
void gcMarkTinyAllocs();

bool markobject(uintptr_t p);

// gcmarknewobject marks an object allocated during a mark phase (black allocation).
void gcmarknewobject(mspan* s, uintptr_t obj, uintptr_t size);

}  // namespace runtime
