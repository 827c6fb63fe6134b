// mcache.h — mcache, the per-P allocation cache (Go's mcache.go).
//
// Each P owns one mcache, and only the thread holding the P touches it, so allocating
// from it needs no lock and no atomic read-modify-write. It caches one span per span
// class (alloc[spc]; the static emptymspan when it has none, so the fast path never
// tests for null) and the tiny allocator's current 16-byte block (tiny, tinyoffset).
// When a cached span is full, refill hands it back to its mcentral and takes another
// span with free objects.
//
// Statistics are kept off the fast path as Go does: a span's allocations are counted
// when it leaves the mcache (refill, releaseAll), as allocCount - allocCountBeforeCache.
//
// Invariants: every span in alloc[] has sweepgen == mheap_.sweepgen + 3 (swept, cached)
// or + 1 (cached before the current sweep phase began, still to be swept when it is
// handed back); flushGen == mheap_.sweepgen once prepareForSweep ran in this phase.
#pragma once

#include "mspan.h"

#include <atomic>
#include <cstdint>

namespace runtime {

extern mspan emptymspan;

struct mcache {
  // The tiny allocator: a 16-byte noscan block and the offset of its free part.
  uintptr_t tiny;
  uintptr_t tinyoffset;
  uintptr_t tinyAllocs;  // tiny allocations not yet counted in memstats

  mspan* alloc[numSpanClasses];

  // Bytes of scannable heap allocated and not yet reported (for the GC pacer).
  uintptr_t scanAlloc;

  std::atomic<uint32_t> flushGen;

  // nextFree returns the address of a free object in the span cached for spc,
  // refilling the cache if that span is full; *s receives the span. *shouldhelpgc is
  // set when a refill happened (Go's hint to consider starting a GC).
  uintptr_t nextFree(spanClass spc, mspan** s, bool* shouldhelpgc);
  void refill(spanClass spc);
  // allocLarge allocates the span of a large object (size > 32 KB).
  mspan* allocLarge(uintptr_t size, bool noscan);
  // releaseAll hands every cached span back to its mcentral and empties the tiny block.
  void releaseAll();
  // prepareForSweep flushes the cache once per sweep phase (see mgcsweep.h).
  void prepareForSweep();
};

// allocmcache returns a new, empty mcache; freemcache releases one.
mcache* allocmcache();
void freemcache(mcache* c);

}  // namespace runtime
