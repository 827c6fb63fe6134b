// mheap.h — the heap (Go's mheap.go): one global mheap_, its arenas, and span
// allocation.
//
// The heap grows in 64 MB heapArenas reserved from the OS (at Go's addresses,
// 0x00c000000000 upward, when the OS agrees). Each arena has metadata (heapArena),
// found from any address through the arena index `arenas` (Go's two-level map; on
// amd64 the first level has one entry, so it is a flat array of 2^22 pointers, mostly
// untouched):
//   bitmap     1 bit per heap word: set = the word holds a pointer (mbitmap.h)
//   spans      page → mspan for every page of an in-use span (stale entries of dead
//              spans stay, and lookups check the span's state and bounds)
//   pageInUse  1 bit per page, set on the first page of each in-use span
//   pageMarks  1 bit per page, set on the first page of each span with a marked object
//              in the current cycle; reclaim frees spans with pageInUse &^ pageMarks
// Pages inside reserved arenas are handed out by the page allocator (mheap_.pages,
// mpagealloc.h); mheap_.lock protects it, curArena and the fixallocs.
//
// Invariants: every span in mheap_.spans is either in use with state mSpanInUse, or
// dead; a span's pages map to it from allocSpan until freeSpan; memstats' heapInUse +
// heapFree + heapReleased == bytes mapped for the heap.
//
// Running out of memory ends the program as Go does: "runtime: out of memory: cannot
// allocate N-byte block (M in use)" then "fatal error: out of memory" when no address
// space can be reserved, and "fatal error: runtime: out of memory" when the OS refuses
// to back reserved memory (mem.h, sysMap).
#pragma once

#include "fixalloc.h"
#include "lock.h"
#include "mcentral.h"
#include "mpagealloc.h"
#include "mspan.h"

#include <atomic>
#include <cstdint>

namespace runtime {

inline constexpr uintptr_t logHeapArenaBytes = 26;
inline constexpr uintptr_t heapArenaBytes = uintptr_t(1) << logHeapArenaBytes;  // 64 MB
inline constexpr uintptr_t pagesPerArena = heapArenaBytes / _PageSize;          // 8192
inline constexpr uintptr_t heapArenaWords = heapArenaBytes / 8;
inline constexpr uintptr_t heapArenaBitmapWords = heapArenaWords / 64;   // 1 bit per word
inline constexpr int arenaBits = heapAddrBits - int(logHeapArenaBytes);  // 22
inline constexpr uintptr_t arenaIndexLimit = uintptr_t(1) << arenaBits;

struct heapArena {
  uint64_t bitmap[heapArenaBitmapWords];
  std::atomic<mspan*> spans[pagesPerArena];
  std::atomic<uint8_t> pageInUse[pagesPerArena / 8];
  std::atomic<uint8_t> pageMarks[pagesPerArena / 8];
};

inline constexpr uintptr_t arenaIndex(uintptr_t p) {
  return p >> logHeapArenaBytes;
}
inline constexpr uintptr_t arenaBase(uintptr_t ai) {
  return ai << logHeapArenaBytes;
}

struct alignas(64) mcentralPadded {
  runtime::mcentral mcentral;
};

struct mheap {
  mutex lock;
  pageAlloc pages;  // under lock

  // sweepgen grows by 2 at the start of each sweep phase (gcSweep); see mspan.h.
  std::atomic<uint32_t> sweepgen{0};

  // The arena index, and the list of arena indices in the order they were added
  // (readers load nAllArenas before allArenas).
  std::atomic<heapArena*>* arenas = nullptr;
  std::atomic<uint32_t*> allArenas{nullptr};
  std::atomic<uintptr_t> nAllArenas{0};
  uintptr_t capAllArenas = 0;

  // Reclaim state of the current sweep phase (reset by gcSweep): arenas [0,
  // sweepArenas) may hold unswept spans; reclaimIndex is the next page (counted over
  // allArenas) to look at; reclaimCredit is pages freed beyond what a caller asked.
  std::atomic<uintptr_t> sweepArenas{0};
  std::atomic<uint64_t> reclaimIndex{0};
  std::atomic<uintptr_t> reclaimCredit{0};
  std::atomic<uintptr_t> pagesSwept{0};

  // Address-space growth: the next hint address, and the unused part of the last
  // reserved region.
  uintptr_t hintAddr = 0;
  uintptr_t hintIndex = 0;
  struct {
    uintptr_t base, end;
  } curArena = {0, 0};

  mcentralPadded central[numSpanClasses];

  fixalloc spanalloc;   // mspans, under lock
  fixalloc cachealloc;  // mcaches, under lock

  void init();

  // alloc allocates a span of npages for objects of class spc and returns it in use
  // (sweeping a little first if the sweep is not done), or null when out of memory.
  mspan* alloc(uintptr_t npages, spanClass spc);
  // freeSpan returns an in-use span's pages to the page allocator.
  void freeSpan(mspan* s);

  // reclaim sweeps and frees unmarked spans until npages pages were reclaimed or no
  // such span is left (Go's mheap.reclaim).
  void reclaim(uintptr_t npages);

 private:
  mspan* allocSpan(uintptr_t npages, spanClass spc);
  void initSpan(mspan* s, spanClass spc);
  bool grow(uintptr_t npage);
  uintptr_t sysAllocArenas(uintptr_t n, uintptr_t* size);
  void addArena(uint32_t ai, heapArena* r);
  uintptr_t reclaimChunk(uintptr_t pageIdx, uintptr_t n);
};

extern mheap mheap_;

// mallocinit sets up the heap; it runs once (schedinit calls it; mallocgc does if
// nothing has yet).
void mallocinit();
bool mallocinited();

inline heapArena* arenaOf(uintptr_t p) {
  uintptr_t ai = arenaIndex(p);
  if (ai >= arenaIndexLimit || mheap_.arenas == nullptr) return nullptr;
  return mheap_.arenas[ai].load(std::memory_order_acquire);
}

// spanOf returns the span containing p, whatever its state, or null when p is not in
// a heap arena or its page holds no span. spanOfHeap returns only in-use spans that
// contain p between base() and limit.
inline mspan* spanOf(uintptr_t p) {
  heapArena* ha = arenaOf(p);
  if (ha == nullptr) return nullptr;
  return ha->spans[(p / _PageSize) % pagesPerArena].load(std::memory_order_acquire);
}

inline mspan* spanOfHeap(uintptr_t p) {
  mspan* s = spanOf(p);
  if (s == nullptr || s->state.load(std::memory_order_acquire) != mSpanState::mSpanInUse ||
      p < s->base() || p >= s->limit) {
    return nullptr;
  }
  return s;
}

// pageIndexOf returns the arena of p and the byte index and bit of p's page in its
// pageInUse / pageMarks bitmaps.
inline heapArena* pageIndexOf(uintptr_t p, uintptr_t* pageIdx, uint8_t* pageMask) {
  heapArena* ha = arenaOf(p);
  uintptr_t page = (p / _PageSize) % pagesPerArena;
  *pageIdx = page / 8;
  *pageMask = uint8_t(1u << (page % 8));
  return ha;
}

}  // namespace runtime
