// mgc.cpp — see mgc.h.
#include "mgc.h"

#include "mbitmap.h"
#include "mcache.h"
#include "mheap.h"
#include "runtime2.h"

namespace runtime {

std::atomic<uint32_t> gcphase{_GCoff};
std::atomic<uint32_t> gcBlackenEnabled{0};
void (*gcAssistAllocHook)(uintptr_t size) = nullptr;
void (*gcTriggerHook)() = nullptr;

void setGCPhase(uint32_t x) {
  gcphase.store(x, std::memory_order_release);
}

void gcResetMarkState() {
  uintptr_t n = mheap_.nAllArenas.load(std::memory_order_acquire);
  uint32_t* all = mheap_.allArenas.load(std::memory_order_acquire);
  for (uintptr_t i = 0; i < n; i++) {
    heapArena* ha = mheap_.arenas[all[i]].load(std::memory_order_acquire);
    for (auto& b : ha->pageMarks) b.store(0, std::memory_order_relaxed);
  }
}

namespace {

void markSpanPage(mspan* s) {
  uintptr_t pageIdx;
  uint8_t pageMask;
  heapArena* ha = pageIndexOf(s->base(), &pageIdx, &pageMask);
  if ((ha->pageMarks[pageIdx].load(std::memory_order_relaxed) & pageMask) == 0) {
    ha->pageMarks[pageIdx].fetch_or(pageMask, std::memory_order_relaxed);
  }
}

}  // namespace

bool markobject(uintptr_t p) {
  mspan* s;
  uintptr_t objIndex;
  if (findObject(p, &s, &objIndex) == 0) return false;
  markBits mbits = s->markBitsForIndex(objIndex);
  if (mbits.isMarked()) return false;
  uint8_t old =
      std::atomic_ref<uint8_t>(*mbits.bytep).fetch_or(mbits.mask, std::memory_order_relaxed);
  if ((old & mbits.mask) != 0) return false;  // another marker won the race
  markSpanPage(s);
  return true;
}

void gcMarkTinyAllocs() {
  forEachMcache([](mcache* c) {
    if (c->tiny != 0) markobject(c->tiny);
  });
}

void gcmarknewobject(mspan* s, uintptr_t obj, uintptr_t size) {
  (void)size;
  s->markBitsForIndex(s->objIndex(obj)).setMarked();
  markSpanPage(s);
}

}  // namespace runtime
