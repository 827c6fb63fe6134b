// mpagealloc.cpp — the page allocator (see mpagealloc.h).
#include "mpagealloc.h"

#include "mem.h"
#include "mstats.h"
#include "nanotime.h"
#include "panic.h"
#include "persistentalloc.h"

#include <cstring>

namespace runtime {

namespace {

constexpr uintptr_t nwords = pallocChunkPages / 64;

// findBit returns the first index >= i whose bit equals want, or pallocChunkPages.
uintptr_t findBit(const uint64_t* bits, uintptr_t i, bool want) {
  while (i < pallocChunkPages) {
    uintptr_t w = i / 64;
    uint64_t x = want ? bits[w] : ~bits[w];
    x &= ~uint64_t(0) << (i % 64);
    if (x != 0) return w * 64 + uintptr_t(__builtin_ctzll(x));
    i = (w + 1) * 64;
  }
  return pallocChunkPages;
}

uint64_t rangeMask(uintptr_t lo, uintptr_t n) {  // bits [lo, lo+n) of one word, lo+n <= 64
  uint64_t m = n == 64 ? ~uint64_t(0) : ((uint64_t(1) << n) - 1);
  return m << lo;
}

template <typename F>
void forWords(uintptr_t i, uintptr_t n, F f) {  // f(word, mask) over bits [i, i+n)
  while (n > 0) {
    uintptr_t w = i / 64, lo = i % 64;
    uintptr_t k = 64 - lo < n ? 64 - lo : n;
    f(w, rangeMask(lo, k));
    i += k;
    n -= k;
  }
}

void setRange(uint64_t* bits, uintptr_t i, uintptr_t n) {
  forWords(i, n, [&](uintptr_t w, uint64_t m) { bits[w] |= m; });
}
void clearRange(uint64_t* bits, uintptr_t i, uintptr_t n) {
  forWords(i, n, [&](uintptr_t w, uint64_t m) { bits[w] &= ~m; });
}
uintptr_t countRange(const uint64_t* bits, uintptr_t i, uintptr_t n) {
  uintptr_t c = 0;
  forWords(i, n,
           [&](uintptr_t w, uint64_t m) { c += uintptr_t(__builtin_popcountll(bits[w] & m)); });
  return c;
}

// summarize recomputes a chunk's start/max/end from its alloc bits.
void summarize(pallocData* d) {
  uint16_t start = 0, max = 0, end = 0;
  uintptr_t i = 0;
  while (i < pallocChunkPages) {
    uintptr_t j = findBit(d->alloc, i, false);
    if (j == pallocChunkPages) break;
    uintptr_t k = findBit(d->alloc, j, true);
    uint16_t run = uint16_t(k - j);
    if (j == 0) start = run;
    if (k == pallocChunkPages) end = run;
    if (run > max) max = run;
    i = k;
  }
  d->start = start;
  d->max = max;
  d->end = end;
}

// findRun returns the first page index of a free run of npages in the chunk.
uintptr_t findRun(const pallocData* d, uintptr_t npages) {
  uintptr_t i = 0;
  while (i < pallocChunkPages) {
    uintptr_t j = findBit(d->alloc, i, false);
    if (j == pallocChunkPages) break;
    uintptr_t k = findBit(d->alloc, j, true);
    if (k - j >= npages) return j;
    i = k;
  }
  throw_("pageAlloc: chunk summary out of date");
}

template <typename F>
void forChunks(uintptr_t base, uintptr_t npages, F f) {  // f(chunkIndex, firstPage, n)
  uintptr_t ci = chunkIndex(base);
  uintptr_t i = chunkPageIndex(base);
  while (npages > 0) {
    uintptr_t k = pallocChunkPages - i < npages ? pallocChunkPages - i : npages;
    f(ci, i, k);
    npages -= k;
    ci++;
    i = 0;
  }
}

}  // namespace

uint32_t pageStamp() {
  return uint32_t(uint64_t(nanotime()) >> 20);
}

void pageAlloc::addRange(uintptr_t base, uintptr_t limit) {
  // Merge with a neighbour when contiguous; otherwise insert in order.
  uintptr_t i = 0;
  while (i < nInUse && inUse[i].limit < base) i++;
  if (i < nInUse && inUse[i].limit == base) {
    inUse[i].limit = limit;
    if (i + 1 < nInUse && inUse[i + 1].base == limit) {
      inUse[i].limit = inUse[i + 1].limit;
      memmove(&inUse[i + 1], &inUse[i + 2], (nInUse - i - 2) * sizeof(addrRange));
      nInUse--;
    }
    return;
  }
  if (i < nInUse && inUse[i].base == limit) {
    inUse[i].base = base;
    return;
  }
  if (nInUse == capInUse) {
    uintptr_t ncap = capInUse == 0 ? 64 : capInUse * 2;
    auto* n =
        static_cast<addrRange*>(persistentalloc(ncap * sizeof(addrRange), 8, &memstats.gcMiscSys));
    if (nInUse > 0) memcpy(n, inUse, nInUse * sizeof(addrRange));
    inUse = n;  // the old array is small and is not reused (persistentalloc never frees)
    capInUse = ncap;
  }
  memmove(&inUse[i + 1], &inUse[i], (nInUse - i) * sizeof(addrRange));
  inUse[i] = addrRange{base, limit};
  nInUse++;
}

void pageAlloc::grow(uintptr_t base, uintptr_t size) {
  if (base % pallocChunkBytes != 0 || size % pallocChunkBytes != 0) {
    throw_("pageAlloc: grow by a range that is not chunk-aligned");
  }
  for (uintptr_t ci = chunkIndex(base); ci < chunkIndex(base + size); ci++) {
    pallocData**& l2 = chunks[ci >> chunkL2Bits];
    if (l2 == nullptr) {
      l2 = static_cast<pallocData**>(persistentalloc(
          (uintptr_t(1) << chunkL2Bits) * sizeof(pallocData*), 8, &memstats.gcMiscSys));
    }
    pallocData*& d = l2[ci & ((uintptr_t(1) << chunkL2Bits) - 1)];
    if (d != nullptr) throw_("pageAlloc: chunk grown twice");
    d = static_cast<pallocData*>(persistentalloc(sizeof(pallocData), 64, &memstats.gcMiscSys));
    memset(d->alloc, 0, sizeof d->alloc);
    memset(d->scav, 0xff, sizeof d->scav);  // fresh memory from the OS is zero
    d->nfree = d->nscav = uint16_t(pallocChunkPages);
    d->start = d->max = d->end = uint16_t(pallocChunkPages);
  }
  addRange(base, base + size);
  if (base < searchAddr) searchAddr = base;
}

uintptr_t pageAlloc::find(uintptr_t npages, uintptr_t* firstFree) const {
  for (uintptr_t r = 0; r < nInUse; r++) {
    if (inUse[r].limit <= searchAddr) continue;
    uintptr_t start = inUse[r].base > searchAddr ? inUse[r].base : searchAddr;
    uintptr_t carryLen = 0, carryBase = 0;
    for (uintptr_t ci = chunkIndex(start); ci < chunkIndex(inUse[r].limit); ci++) {
      const pallocData* d = chunkOf(ci);
      if (d->nfree == 0) {
        carryLen = 0;
        continue;
      }
      if (*firstFree == 0) *firstFree = chunkBase(ci) + findBit(d->alloc, 0, false) * _PageSize;
      if (carryLen > 0) {
        if (carryLen + d->start >= npages) return carryBase;
        if (d->start == pallocChunkPages) {
          carryLen += pallocChunkPages;
          continue;
        }
        carryLen = 0;
      }
      if (d->max >= npages) return chunkBase(ci) + findRun(d, npages) * _PageSize;
      if (d->end > 0) {
        carryLen = d->end;
        carryBase = chunkBase(ci + 1) - d->end * _PageSize;
      }
    }
  }
  return 0;
}

uintptr_t pageAlloc::allocRange(uintptr_t base, uintptr_t npages) {
  uintptr_t scavPages = 0;
  forChunks(base, npages, [&](uintptr_t ci, uintptr_t i, uintptr_t n) {
    pallocData* d = chunkOf(ci);
    uintptr_t s = countRange(d->scav, i, n);
    if (countRange(d->alloc, i, n) != 0) throw_("pageAlloc: allocating pages in use");
    scavPages += s;
    clearRange(d->scav, i, n);
    setRange(d->alloc, i, n);
    d->nfree = uint16_t(d->nfree - n);
    d->nscav = uint16_t(d->nscav - s);
    summarize(d);
  });
  return scavPages;
}

uintptr_t pageAlloc::alloc(uintptr_t npages, uintptr_t* scav) {
  uintptr_t firstFree = 0;
  uintptr_t base = find(npages, &firstFree);
  if (base == 0) return 0;
  *scav = allocRange(base, npages) * _PageSize;
  searchAddr = firstFree == base ? base + npages * _PageSize : firstFree;
  return base;
}

void pageAlloc::freeRange(uintptr_t base, uintptr_t npages, bool scavenged, uint32_t stamp) {
  forChunks(base, npages, [&](uintptr_t ci, uintptr_t i, uintptr_t n) {
    pallocData* d = chunkOf(ci);
    if (countRange(d->alloc, i, n) != n) throw_("pageAlloc: freeing pages not in use");
    clearRange(d->alloc, i, n);
    if (scavenged) {
      setRange(d->scav, i, n);
      d->nscav = uint16_t(d->nscav + n);
    } else {
      for (uintptr_t p = i; p < i + n; p++) d->freeStamp[p] = stamp;
    }
    d->nfree = uint16_t(d->nfree + n);
    summarize(d);
  });
  if (base < searchAddr) searchAddr = base;
}

void pageAlloc::free(uintptr_t base, uintptr_t npages) {
  freeRange(base, npages, false, pageStamp());
}

uintptr_t pageAlloc::scavengeFind(uintptr_t* cursor, uintptr_t maxPages, bool idleOnly,
                                  uint32_t now, uint32_t idleStamps, uintptr_t* npages) {
  // Walk the chunks from the highest address down, as Go's scavenger does: releasing
  // the top of the heap first keeps the densely used low addresses intact.
  for (uintptr_t r = nInUse; r-- > 0;) {
    uintptr_t lo = chunkIndex(inUse[r].base), hi = chunkIndex(inUse[r].limit);
    if (*cursor <= lo) continue;
    if (hi > *cursor) hi = *cursor;
    for (uintptr_t ci = hi; ci-- > lo;) {
      *cursor = ci + 1;  // this chunk may hold more runs: resume here next time
      pallocData* d = chunkOf(ci);
      if (d->nfree == d->nscav) continue;
      uint64_t cand[nwords];
      for (uintptr_t w = 0; w < nwords; w++) {
        uint64_t c = ~d->alloc[w] & ~d->scav[w];
        if (idleOnly && c != 0) {
          for (uint64_t b = c; b != 0; b &= b - 1) {
            uintptr_t p = w * 64 + uintptr_t(__builtin_ctzll(b));
            if (uint32_t(now - d->freeStamp[p]) < idleStamps) c &= ~(uint64_t(1) << (p % 64));
          }
        }
        cand[w] = ~c;  // as "alloc" bits: 0 = candidate
      }
      uintptr_t j = findBit(cand, 0, false);
      if (j == pallocChunkPages) continue;
      uintptr_t k = findBit(cand, j, true);
      uintptr_t n = k - j < maxPages ? k - j : maxPages;
      setRange(d->alloc, j, n);
      d->nfree = uint16_t(d->nfree - n);
      summarize(d);
      scavInFlight += n;
      *npages = n;
      return chunkBase(ci) + j * _PageSize;
    }
  }
  *cursor = 0;
  return 0;
}

void pageAlloc::scavengeDone(uintptr_t base, uintptr_t npages) {
  scavInFlight -= npages;
  freeRange(base, npages, true, 0);
}

void pageAlloc::counts(uintptr_t* freePages, uintptr_t* scavPages) const {
  uintptr_t f = 0, s = 0;
  for (uintptr_t r = 0; r < nInUse; r++) {
    for (uintptr_t ci = chunkIndex(inUse[r].base); ci < chunkIndex(inUse[r].limit); ci++) {
      const pallocData* d = chunkOf(ci);
      f += d->nfree;
      s += d->nscav;
    }
  }
  *freePages = f + scavInFlight;
  *scavPages = s;
}

}  // namespace runtime
