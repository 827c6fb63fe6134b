// mcentral.cpp — see mcentral.h.
#include "mcentral.h"

#include "mgcsweep.h"
#include "mheap.h"
#include "panic.h"

#include <cstring>

namespace runtime {

mspan* mcentral::cacheSpan() {
  uint32_t sg = mheap_.sweepgen.load(std::memory_order_relaxed);
  int spanBudget = 100;
  mspan* s = partialSwept(sg)->pop();
  if (s == nullptr && !isSweepDone()) {
    sweepLocker sl = sweepLocker::begin();
    if (sl.valid) {
      // Partial unswept spans: sweep one and use it.
      for (; spanBudget >= 0; spanBudget--) {
        s = partialUnswept(sg)->pop();
        if (s == nullptr) break;
        if (sl.tryAcquire(s)) {
          sweepSpan(s, true);
          break;
        }
        // Someone else swept it (a stale entry): look further.
        s = nullptr;
      }
      // Full unswept spans: sweeping may free objects in them.
      if (s == nullptr) {
        for (; spanBudget >= 0; spanBudget--) {
          mspan* f = fullUnswept(sg)->pop();
          if (f == nullptr) break;
          if (sl.tryAcquire(f)) {
            sweepSpan(f, true);
            uintptr_t freeIndex = f->nextFreeIndex();
            if (freeIndex != f->nelems) {
              f->freeindex = freeIndex;
              s = f;
              break;
            }
            fullSwept(sg)->push(f);
          }
        }
      }
      sl.end();
    }
  }
  if (s == nullptr) {
    s = grow();
    if (s == nullptr) return nullptr;
  }
  if (s->allocCount == s->nelems || s->freeindex == s->nelems) {
    throw_("span has no free objects");
  }
  // Load allocCache from the 64 allocBits containing freeindex.
  s->loadAllocCache();
  return s;
}

void mcentral::uncacheSpan(mspan* s) {
  if (s->allocCount == 0) throw_("uncaching span but s.allocCount == 0");
  uint32_t sg = mheap_.sweepgen.load(std::memory_order_relaxed);
  bool stale = s->sweepgen.load(std::memory_order_relaxed) == sg + 1;
  if (stale) {
    // Cached before this sweep phase began: sweeping it is our job. sweepSpan puts it
    // in the right set (or frees it).
    s->sweepgen.store(sg - 1, std::memory_order_relaxed);
    sweepSpan(s, false);
    return;
  }
  s->sweepgen.store(sg, std::memory_order_release);
  if (s->nelems - s->allocCount > 0) {
    partialSwept(sg)->push(s);
  } else {
    fullSwept(sg)->push(s);
  }
}

mspan* mcentral::grow() {
  uintptr_t npages = class_to_allocnpages[spanclass.sizeclass()];
  uintptr_t size = class_to_size[spanclass.sizeclass()];
  mspan* s = mheap_.alloc(npages, spanclass);
  if (s == nullptr) return nullptr;
  s->limit = s->base() + size * s->nelems;
  // A span carved from used pages is cleared here in one pass (memset's wide stores)
  // rather than object by object on the allocation fast path.
  if (s->needzero != 0) {
    memset(reinterpret_cast<void*>(s->base()), 0, npages * _PageSize);
    s->needzero = 0;
  }
  return s;
}

}  // namespace runtime
