// mspan.h — mspan, a run of pages holding objects of one span class (Go's mspan in
// mheap.go), and spanClass.
//
// An in-use span of a small size class is cut into nelems objects of elemsize bytes,
// from base() to limit. A large object (> 32 KB, size class 0) has a span to itself
// (nelems == 1).
//
// Allocation state (owned by whoever owns the span — the mcache that caches it, or the
// sweeper that holds it through sweepgen):
//   freeindex   every object below it is allocated; allocation scans upward from it
//   allocBits   bit i set = object i was allocated when the span was last swept
//   allocCache  the free objects of one 64-object window, starting at allocCacheBase:
//               the complement of allocBits there, minus the objects below freeindex
//               and past nelems. ctz(allocCache) is the next free object; allocating it
//               clears that bit. (Go shifts the cache right instead, so that bit 0 is
//               freeindex; clearing the lowest bit keeps the fast path's dependency
//               chain shorter and needs no bounds check.) Zero = window used up.
//   allocCount  objects allocated (including those below freeindex)
//   gcmarkBits  bit i set = object i was marked in this cycle; the sweep turns the mark
//               bits into the next cycle's allocBits and gets fresh mark bits
//   needzero    the span's free objects may hold old data and must be zeroed when handed
//               out; clear for spans carved from memory known to be zero (fresh from the
//               OS or scavenged). A new small-object span on used pages is zeroed in bulk
//               by mcentral.grow instead; needzero is set again when a sweep frees
//               objects in it.
//
// sweepgen, against h = mheap_.sweepgen (which grows by 2 per GC cycle):
//   h-2  the span needs sweeping           h+1  cached before the sweep began; still
//   h-1  the span is being swept                cached; needs sweeping
//   h    swept and ready to use            h+3  swept, then cached; still cached
// A thread takes ownership of an unswept span by CAS h-2 → h-1 (sweepLocker).
//
// state: mSpanInUse for heap spans, mSpanDead once returned to the heap. spanOf and
// findObject check it, so a stale page → span entry never yields a dead span.
#pragma once

#include "sizeclasses.h"

#include <atomic>
#include <cstdint>

namespace runtime {

inline constexpr int numSpanClasses = _NumSizeClasses << 1;
inline constexpr uintptr_t maxTinySize = 16;
inline constexpr uint8_t tinySizeClass = 2;

// spanClass is a size class and a noscan bit: class<<1 | noscan. Objects in a noscan
// span hold no pointers, so the collector never scans them.
struct spanClass {
  uint8_t raw = 0;
  constexpr int sizeclass() const { return raw >> 1; }
  constexpr bool noscan() const { return (raw & 1) != 0; }
  constexpr int index() const { return raw; }
  friend constexpr bool operator==(spanClass a, spanClass b) { return a.raw == b.raw; }
};

inline constexpr spanClass makeSpanClass(uint8_t sizeclass, bool noscan) {
  return spanClass{uint8_t(sizeclass << 1 | (noscan ? 1 : 0))};
}

inline constexpr spanClass tinySpanClass = makeSpanClass(tinySizeClass, true);

enum class mSpanState : uint8_t {
  mSpanDead,
  mSpanInUse,   // allocated for the Go heap
  mSpanManual,  // allocated for manual management (stacks, later)
};

// markBits addresses one object's bit in a span's gcmarkBits or allocBits.
struct markBits {
  uint8_t* bytep;
  uint8_t mask;
  uintptr_t index;

  bool isMarked() const {
    return (std::atomic_ref<uint8_t>(*bytep).load(std::memory_order_relaxed) & mask) != 0;
  }
  // setMarked sets the bit atomically: marking runs on many threads at once.
  void setMarked() const {
    std::atomic_ref<uint8_t>(*bytep).fetch_or(mask, std::memory_order_relaxed);
  }
  void setMarkedNonAtomic() const { *bytep |= mask; }
  void clearMarked() const {
    std::atomic_ref<uint8_t>(*bytep).fetch_and(uint8_t(~mask), std::memory_order_relaxed);
  }
};

struct mspan {
  // The fields the allocation fast path touches come first, in one cache line.
  uint64_t allocCache;
  uintptr_t allocCacheBase;
  uintptr_t freeindex;
  uintptr_t nelems;
  uintptr_t elemsize;
  uintptr_t startAddr;  // address of the first byte of the span
  // freeIndexForScan is freeindex as published to a conservative scanner, updated
  // after an object's heap bits are written (Go 1.19). Kept for scan spans only: a
  // noscan object's contents are never scanned, so a scanner uses freeindex there.
  uintptr_t freeIndexForScan;
  uint16_t allocCount;
  uint8_t needzero;
  spanClass spanclass;
  uint32_t divMul;  // class_to_divmagic of the class: n / elemsize == n * divMul >> 32

