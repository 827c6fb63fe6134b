// mstats_test.cpp — MemStats: Go's layout, and the counts of allocations, frees and
// heap memory moving as objects are allocated and swept.
#include "mstats.h"
#include "alloc_test_util.h"
#include "malloc.h"

#include <gtest/gtest.h>

#include <vector>

namespace {

using namespace runtime;
using alloctest::gcCycle;

TEST(MemStats, LayoutIsGos) {
  EXPECT_EQ(sizeof(MemStats), 5776u);
  EXPECT_EQ(offsetof(MemStats, HeapObjects), 88u);
  EXPECT_EQ(offsetof(MemStats, PauseNs), 192u);
  EXPECT_EQ(offsetof(MemStats, BySize), 4312u);
  EXPECT_EQ(sizeof(MemStats::BySize) / sizeof(MemStats::BySize[0]), 61u);
}

TEST(MemStats, CountsMallocsFreesAndBytes) {
  gcCycle();
  MemStats before;
  readmemstats(&before);
  constexpr int kSmall = 1000;
  std::vector<uintptr_t> keep;
  for (int i = 0; i < kSmall; i++) {
    auto x = uintptr_t(mallocgc(100, nullptr, true));  // class 9: 112 bytes
    if (i % 2 == 0) keep.push_back(x);
  }
  auto large = uintptr_t(mallocgc(100000, nullptr, true));  // 13 pages
  // Ten 3-byte tiny objects: five fit in a 16-byte block, so two blocks. As in Go, the
  // object that opens a block is counted as the block's malloc; the other eight are
  // tiny allocations, counted as both allocated and freed.
  for (int i = 0; i < 10; i++) mallocgc(3, nullptr, true);
  MemStats mid;
  readmemstats(&mid);
  uint64_t smallBytes = kSmall * 112, largeBytes = 13 * 8192;
  EXPECT_EQ(mid.Mallocs - before.Mallocs, uint64_t(kSmall + 1 + 10));
  EXPECT_EQ(mid.Frees - before.Frees, 8u);
  EXPECT_EQ(mid.TotalAlloc - before.TotalAlloc, smallBytes + largeBytes + 32);
  EXPECT_EQ(mid.HeapAlloc - before.HeapAlloc, smallBytes + largeBytes + 32);
  EXPECT_EQ(mid.Alloc, mid.HeapAlloc);
  EXPECT_EQ(mid.HeapObjects - before.HeapObjects, uint64_t(kSmall + 1 + 2));
  EXPECT_EQ(mid.BySize[9].Size, 112u);
  EXPECT_EQ(mid.BySize[9].Mallocs - before.BySize[9].Mallocs, uint64_t(kSmall));
  EXPECT_EQ(mid.BySize[2].Mallocs - before.BySize[2].Mallocs, 2u);
  EXPECT_GE(mid.HeapInuse - before.HeapInuse, largeBytes);

  // Keep half of the small objects and the large one.
  gcCycle([&] {
    for (uintptr_t x : keep) markobject(x);
    markobject(large);
  });
  MemStats after;
  readmemstats(&after);
  EXPECT_EQ(after.Mallocs, mid.Mallocs);
  EXPECT_EQ(after.Frees - mid.Frees, uint64_t(kSmall / 2 + 2)) << "500 small and 2 tiny blocks";
  EXPECT_EQ(after.BySize[9].Frees - mid.BySize[9].Frees, uint64_t(kSmall / 2));
  EXPECT_EQ(mid.HeapAlloc - after.HeapAlloc, uint64_t(kSmall / 2) * 112 + 32);
  EXPECT_EQ(after.HeapObjects, after.Mallocs - after.Frees);

  // The large object freed: its pages go from in-use to idle.
  gcCycle([&] {
    for (uintptr_t x : keep) markobject(x);
  });
  MemStats last;
  readmemstats(&last);
  EXPECT_EQ(after.HeapAlloc - last.HeapAlloc, largeBytes);
  EXPECT_EQ(after.HeapInuse - last.HeapInuse, largeBytes);
  EXPECT_EQ(last.HeapIdle - after.HeapIdle, largeBytes);
}

TEST(MemStats, HeapAndSysAddUp) {
  mallocgc(64, nullptr, true);  // the heap exists even when this test runs alone
  MemStats m;
  readmemstats(&m);
  EXPECT_EQ(m.HeapSys, m.HeapIdle + m.HeapInuse);
  EXPECT_LE(m.HeapReleased, m.HeapIdle);
  EXPECT_EQ(m.Sys, m.HeapSys + m.StackSys + m.MSpanSys + m.MCacheSys + m.BuckHashSys + m.GCSys +
                       m.OtherSys);
  EXPECT_GT(m.MSpanSys, 0u);
  EXPECT_GE(m.MSpanSys, m.MSpanInuse);
  EXPECT_GT(m.MCacheInuse, 0u);
  EXPECT_GE(m.MCacheSys, m.MCacheInuse);
  EXPECT_GT(m.GCSys, 0u);
  EXPECT_TRUE(m.EnableGC);
  EXPECT_EQ(m.HeapSys % (4 << 20), 0u) << "the heap grows by 4 MB chunks";
  for (int i = 0; i < 61; i++) EXPECT_EQ(m.BySize[i].Size, class_to_size[i]);
  alloctest::checkHeapConsistency();
}

}  // namespace
