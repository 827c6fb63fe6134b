// gc_test.cpp — the collector's pieces on their own: the mark queue (gcWork and the
// global lists), greying and scanning (precise through the heap bitmap, and
// conservative), the write barrier's shading, and the pacer's arithmetic (goal,
// trigger, GOMEMLIMIT syntax). Cycles are driven by hand as in the allocator's tests;
// the collector's threads are never started here.
#include "alloc_test_util.h"
#include "malloc.h"
#include "mbarrier.h"
#include "mbitmap.h"
#include "mgcmark.h"
#include "mgcpacer.h"
#include "mgcwork.h"
#include "mgcworker.h"
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

bool isMarked(uintptr_t p) {
  mspan* s;
  uintptr_t idx;
  if (findObject(p, &s, &idx) == 0) return false;
  return s->markBitsForIndex(idx).isMarked();
}

// A descriptor for a struct of `words` words, all pointers.
struct PtrArray {
  alloctest::TestType tt;
  explicit PtrArray(uintptr_t words) {
    alloctest::initType(&tt, words, [](uintptr_t) { return true; });
  }
};

TEST(GCWork, PutGetIsLastInFirstOutAndSpillsToTheGlobalList) {
  gcWork w;
  EXPECT_TRUE(w.empty());
  const uintptr_t n = 3 * workbuf::capacity + 10;  // more than two buffers hold
  for (uintptr_t i = 1; i <= n; i++) w.put(i * 8);
  EXPECT_FALSE(w.empty());
  EXPECT_GE(work.nfull.load(), 1u);  // full buffers went to the global list
  std::set<uintptr_t> got;
  uintptr_t v = 0, prev = ~uintptr_t(0);
  int inOrder = 0;
  while (w.tryGet(&v)) {
    if (v < prev) inOrder++;
    prev = v;
    EXPECT_TRUE(got.insert(v).second) << "object handed out twice: " << v;
  }
  EXPECT_EQ(got.size(), n);  // every object exactly once, local or global
  EXPECT_GT(inOrder, int(n / 2));
  EXPECT_EQ(work.nfull.load(), 0u);
  w.dispose();
}

TEST(GCWork, DisposeHandsWorkToOtherMarkers) {
  gcWork a, b;
  for (uintptr_t i = 1; i <= 100; i++) a.put(i * 8);
  a.bytesMarked = 1000;
  uint64_t before = work.bytesMarked.load();
  a.dispose();
  EXPECT_TRUE(a.empty());
  EXPECT_EQ(work.bytesMarked.load(), before + 1000);
  int n = 0;
  uintptr_t v;
  while (b.tryGet(&v)) n++;
  EXPECT_EQ(n, 100);
  b.dispose();
}

TEST(Mark, GreyingMarksOnceAndQueuesOnlyScannableObjects) {
  gcCycle();
  PtrArray pa(4);
  auto scan = uintptr_t(mallocgc(32, &pa.tt.t, true));
  auto noscan = uintptr_t(mallocgc(64, nullptr, true));
  gcCycle([&] {
    gcWork w;
    for (uintptr_t obj : {scan, noscan, scan}) {
      mspan* s;
      uintptr_t idx;
      ASSERT_EQ(findObject(obj, &s, &idx), obj);
      greyobject(obj, s, idx, &w);
    }
    EXPECT_TRUE(isMarked(scan));
    EXPECT_TRUE(isMarked(noscan));
    uintptr_t v;
    ASSERT_TRUE(w.tryGet(&v));
    EXPECT_EQ(v, scan);          // queued once
    EXPECT_FALSE(w.tryGet(&v));  // the noscan object is black at once
    EXPECT_EQ(w.bytesMarked, 32u + 64u);
    w.dispose();
  });
}

