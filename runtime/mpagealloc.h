// mpagealloc.h — pageAlloc, the heap's page allocator (Go's mpagealloc.go and
// mpallocbits.go, simplified).
//
// The heap's address ranges (inUse, sorted and merged) are divided into 4 MB chunks of
// 512 pages. Each chunk has
//   alloc      1 bit per page: in use
//   scav       1 bit per page: free *and* returned to the OS (scavenged); such a page
//              reads as zero, so a span made only of scavenged pages needs no zeroing.
//              Memory freshly added by grow is scavenged (it was never touched).
//   freeStamp  per page, when it was last freed (the scavenger's idle test)
//   start/max/end  the chunk's summary: free pages at its start, longest free run, free
//              pages at its end — so a search skips a chunk, or joins runs across chunk
//              borders, without reading its bitmap.
// Allocation is first-fit by address (Go's policy): it keeps fragmentation low and the
// heap dense at low addresses. searchAddr is a lower bound: no page below it is free.
// Free runs coalesce by construction (a run is just adjacent clear bits).
//
// Invariants: every call is made with mheap_.lock held; scav bits are only ever set on
// free pages; a chunk's summary matches its alloc bits after every call returns.
#pragma once

#include "sizeclasses.h"

#include <cstdint>

namespace runtime {

inline constexpr uintptr_t pallocChunkPages = 512;
inline constexpr uintptr_t pallocChunkBytes = pallocChunkPages * _PageSize;  // 4 MB
inline constexpr uintptr_t logPallocChunkBytes = 22;
inline constexpr int heapAddrBits = 48;
inline constexpr int chunkIndexBits = heapAddrBits - int(logPallocChunkBytes);  // 26
inline constexpr int chunkL1Bits = 13;
inline constexpr int chunkL2Bits = chunkIndexBits - chunkL1Bits;

static_assert(pallocChunkBytes == uintptr_t(1) << logPallocChunkBytes);

inline constexpr uintptr_t chunkIndex(uintptr_t p) {
  return p >> logPallocChunkBytes;
}
inline constexpr uintptr_t chunkBase(uintptr_t ci) {
  return ci << logPallocChunkBytes;
}
inline constexpr uintptr_t chunkPageIndex(uintptr_t p) {
  return (p % pallocChunkBytes) / _PageSize;
}

struct pallocData {
  uint64_t alloc[pallocChunkPages / 64];
  uint64_t scav[pallocChunkPages / 64];
  uint32_t freeStamp[pallocChunkPages];
  uint16_t start, max, end;
  uint16_t nfree;  // free pages
  uint16_t nscav;  // free pages that are scavenged
};

struct addrRange {
  uintptr_t base, limit;
};

// pageStamp is the clock of freeStamp: nanotime in units of 2^20 ns (~1 ms).
uint32_t pageStamp();

struct pageAlloc {
  pallocData** chunks[uintptr_t(1) << chunkL1Bits] = {};
  addrRange* inUse = nullptr;
  uintptr_t nInUse = 0;
  uintptr_t capInUse = 0;
  uintptr_t searchAddr = 0;
  uintptr_t scavInFlight = 0;  // pages taken out by scavengeFind, not yet put back

  pallocData* chunkOf(uintptr_t ci) const {
    pallocData** l2 = chunks[ci >> chunkL2Bits];
    return l2 == nullptr ? nullptr : l2[ci & ((uintptr_t(1) << chunkL2Bits) - 1)];
  }

  // grow adds [base, base+size) (chunk-aligned) to the allocator as free, scavenged
  // pages.
  void grow(uintptr_t base, uintptr_t size);

  // alloc finds npages contiguous free pages, marks them in use, and returns their
  // address (0 when there is no such run). *scav receives how many bytes of them were
  // scavenged.
  uintptr_t alloc(uintptr_t npages, uintptr_t* scav);

  // free marks [base, base+npages*pageSize) free and not scavenged, stamped now.
  void free(uintptr_t base, uintptr_t npages);

  // For the scavenger. scavengeFind looks, from the chunk below *cursor downwards, for a
  // run of at most maxPages free, unscavenged pages (idle for idleStamps, when
  // idleOnly), takes it out of circulation by marking it in use, and returns its
  // address and length (0 when there is none). scavengeDone puts such a run back as
  // free and scavenged.
  uintptr_t scavengeFind(uintptr_t* cursor, uintptr_t maxPages, bool idleOnly, uint32_t now,
                         uint32_t idleStamps, uintptr_t* npages);
  void scavengeDone(uintptr_t base, uintptr_t npages);

  // Totals over all chunks (for tests and consistency checks): free pages (counting
  // those the scavenger is releasing) and scavenged pages.
  void counts(uintptr_t* freePages, uintptr_t* scavPages) const;

 private:
  uintptr_t find(uintptr_t npages, uintptr_t* firstFree) const;
  uintptr_t allocRange(uintptr_t base, uintptr_t npages);
  void freeRange(uintptr_t base, uintptr_t npages, bool scavenged, uint32_t stamp);
  void addRange(uintptr_t base, uintptr_t limit);
};

}  // namespace runtime
