// mheap.cpp — see mheap.h.
#include "mheap.h"

#include "gcbits.h"
#include "mcache.h"
#include "mgcsweep.h"
#include "msize.h"
#include "mstats.h"
#include "panic.h"
#include "persistentalloc.h"
#include "print.h"

#include <unistd.h>

#include <cstring>

namespace runtime {

constinit mheap mheap_{};

namespace {

// addLocked adds d to a gauge that only changes under mheap_.lock (readers load it
// without the lock): a plain load and store, not a locked read-modify-write.
inline void addLocked(std::atomic<uint64_t>& v, int64_t d) {
  v.store(v.load(std::memory_order_relaxed) + uint64_t(d), std::memory_order_relaxed);
}

// Go's arena hints on amd64: 0x00c0<<32, then 0x01c0<<32, ... 0x7fc0<<32.
constexpr uintptr_t arenaHintBase = uintptr_t(0x00c0) << 32;
constexpr uintptr_t numArenaHints = 0x80;

constexpr uintptr_t pagesPerReclaimerChunk = 512;
constexpr uint64_t reclaimDone = uint64_t(1) << 63;

std::atomic<bool> mallocInitDone{false};
mutex mallocInitLock;

}  // namespace

bool mallocinited() {
  return mallocInitDone.load(std::memory_order_acquire);
}

void mallocinit() {
  if (mallocinited()) return;
  lockGuard g(&mallocInitLock);
  if (mallocinited()) return;
  physPageSize = uintptr_t(sysconf(_SC_PAGESIZE));
  if (physPageSize == 0 || physPageSize > _PageSize || (physPageSize & (physPageSize - 1)) != 0) {
    throw_("runtime: bad system page size");
  }
  if (class_to_size[tinySizeClass] != maxTinySize) throw_("bad TinySizeClass");
  mheap_.init();
  mallocInitDone.store(true, std::memory_order_release);
}

void mheap::init() {
  spanalloc.init(sizeof(mspan), &memstats.mspan_sys);
  spanalloc.zero = false;  // init sets every field; keep sweepgen of recycled spans
  cachealloc.init(sizeof(mcache), &memstats.mcache_sys);
  for (int i = 0; i < numSpanClasses; i++) central[i].mcentral.init(spanClass{uint8_t(i)});
  // The arena index: 2^22 pointers (32 MB of address space, touched only where the heap
  // is). Like Go's, it is not counted in MemStats.
  arenas = static_cast<std::atomic<heapArena*>*>(
      sysAlloc(arenaIndexLimit * sizeof(std::atomic<heapArena*>), nullptr));
  if (arenas == nullptr) throw_("runtime: failed to allocate arena index");
  hintAddr = arenaHintBase;
  hintIndex = 0;
  emptymspan.init(0, 0);
}

void mheap::addArena(uint32_t ai, heapArena* r) {
  // allArenas only grows at its end, so a reader holding (pointer, count) sees a stable
  // prefix. Readers (reclaim, gcResetMarkState) use it without the lock, so a grown
  // array is a copy and the old one stays valid (persistentalloc never frees).
  uint32_t* all = allArenas.load(std::memory_order_relaxed);
  uintptr_t n = nAllArenas.load(std::memory_order_relaxed);
  if (n == capAllArenas) {
    uintptr_t ncap = capAllArenas == 0 ? 1024 : capAllArenas * 2;
    auto* na =
        static_cast<uint32_t*>(persistentalloc(ncap * sizeof(uint32_t), 8, &memstats.gcMiscSys));
    if (n > 0) memcpy(na, all, n * sizeof(uint32_t));
    all = na;
    capAllArenas = ncap;
    allArenas.store(all, std::memory_order_release);
  }
  arenas[ai].store(r, std::memory_order_release);
  all[n] = ai;
  nAllArenas.store(n + 1, std::memory_order_release);
}

uintptr_t mheap::sysAllocArenas(uintptr_t n, uintptr_t* size) {
  n = alignUp(n, heapArenaBytes);
  uintptr_t v = 0;
  // Try the hints first: the heap then lives at Go's familiar 0xc000000000 addresses
  // and grows upward contiguously.
  while (hintIndex < numArenaHints) {
    uintptr_t p = hintAddr;
    if (p + n > p && arenaIndex(p + n - 1) < arenaIndexLimit) {
      void* r = sysReserve(reinterpret_cast<void*>(p), n);
      if (r == reinterpret_cast<void*>(p)) {
        v = p;
        hintAddr = p + n;
        break;
      }
      if (r != nullptr) sysFree(r, n, nullptr);
    }
    hintIndex++;
    hintAddr = (hintIndex << 40) | arenaHintBase;
  }
  if (v == 0) {
    v = uintptr_t(sysReserveAligned(n, heapArenaBytes));
    if (v == 0) return 0;
    if (arenaIndex(v + n - 1) >= arenaIndexLimit) {
      sysFree(reinterpret_cast<void*>(v), n, nullptr);
      return 0;
    }
  }
  for (uintptr_t ai = arenaIndex(v); ai <= arenaIndex(v + n - 1); ai++) {
    auto* r = static_cast<heapArena*>(sysAlloc(sizeof(heapArena), &memstats.gcMiscSys));
    if (r == nullptr) throw_("out of memory allocating heap arena metadata");
    addArena(uint32_t(ai), r);
  }
  *size = n;
  return v;
}

bool mheap::grow(uintptr_t npage) {
  // Grow by whole chunks of the page allocator.
  uintptr_t ask = alignUp(npage, pallocChunkPages) * _PageSize;
  uintptr_t nBase = curArena.base + ask;
  if (nBase < curArena.base || nBase > curArena.end) {
    uintptr_t asize = 0;
    uintptr_t av = sysAllocArenas(ask, &asize);
    if (av == 0) {
      printlock();
      printcstr("runtime: out of memory: cannot allocate ");
      printuint(ask);
      printcstr("-byte block (");
      printuint(memstats.heapInUse.load(std::memory_order_relaxed));
      printcstr(" in use)\n");
      printunlock();
      return false;
    }
    if (av == curArena.end) {
      curArena.end = av + asize;  // contiguous with the current region: extend it
    } else {
      // Not contiguous: hand the rest of the current region to the page allocator.
      if (uintptr_t size = curArena.end - curArena.base; size != 0) {
        sysMap(reinterpret_cast<void*>(curArena.base), size, nullptr);
        addLocked(memstats.heapReleased, int64_t(size));
        pages.grow(curArena.base, size);
      }
      curArena.base = av;
      curArena.end = av + asize;
    }
    nBase = curArena.base + ask;
  }
  uintptr_t v = curArena.base;
  curArena.base = nBase;
  sysMap(reinterpret_cast<void*>(v), nBase - v, nullptr);
  // Fresh memory is untouched: it counts as released until it is used.
  addLocked(memstats.heapReleased, int64_t(nBase - v));
  pages.grow(v, nBase - v);
  return true;
}

mspan* mheap::alloc(uintptr_t npages, spanClass spc) {
  // Sweep enough to reclaim at least npages before growing the heap.
  if (!isSweepDone()) reclaim(npages);
  return allocSpan(npages, spc);
}

mspan* mheap::allocSpan(uintptr_t npages, spanClass spc) {
  runtime::lock(&lock);
  uintptr_t scav = 0;
  uintptr_t base = pages.alloc(npages, &scav);
  if (base == 0) {
    if (!grow(npages)) {
      runtime::unlock(&lock);
      return nullptr;
    }
    base = pages.alloc(npages, &scav);
    if (base == 0) throw_("grew heap, but no adequate free space found");
  }
  auto* s = static_cast<mspan*>(spanalloc.alloc());
  uintptr_t bytes = npages * _PageSize;
  addLocked(memstats.heapInUse, int64_t(bytes));
  addLocked(memstats.heapReleased, -int64_t(scav));
  addLocked(memstats.heapFree, -int64_t(bytes - scav));
  memstats.mspan_inuse.store(spanalloc.inuse, std::memory_order_relaxed);
  // pageInUse changes only under the lock (readers use atomic loads).
  uintptr_t pageIdx;
  uint8_t pageMask;
  heapArena* ha = pageIndexOf(base, &pageIdx, &pageMask);
  ha->pageInUse[pageIdx].store(ha->pageInUse[pageIdx].load(std::memory_order_relaxed) | pageMask,
                               std::memory_order_relaxed);
  runtime::unlock(&lock);

  s->init(base, npages);
  if (scav != bytes) s->needzero = 1;  // some pages were used before: not known zero
  sysUsed(reinterpret_cast<void*>(base), bytes);
  initSpan(s, spc);
  return s;
}

void mheap::initSpan(mspan* s, spanClass spc) {
  s->spanclass = spc;
  int sizeclass = spc.sizeclass();
  if (sizeclass == 0) {
    s->elemsize = s->npages << _PageShift;
    s->divMul = 0;
    s->nelems = 1;
  } else {
    s->elemsize = class_to_size[sizeclass];
    s->divMul = class_to_divmagic[sizeclass];
    s->nelems = (s->npages << _PageShift) / s->elemsize;
  }
  s->limit = s->base() + s->nelems * s->elemsize;
  s->freeindex = 0;
  s->freeIndexForScan = 0;
  newSpanBits(s->nelems, &s->gcmarkBits, &s->allocBits);
  s->loadAllocCache();
  // A new span counts as swept in the current phase.
  s->sweepgen.store(sweepgen.load(std::memory_order_relaxed), std::memory_order_relaxed);

  heapArena* ha = arenaOf(s->base());
  uintptr_t off = s->base() % heapArenaBytes;
  s->heapBits =
      off + (s->npages << _PageShift) <= heapArenaBytes ? &ha->bitmap[off / 8 / 64] : nullptr;
  // Publish: page → span entries (the pageInUse bit was set under the lock), then the
  // state.
  for (uintptr_t i = 0; i < s->npages; i++) {
    uintptr_t a = s->base() + i * _PageSize;
    if (a % heapArenaBytes == 0) ha = arenaOf(a);
    ha->spans[(a / _PageSize) % pagesPerArena].store(s, std::memory_order_release);
  }
  s->state.store(mSpanState::mSpanInUse, std::memory_order_release);
}

void mheap::freeSpan(mspan* s) {
  runtime::lock(&lock);
  if (s->state.load(std::memory_order_relaxed) != mSpanState::mSpanInUse || s->allocCount != 0 ||
      s->sweepgen.load(std::memory_order_relaxed) != sweepgen.load(std::memory_order_relaxed)) {
    // Same checks as Go's freeSpanLocked.
    if (s->state.load() != mSpanState::mSpanInUse)
      throw_("mheap.freeSpanLocked - invalid span state");
    if (s->allocCount != 0) throw_("mheap.freeSpanLocked - invalid free");
    throw_("mheap.freeSpanLocked - invalid span sweepgen");
  }
  uintptr_t pageIdx;
  uint8_t pageMask;
  heapArena* ha = pageIndexOf(s->base(), &pageIdx, &pageMask);
  ha->pageInUse[pageIdx].store(
      ha->pageInUse[pageIdx].load(std::memory_order_relaxed) & uint8_t(~pageMask),
      std::memory_order_relaxed);
  s->state.store(mSpanState::mSpanDead, std::memory_order_release);
  uintptr_t bytes = s->npages * _PageSize;
  pages.free(s->base(), s->npages);
  addLocked(memstats.heapInUse, -int64_t(bytes));
  addLocked(memstats.heapFree, int64_t(bytes));
  spanalloc.free(s);
  memstats.mspan_inuse.store(spanalloc.inuse, std::memory_order_relaxed);
  runtime::unlock(&lock);
}

void mheap::reclaim(uintptr_t npage) {
  if (reclaimIndex.load(std::memory_order_relaxed) >= reclaimDone) return;
  while (npage > 0) {
    // Use credit other sweepers left over first.
    uintptr_t credit = reclaimCredit.load(std::memory_order_relaxed);
    if (credit > 0) {
      uintptr_t take = credit > npage ? npage : credit;
      if (reclaimCredit.compare_exchange_weak(credit, credit - take)) npage -= take;
      continue;
    }
    // Claim a chunk of pages to look at.
    uint64_t idx = reclaimIndex.fetch_add(pagesPerReclaimerChunk, std::memory_order_relaxed);
    if (idx / pagesPerArena >= sweepArenas.load(std::memory_order_relaxed)) {
      reclaimIndex.store(reclaimDone, std::memory_order_relaxed);
      break;
    }
    uintptr_t nfound = reclaimChunk(uintptr_t(idx), pagesPerReclaimerChunk);
    if (nfound <= npage) {
      npage -= nfound;
    } else {
      reclaimCredit.fetch_add(nfound - npage, std::memory_order_relaxed);
      npage = 0;
    }
  }
}

uintptr_t mheap::reclaimChunk(uintptr_t pageIdx, uintptr_t n) {
  // Spans whose first page is in [pageIdx, pageIdx+n) of the arena list, in use and
  // with no mark this cycle, are all garbage: sweeping frees them.
  uint32_t* all = allArenas.load(std::memory_order_acquire);
  heapArena* ha = arenas[all[pageIdx / pagesPerArena]].load(std::memory_order_acquire);
  uintptr_t arenaPage = pageIdx % pagesPerArena;
  uintptr_t nfreed = 0;
  sweepLocker sl = sweepLocker::begin();
  if (!sl.valid) return 0;
  for (uintptr_t i = arenaPage / 8; i < (arenaPage + n) / 8; i++) {
    uint8_t inUseUnmarked = ha->pageInUse[i].load(std::memory_order_relaxed) &
                            uint8_t(~ha->pageMarks[i].load(std::memory_order_relaxed));
    while (inUseUnmarked != 0) {
      int j = __builtin_ctz(inUseUnmarked);
      inUseUnmarked &= uint8_t(inUseUnmarked - 1);
      mspan* s = ha->spans[i * 8 + uintptr_t(j)].load(std::memory_order_acquire);
      if (s != nullptr && sl.tryAcquire(s)) {
        uintptr_t npages = s->npages;
        if (sweepSpan(s, false)) nfreed += npages;
      }
    }
  }
  sl.end();
  return nfreed;
}

}  // namespace runtime
