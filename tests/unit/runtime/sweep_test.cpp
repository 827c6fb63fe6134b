// sweep_test.cpp — freeing by sweeping: unmarked objects become free, marked ones stay,
// empty spans go back to the heap and are reused; lazy sweeping; black allocation.
#include "alloc_test_util.h"
#include "malloc.h"
#include "mbitmap.h"
#include "mcache.h"
#include "mheap.h"
#include "runtime2.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <set>
#include <vector>

namespace {

using namespace runtime;
using alloctest::gcCycle;

TEST(Sweep, UnmarkedSlotsAreReusedMarkedOnesKept) {
  gcCycle();
  // Fill one whole span of 1024-byte objects (8 per 8 KB span).
  constexpr int kPerSpan = 8;
  std::vector<uintptr_t> objs;
  mspan* first = nullptr;
  for (int i = 0; i < kPerSpan; i++) {
    auto x = uintptr_t(mallocgc(1024, nullptr, true));
    memset(reinterpret_cast<void*>(x), 0x40 + i, 1024);
    mspan* s;
    uintptr_t idx;
    ASSERT_EQ(findObject(x, &s, &idx), x);
    if (first == nullptr) first = s;
    if (s != first) GTEST_SKIP() << "cached span was partially used before";
    objs.push_back(x);
  }
  // Keep the even objects.
  gcCycle([&] {
    for (int i = 0; i < kPerSpan; i += 2) EXPECT_TRUE(markobject(objs[size_t(i)]));
  });
  EXPECT_EQ(first->allocCount, kPerSpan / 2);
  EXPECT_EQ(first->needzero, 1);
  for (int i = 0; i < kPerSpan; i++) {
    EXPECT_EQ(first->isFree(uintptr_t(i)), i % 2 == 1) << i;
  }
  // Survivors are untouched.
  for (int i = 0; i < kPerSpan; i += 2) {
    auto* b = reinterpret_cast<unsigned char*>(objs[size_t(i)]);
    for (int j = 0; j < 1024; j++) ASSERT_EQ(b[j], 0x40 + i);
  }
  // The next allocations of this class take exactly the freed odd slots, zeroed.
  std::set<uintptr_t> odd;
  for (int i = 1; i < kPerSpan; i += 2) odd.insert(objs[size_t(i)]);
  for (int i = 0; i < kPerSpan / 2; i++) {
    auto x = uintptr_t(mallocgc(1024, nullptr, true));
    EXPECT_EQ(odd.count(x), 1u) << "allocation " << i;
    odd.erase(x);
    auto* b = reinterpret_cast<unsigned char*>(x);
    for (int j = 0; j < 1024; j++) ASSERT_EQ(b[j], 0);
  }
}

TEST(Sweep, EmptySpansReturnToTheHeapAndAreReused) {
  gcCycle();
  uint64_t inUseBefore = memstats.heapInUse.load();
  std::set<uintptr_t> spans;
  for (int i = 0; i < 4000; i++) {
    auto x = uintptr_t(mallocgc(256, nullptr, true));
    spans.insert(x & ~uintptr_t(_PageMask));
  }
  uint64_t inUseFull = memstats.heapInUse.load();
  EXPECT_GE(inUseFull - inUseBefore, 100 * _PageSize);
  gcCycle();  // nothing marked: all those spans are empty
  uint64_t inUseAfter = memstats.heapInUse.load();
  EXPECT_LE(inUseAfter, inUseBefore);
  for (uintptr_t page : spans) EXPECT_EQ(spanOfHeap(page), nullptr);
  // The freed pages are reused (first fit by address) instead of growing the heap.
  uint64_t sysBefore =
      memstats.heapInUse.load() + memstats.heapFree.load() + memstats.heapReleased.load();
  int reused = 0;
  for (int i = 0; i < 4000; i++) {
    auto x = uintptr_t(mallocgc(256, nullptr, true));
    reused += spans.count(x & ~uintptr_t(_PageMask)) != 0;
  }
  EXPECT_GT(reused, 3900);
  uint64_t sysAfter =
      memstats.heapInUse.load() + memstats.heapFree.load() + memstats.heapReleased.load();
  EXPECT_EQ(sysAfter, sysBefore);
  alloctest::checkHeapConsistency();
}

TEST(Sweep, MarkedLargeObjectSurvivesUnmarkedIsFreed) {
  gcCycle();
  auto keep = uintptr_t(mallocgc(100000, nullptr, true));
  auto drop = uintptr_t(mallocgc(100000, nullptr, true));
  memset(reinterpret_cast<void*>(keep), 7, 100000);
  gcCycle([&] { EXPECT_TRUE(markobject(keep + 5000)); });  // interior pointer marks it
  EXPECT_NE(spanOfHeap(keep), nullptr);
  EXPECT_EQ(spanOfHeap(drop), nullptr);
  EXPECT_EQ(reinterpret_cast<unsigned char*>(keep)[99999], 7);
  // A second cycle without marking frees it too.
  gcCycle();
  EXPECT_EQ(spanOfHeap(keep), nullptr);
}

TEST(Sweep, MarkingTwiceReportsOnce) {
  auto x = uintptr_t(mallocgc(64, nullptr, true));
  gcCycle([&] {
    EXPECT_TRUE(markobject(x));
    EXPECT_FALSE(markobject(x + 8));
    EXPECT_FALSE(markobject(0x1000));  // not a heap pointer
  });
}

TEST(Sweep, ObjectsAllocatedDuringMarkAreBlack) {
  gcCycle();
  finishsweep_m();
  gcResetMarkState();
  setGCPhase(_GCmark);
  auto small = uintptr_t(mallocgc(128, nullptr, true));
  auto large = uintptr_t(mallocgc(1 << 16, nullptr, true));
  auto tiny = uintptr_t(mallocgc(4, nullptr, true));
  setGCPhase(_GCoff);
  gcSweep(true);
  EXPECT_NE(spanOfHeap(small), nullptr);
  EXPECT_NE(spanOfHeap(large), nullptr);
  mspan* s;
  uintptr_t idx;
  ASSERT_NE(findObject(small, &s, &idx), 0u);
  EXPECT_FALSE(s->isFree(idx));
  ASSERT_NE(findObject(tiny, &s, &idx), 0u);
  EXPECT_FALSE(s->isFree(idx));
  gcCycle();  // no longer allocated during a mark: freed now
  EXPECT_EQ(spanOfHeap(large), nullptr);
}

TEST(Sweep, LazySweepingSweepsOnDemand) {
  gcCycle();
  std::vector<uintptr_t> objs;
  for (int i = 0; i < 20000; i++) objs.push_back(uintptr_t(mallocgc(96, nullptr, true)));
  auto big = uintptr_t(mallocgc(1 << 20, nullptr, true));
  // Keep every 4th object; sweep lazily.
  gcCycle(
      [&] {
        for (size_t i = 0; i < objs.size(); i += 4) markobject(objs[i]);
      },
      false);
  EXPECT_FALSE(isSweepDone());
  uint32_t sg = mheap_.sweepgen.load();
  mspan* s;
  uintptr_t idx;
  ASSERT_NE(findObject(objs[0], &s, &idx), 0u);
  EXPECT_EQ(s->sweepgen.load(), sg - 2);  // not swept yet
  // Allocation sweeps what it needs: new 96-byte objects come from swept spans'
  // free slots, and a large allocation reclaims the unmarked large span first.
  std::set<uintptr_t> dead;
  for (size_t i = 0; i < objs.size(); i++) {
    if (i % 4 != 0) dead.insert(objs[i]);
  }
  int reused = 0;
  for (int i = 0; i < 1000; i++) reused += dead.count(uintptr_t(mallocgc(96, nullptr, true)));
  EXPECT_GE(reused, 1000 - 85);  // the last span also had never-used slots
  uint64_t heapSys =
      memstats.heapInUse.load() + memstats.heapFree.load() + memstats.heapReleased.load();
  auto big2 = uintptr_t(mallocgc(1 << 20, nullptr, true));
  // The unmarked large span was reclaimed (swept and freed) to make room; nobody else
  // swept it, and the heap did not grow.
  EXPECT_TRUE(big2 == big || spanOfHeap(big) == nullptr);
  EXPECT_EQ(memstats.heapInUse.load() + memstats.heapFree.load() + memstats.heapReleased.load(),
            heapSys);
  // ensureSwept and sweepone finish the job.
  ensureSwept(s);
  EXPECT_EQ(s->sweepgen.load(), sg);
  while (sweepone() != ~uintptr_t(0)) {
  }
  EXPECT_TRUE(isSweepDone());
  for (size_t i = 0; i < objs.size(); i += 4) {
    ASSERT_NE(findObject(objs[i], &s, &idx), 0u);
    EXPECT_FALSE(s->isFree(idx));
  }
  alloctest::checkHeapConsistency();
}

TEST(Sweep, SweepgenAdvancesByTwoPerCycle) {
  uint32_t before = mheap_.sweepgen.load();
  gcCycle();
  EXPECT_EQ(mheap_.sweepgen.load(), before + 2);
  gcCycle();
  EXPECT_EQ(mheap_.sweepgen.load(), before + 4);
  // Every P's mcache was flushed for this phase.
  for (int32_t i = 0; i < gomaxprocs; i++) {
    EXPECT_EQ(allp[i]->mcache->flushGen.load(), mheap_.sweepgen.load());
  }
}

}  // namespace