TEST(Mark, ScanningFollowsExactlyThePointerWordsOfTheHeapBitmap) {
  gcCycle();
  // An object whose words 0 and 2 are pointers (1 and 3 are scalars holding
  // addresses that must not be followed).
  alloctest::TestType tt;
  alloctest::initType(&tt, 4, [](uintptr_t i) { return i % 2 == 0; });
  auto holder = static_cast<uintptr_t*>(mallocgc(32, &tt.t, true));
  auto a = uintptr_t(mallocgc(48, nullptr, true));
  auto b = uintptr_t(mallocgc(48, nullptr, true));
  auto c = uintptr_t(mallocgc(48, nullptr, true));
  auto d = uintptr_t(mallocgc(48, nullptr, true));
  holder[0] = a;
  holder[1] = b;       // scalar
  holder[2] = c + 16;  // an interior pointer
  holder[3] = d;       // scalar
  gcCycle([&] {
    gcWork w;
    scanobject(uintptr_t(holder), &w);
    EXPECT_TRUE(isMarked(a));
    EXPECT_FALSE(isMarked(b));
    EXPECT_TRUE(isMarked(c));
    EXPECT_FALSE(isMarked(d));
    EXPECT_EQ(w.scanWork, 32u);
    w.dispose();
    markobject(uintptr_t(holder));
  });
  // The unmarked ones were freed by the sweep: the survivors' slots are allocated.
  mspan* s;
  uintptr_t idx;
  ASSERT_NE(findObject(a, &s, &idx), 0u);
  EXPECT_FALSE(s->isFree(idx));
}

TEST(Mark, ConservativeScanMarksAllocatedObjectsOnly) {
  gcCycle();
  auto live = uintptr_t(mallocgc(64, nullptr, true));
  // A free slot of the same span: allocate, then let a cycle free it.
  auto dead = uintptr_t(mallocgc(64, nullptr, true));
  gcCycle([&] { markobject(live); });
  uintptr_t words[4] = {live + 8, dead, 12345, 0};
  gcCycle([&] {
    gcWork w;
    scanConservative(uintptr_t(words), uintptr_t(words) + sizeof words, &w);
    EXPECT_TRUE(isMarked(live));  // through an interior pointer
    mspan* s;
    uintptr_t idx;
    ASSERT_NE(findObject(dead, &s, &idx), 0u);
    if (s->isFree(idx)) {
      EXPECT_FALSE(isMarked(dead));  // a free slot is never marked
    }
    w.dispose();
  });
}

TEST(WriteBarrier, ShadesTheOldAndTheNewPointerOnlyWhileEnabled) {
  gcCycle();
  PtrArray pa(1);
  auto slot = static_cast<void**>(mallocgc(8, &pa.tt.t, true));
  auto oldObj = mallocgc(64, nullptr, true);
  auto newObj = mallocgc(64, nullptr, true);
  *slot = oldObj;
  gcCycle([&] {
    // Barrier off: a plain copy, nothing shaded.
    void* src[1] = {newObj};
    typedmemmove(&pa.tt.t, slot, src);
    EXPECT_EQ(*slot, newObj);
    EXPECT_FALSE(isMarked(uintptr_t(oldObj)));
    *slot = oldObj;
    runtime_writeBarrier.enabled.store(1);
    typedmemmove(&pa.tt.t, slot, src);
    runtime_writeBarrier.enabled.store(0);
    EXPECT_EQ(*slot, newObj);
    EXPECT_TRUE(isMarked(uintptr_t(oldObj)));  // Yuasa: the overwritten pointer
    EXPECT_TRUE(isMarked(uintptr_t(newObj)));  // Dijkstra: the written one
    if (p* pp = getp()) pp->gcw.dispose();
    markobject(uintptr_t(slot));
  });
}

TEST(Pacer, GOMEMLIMITSyntax) {
  int64_t v = 0;
  EXPECT_TRUE(parseByteCount("512MiB", &v));
  EXPECT_EQ(v, int64_t(512) << 20);
  EXPECT_TRUE(parseByteCount("2GiB", &v));
  EXPECT_EQ(v, int64_t(2) << 30);
  EXPECT_TRUE(parseByteCount("1000000", &v));
  EXPECT_EQ(v, 1000000);
  EXPECT_TRUE(parseByteCount("7B", &v));
  EXPECT_EQ(v, 7);
  EXPECT_TRUE(parseByteCount("3KiB", &v));
  EXPECT_EQ(v, 3072);
  EXPECT_TRUE(parseByteCount("1TiB", &v));
  EXPECT_EQ(v, int64_t(1) << 40);
  for (const char* bad :
       {"", "12 parsecs", "1.5GiB", "-1", "1MB", "1Gi", "99999999999999999TiB", "GiB"}) {
    EXPECT_FALSE(parseByteCount(bad, &v)) << bad;
  }
}

