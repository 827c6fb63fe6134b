// alloc_test_util.h — helpers shared by the allocator tests: start-up, a GC cycle driven
// by hand (the collector's sequence from mgcsweep.h, with the test choosing what is
// marked), resident memory, test type descriptors, and heap consistency checks.
#pragma once

#include "mgc.h"
#include "mgcsweep.h"
#include "mheap.h"
#include "mstats.h"
#include "type.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <functional>

namespace alloctest {

// gcCycle runs one collection cycle by hand, with no other thread allocating: the
// objects that mark() marks (runtime::markobject) survive, every other object is freed.
// blocking == false leaves the sweep to lazy sweeping.
inline void gcCycle(const std::function<void()>& mark = {}, bool blocking = true) {
  runtime::finishsweep_m();
  runtime::gcResetMarkState();
  runtime::setGCPhase(runtime::_GCmark);
  runtime::gcMarkTinyAllocs();
  if (mark) mark();
  runtime::setGCPhase(runtime::_GCoff);
  runtime::gcSweep(blocking);
}

// rssBytes reads the resident set size from /proc/self/statm.
inline uint64_t rssBytes() {
  FILE* f = fopen("/proc/self/statm", "r");
  if (f == nullptr) return 0;
  unsigned long size = 0, resident = 0;
  if (fscanf(f, "%lu %lu", &size, &resident) != 2) resident = 0;
  fclose(f);
  return uint64_t(resident) * uint64_t(sysconf(_SC_PAGESIZE));
}

// makeType builds a descriptor for a type of `words` words whose pointer words are
// given by `ptrmask` (bit i = word i; bytes LSB first).
struct TestType {
  runtime::_type t{};
  uint8_t bits[64] = {};
};

inline void initType(TestType* tt, uintptr_t words, const std::function<bool(uintptr_t)>& isPtr) {
  uintptr_t last = 0;
  for (uintptr_t i = 0; i < words; i++) {
    if (isPtr(i)) {
      tt->bits[i / 8] |= uint8_t(1u << (i % 8));
      last = i + 1;
    }
  }
  tt->t.size = words * 8;
  tt->t.ptrdata = last * 8;
  tt->t.align = 8;
  tt->t.fieldAlign = 8;
  tt->t.kind = runtime::kindStruct;
  tt->t.gcdata = last > 0 ? tt->bits : nullptr;
}

// checkHeapConsistency compares the memstats gauges with the page allocator.
inline void checkHeapConsistency() {
  uintptr_t freePages = 0, scavPages = 0;
  runtime::lock(&runtime::mheap_.lock);
  runtime::mheap_.pages.counts(&freePages, &scavPages);
  uint64_t heapFree = runtime::memstats.heapFree.load();
  uint64_t heapReleased = runtime::memstats.heapReleased.load();
  runtime::unlock(&runtime::mheap_.lock);
  EXPECT_EQ(uint64_t(freePages) * runtime::_PageSize, heapFree + heapReleased);
  EXPECT_EQ(uint64_t(scavPages) * runtime::_PageSize, heapReleased);
}

}  // namespace alloctest
