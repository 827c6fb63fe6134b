// mspanset.h — spanSet, an unordered set of spans (Go's mspanset.go), used by mcentral
// for its partial/full × swept/unswept sets.
//
// Go's spanSet is lock-free; this one is a growable array of span pointers under its own
// lock, which keeps the property that matters: a set holds span *pointers*, so a span may
// still be named by a stale entry in an unswept set after another path (reclaim,
// ensureSwept) has swept it, freed it, or even reused the mspan. Consumers of unswept
// sets therefore take ownership with the sweepgen CAS and skip entries they cannot own;
// finishsweep_m empties the unswept sets before the next cycle reuses them.
//
// Invariants: push/pop are O(1) amortised and thread-safe; the array memory comes from
// sysAlloc (not the Go heap) and is returned when outgrown.
#pragma once

#include "lock.h"

#include <atomic>

#include <cstdint>

namespace runtime {

struct mspan;

struct spanSet {
  mutex lock;
  mspan** spans = nullptr;
  std::atomic<uintptr_t> len{0};  // written under lock; read without it by empty()
  uintptr_t cap = 0;

  void push(mspan* s);
  mspan* pop();  // null when empty
  void reset();  // drop every entry (world stopped, or with no concurrent users)
  uintptr_t size();
  // empty is a lock-free hint: a push racing with it may be missed. Unswept sets only
  // shrink during a sweep phase, so for them it is exact.
  bool empty() const { return len.load(std::memory_order_relaxed) == 0; }
};

}  // namespace runtime
