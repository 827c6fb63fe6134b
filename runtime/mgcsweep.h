// mgcsweep.h — sweeping (Go's mgcsweep.go): how objects are freed.
//
// There is no free() for Go objects. After a mark phase, an object whose gcmarkBits
// bit is clear is garbage; sweeping a span makes its gcmarkBits the new allocBits
// (so unmarked slots become free), gives it fresh zeroed gcmarkBits, counts the frees,
// and then either returns the span to the heap (no object survived), or puts it in its
// mcentral's swept partial/full set. Large-object spans are freed when unmarked.
//
// Ownership: a sweeper owns a span after sweepLocker::tryAcquire moved its sweepgen
// from sg-2 to sg-1; sweepSpan sets it to sg. activeSweep counts sweepers in flight so
// that "sweeping is done" (isSweepDone) means every span was swept and nobody is still
// sweeping.
//
// Collector sequence (the future GC calls these; every step but the marking with the
// world stopped, i.e. no thread allocating — marking may run while threads allocate;
// tests and the benchmark do the same):
//   finishsweep_m()          finish the previous cycle's sweep; new mark-bits epoch
//   gcResetMarkState()       clear pageMarks                      (mgc.h)
//   setGCPhase(_GCmark)      allocate-black on                    (mgc.h)
//   gcMarkTinyAllocs()       mark the P's current tiny blocks     (mgc.h)
//   markobject(p) ...        mark every reachable object          (mgc.h)
//   setGCPhase(_GCoff)
//   gcSweep(blocking)        flush the mcaches, sweepgen += 2, and sweep everything now
//                            (blocking) or leave it to lazy sweeping (mcentral.cacheSpan,
//                            mheap.reclaim) and sweepone() callers (a background sweeper
//                            arrives with the GC).
#pragma once

#include "mspan.h"

#include <atomic>
#include <cstdint>

namespace runtime {

struct sweepLocker {
  uint32_t sweepGen;
  bool valid;

  // begin registers a sweeper; invalid when sweeping is already complete.
  static sweepLocker begin();
  void end();
  // tryAcquire takes ownership of s for sweeping (sweepgen sg-2 → sg-1).
  bool tryAcquire(mspan* s) const {
    uint32_t expected = sweepGen - 2;
    if (s->sweepgen.load(std::memory_order_relaxed) != expected) return false;
    return s->sweepgen.compare_exchange_strong(expected, sweepGen - 1, std::memory_order_acquire);
  }
};

// sweepSpan sweeps a span the caller owns. With preserve, the span is neither freed
// nor put in a set (mcentral.cacheSpan keeps it). Reports whether the span was
// returned to the heap.
bool sweepSpan(mspan* s, bool preserve);

// sweepone sweeps one unswept span and returns the pages it returned to the heap (0
// if none), or ~0 when nothing was left to sweep.
uintptr_t sweepone();

bool isSweepDone();

// ensureSwept makes sure s is swept before it is used (sweeping it if no one else is).
void ensureSwept(mspan* s);

// finishsweep_m sweeps every span still unswept, empties the unswept sets and starts a
// new mark-bits epoch. World stopped.
void finishsweep_m();

// gcSweep starts the sweep phase of a cycle. World stopped, gcphase == _GCoff, and the
// previous sweep finished (finishsweep_m). The mcaches of the Ps that were running are
// flushed by those Ps as they resume (proc.h's flushMcacheOnG0), not in the pause.
void gcSweep(bool blocking);

}  // namespace runtime