TEST(Pacer, GoalIsMarkedHeapPlusGOGCPercentOfTheScannableMemory) {
  gcControllerState saved;
  saved.heapMarked = gcController.heapMarked;
  int32_t pct = gcController.gcPercent.load();
  gcController.heapMarked = 100 << 20;
  gcController.stackScan = 1 << 20;
  gcController.globalsScan = 1 << 20;
  gcController.gcPercent.store(100);
  gcController.memoryLimit.store(maxInt64);
  pacerCommit();
  EXPECT_EQ(gcController.heapGoal.load(), uint64_t(100 << 20) + uint64_t(102 << 20));
  uint64_t trigger = gcController.trigger.load();
  uint64_t span = 102 << 20;
  // 70% .. 95% of the way from the marked heap to the goal (for large heaps, Go's upper
  // bound is goal - 4 MB when that is higher).
  EXPECT_GE(trigger, uint64_t(100 << 20) + span * 7 / 10 - 1);
  EXPECT_LE(trigger, std::max(uint64_t(100 << 20) + span * 95 / 100,
                              gcController.heapGoal.load() - defaultHeapMinimum));
  EXPECT_LT(trigger, gcController.heapGoal.load());
  gcController.gcPercent.store(50);
  pacerCommit();
  EXPECT_EQ(gcController.heapGoal.load(), uint64_t(100 << 20) + uint64_t(51 << 20));
  // A small heap: the 4 MB * GOGC/100 minimum.
  gcController.heapMarked = 1 << 10;
  gcController.stackScan = gcController.globalsScan = 0;
  gcController.gcPercent.store(100);
  pacerCommit();
  EXPECT_EQ(gcController.heapGoal.load(), defaultHeapMinimum);
  // GOGC=off: no goal unless there is a limit; the limit is then the goal's bound.
  gcController.gcPercent.store(-1);
  pacerCommit();
  EXPECT_EQ(gcController.heapGoal.load(), ~uint64_t(0));
  EXPECT_FALSE(gcTriggerTest());
  gcController.memoryLimit.store(int64_t(256) << 20);
  pacerCommit();
  EXPECT_LT(gcController.heapGoal.load(), uint64_t(256) << 20);
  EXPECT_LE(gcController.trigger.load(), gcController.heapGoal.load());
  // SetGCPercent / SetMemoryLimit return the previous settings.
  EXPECT_EQ(setGCPercent(80), -1);
  EXPECT_EQ(setGCPercent(100), 80);
  EXPECT_EQ(setMemoryLimit(-5), int64_t(256) << 20);  // negative: unchanged
  EXPECT_EQ(setMemoryLimit(maxInt64), int64_t(256) << 20);
  gcController.gcPercent.store(pct);
  gcController.heapMarked = saved.heapMarked;
  pacerCommit();
}

// The background workers' shares per GOMAXPROCS, as Go 1.19's startCycle computes them:
// dedicated workers for 25% of the Ps when rounding is within 30%, fractional ones
// (each P's share of its time) for the rest.
TEST(MarkWorkers, SharesFollowGo) {
  struct {
    int32_t procs;
    int64_t dedicated;
    double fractional;
  } cases[] = {
      {1, 0, 0.25},    {2, 0, 0.25}, {3, 0, 0.25}, {4, 1, 0},  {5, 1, 0},
      {6, 1, 0.5 / 6}, {7, 2, 0},    {8, 2, 0},    {16, 4, 0},
  };
  for (const auto& c : cases) {
    int64_t dedicated = -1;
    double fractional = -1;
    gcWorkerShares(c.procs, &dedicated, &fractional);
    EXPECT_EQ(dedicated, c.dedicated) << "GOMAXPROCS=" << c.procs;
    EXPECT_DOUBLE_EQ(fractional, c.fractional) << "GOMAXPROCS=" << c.procs;
  }
}

}  // namespace
