// mspan.cpp — the slow-path scans over a span's allocation and mark bits (see mspan.h).
#include "mspan.h"

namespace runtime {

uintptr_t mspan::nextFreeIndex() {
  if (freeindex >= nelems) return nelems;
  uint64_t cache = allocCache;
  while (cache == 0) {
    // The window is used up: every object below its end is allocated. Load the next.
    uintptr_t next = allocCacheBase + 64;
    if (next >= nelems) {
      freeindex = nelems;
      allocCache = 0;
      return nelems;
    }
    freeindex = next;
    loadAllocCache();
    cache = allocCache;
  }
  uintptr_t result = allocCacheBase + uintptr_t(__builtin_ctzll(cache));
  allocCache = cache & (cache - 1);
  freeindex = result + 1;
  return result;
}

uintptr_t mspan::countAlloc() const {
  uintptr_t count = 0;
  uintptr_t words = (nelems + 63) / 64;
  for (uintptr_t i = 0; i < words; i++) {
    uint64_t w;
    __builtin_memcpy(&w, gcmarkBits + i * 8, 8);
    count += uintptr_t(__builtin_popcountll(w));
  }
  return count;
}

}  // namespace runtime
