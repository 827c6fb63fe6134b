// mgcscavenge_test.cpp — freed heap memory goes back to the OS: at once with
// scavengeAll (debug.FreeOSMemory), and from the background scavenger once it has been
// idle for a while. Measured as the process's resident set (/proc/self/statm).
#include "mgcscavenge.h"
#include "alloc_test_util.h"
#include "malloc.h"
#include "mbitmap.h"
#include "mstats.h"
#include "nanotime.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <thread>
#include <vector>

namespace {

using namespace runtime;
using alloctest::gcCycle;
using alloctest::rssBytes;

constexpr uintptr_t kObj = 256 << 10;
constexpr int kCount = 384;  // 96 MB
constexpr uint64_t kMB = 1 << 20;

void allocateAndTouch() {
  for (int i = 0; i < kCount; i++) {
    auto* p = static_cast<char*>(mallocgc(kObj, nullptr, true));
    memset(p, 1, kObj);
  }
}

TEST(Scavenger, ScavengeAllReturnsFreedMemoryToTheOS) {
  gcCycle();
  scavengeAll();
  uint64_t rss0 = rssBytes();
  allocateAndTouch();
  uint64_t rss1 = rssBytes();
  EXPECT_GE(rss1, rss0 + 80 * kMB);
  MemStats m0;
  readmemstats(&m0);
  gcCycle();  // all garbage: the pages are free, but not returned to the OS at once
  uint64_t rss2 = rssBytes();
  EXPECT_GE(rss2 + 16 * kMB, rss1);
  MemStats m1;
  readmemstats(&m1);
  uintptr_t released = scavengeAll();
  uint64_t rss3 = rssBytes();
  EXPECT_LE(rss3 + 80 * kMB, rss2) << "rss before " << rss2 / kMB << " MB, after " << rss3 / kMB;
  MemStats m2;
  readmemstats(&m2);
  // scavengeAll releases what the background scavenger has not released already (on a
  // loaded machine it may have started between the cycle and this call): together,
  // every freed page.
  EXPECT_GE(m2.HeapReleased - m0.HeapReleased, kCount * kObj);
  EXPECT_LE(released, m2.HeapReleased - m0.HeapReleased);
  EXPECT_EQ(m2.HeapIdle, m1.HeapIdle);
  alloctest::checkHeapConsistency();

  // Released pages read as zero and need no zeroing by hand.
  auto* p = static_cast<char*>(mallocgc(kObj, nullptr, true));
  mspan* s;
  uintptr_t idx;
  ASSERT_NE(findObject(uintptr_t(p), &s, &idx), 0u);
  EXPECT_EQ(s->needzero, 0);
  for (uintptr_t i = 0; i < kObj; i += 8) ASSERT_EQ(*reinterpret_cast<uint64_t*>(p + i), 0u);
}

TEST(Scavenger, BackgroundScavengerReleasesIdlePages) {
  gcCycle();
  scavengeAll();
  uint64_t bg0 = scavengerReleasedBytes();
  scavengerSetParams(300'000'000, 50'000'000);  // idle 300 ms, look every 50 ms
  allocateAndTouch();
  uint64_t rss1 = rssBytes();
  int64_t freedAt = nanotime();
  gcCycle();
  // Not released at once...
  uint64_t rss2 = rssBytes();
  if (nanotime() - freedAt < 200'000'000) {
    EXPECT_GE(rss2 + 16 * kMB, rss1);
  }
  // ...but within a few seconds of being idle.
  uint64_t rss3 = rss2;
  int64_t droppedAt = 0;
  for (int i = 0;
       i < 200 && (rss3 + 80 * kMB > rss2 || scavengerReleasedBytes() - bg0 < kCount * kObj); i++) {
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
    rss3 = rssBytes();
    droppedAt = nanotime();
  }
  scavengerSetParams(defaultScavengeIdleNs, defaultScavengePeriodNs);
  EXPECT_LE(rss3 + 80 * kMB, rss2) << "rss before " << rss2 / kMB << " MB, after " << rss3 / kMB;
  EXPECT_GE(scavengerReleasedBytes() - bg0, kCount * kObj);
  EXPECT_GE(droppedAt - freedAt, 290'000'000) << "released before the pages were idle";
  alloctest::checkHeapConsistency();
}

}  // namespace