  // Allocation state; see the file comment. (A dead span's first word is fixalloc's
  // free-list link.)
  uint8_t* allocBits;
  uint8_t* gcmarkBits;
  // heapBits: the heap bitmap word of the span's first page, when the whole span lies
  // in one arena (null otherwise); see mbitmap.h.
  uint64_t* heapBits;
  uintptr_t npages;                // pages in the span
  uintptr_t limit;                 // end of the data in the span
  uint16_t allocCountBeforeCache;  // allocCount when an mcache took the span (for stats)

  std::atomic<uint32_t> sweepgen;
  std::atomic<mSpanState> state;

  uintptr_t base() const { return startAddr; }

  // init resets the span to describe [base, base+npages*pageSize), not yet in use.
  // sweepgen is left alone: a stale span-set entry may still name a dead span, and must
  // never see it as unswept (see mspanset.h).
  void init(uintptr_t base, uintptr_t np) {
    startAddr = base;
    npages = np;
    freeindex = 0;
    nelems = 0;
    allocCache = 0;
    allocCacheBase = 0;
    allocBits = nullptr;
    gcmarkBits = nullptr;
    heapBits = nullptr;
    elemsize = 0;
    divMul = 0;
    allocCount = 0;
    allocCountBeforeCache = 0;
    limit = 0;
    freeIndexForScan = 0;
    spanclass = spanClass{};
    state.store(mSpanState::mSpanDead, std::memory_order_relaxed);
    needzero = 0;
  }

  // loadAllocCache loads allocCache with the free objects of the 64-object window
  // that holds freeindex.
  void loadAllocCache() {
    uintptr_t base = freeindex & ~uintptr_t(63);
    allocCacheBase = base;
    if (base >= nelems) {
      allocCache = 0;
      return;
    }
    uint64_t v;
    __builtin_memcpy(&v, allocBits + base / 8, 8);  // gcBits come in 8-byte blocks
    uint64_t c = ~v & (~uint64_t(0) << (freeindex % 64));
    if (nelems - base < 64) c &= (uint64_t(1) << (nelems - base)) - 1;
    allocCache = c;
  }

  // nextFreeIndex returns the index of the next free object at or after freeindex, or
  // nelems when there is none, and moves freeindex and allocCache past it.
  uintptr_t nextFreeIndex();

  // objIndex returns the index of the object containing p (p inside the span).
  uintptr_t objIndex(uintptr_t p) const {
    return uintptr_t((uint64_t(p - base()) * uint64_t(divMul)) >> 32);
  }

  markBits markBitsForIndex(uintptr_t i) const {
    return markBits{gcmarkBits + i / 8, uint8_t(1u << (i % 8)), i};
  }
  markBits allocBitsForIndex(uintptr_t i) const {
    return markBits{allocBits + i / 8, uint8_t(1u << (i % 8)), i};
  }

  // isFree reports whether object i is free (neither below freeindex nor set in
  // allocBits).
  bool isFree(uintptr_t i) const {
    if (i < freeindex) return false;
    return !allocBitsForIndex(i).isMarked();
  }

  // countAlloc returns the number of objects marked in gcmarkBits.
  uintptr_t countAlloc() const;
};

// nextFreeFast returns the address of the next free object in s using only allocCache,
// or 0 when the cache's window is used up (the caller falls back to nextFree).
// This is the allocation fast path: no lock, no atomic read-modify-write. Objects are
// handed out in address order, so it also prefetches the line a few objects ahead:
// zeroing and the caller's initialising stores then do not wait for memory.
[[gnu::always_inline]] inline uintptr_t nextFreeFast(mspan* s) {
  uint64_t cache = s->allocCache;
  if (__builtin_expect(cache == 0, 0)) return 0;
  uintptr_t idx = s->allocCacheBase + uintptr_t(unsigned(__builtin_ctzll(cache)));
  s->allocCache = cache & (cache - 1);
  s->freeindex = idx + 1;
  s->allocCount++;
  uintptr_t x = idx * s->elemsize + s->base();
  if (x == 0) __builtin_unreachable();  // spans never start at address 0
  __builtin_prefetch(reinterpret_cast<char*>(x) + 256, 1, 3);
  return x;
}

}  // namespace runtime
