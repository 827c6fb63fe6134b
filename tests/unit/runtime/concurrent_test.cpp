// concurrent_test.cpp — two threads, each holding a P, allocate objects of random sizes
// (tiny, small, large; scan and noscan) while GC cycles driven from a third thread
// "free" a random half of them by marking the other half and sweeping — blocking in
// even rounds, lazily in odd ones with a background sweeper racing the allocators.
// Checked: new memory is zeroed, survivors keep their contents, and no two live objects
// ever overlap. The same test runs under ThreadSanitizer (unit_runtime_tsan).
#include "alloc_test_util.h"
#include "malloc.h"
#include "mgcsweep.h"
#include "msize.h"
#include "runtime2.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <cstring>
#include <random>
#include <thread>
#include <vector>

namespace {

using namespace runtime;

#if defined(__SANITIZE_THREAD__)
constexpr int kAllocsPerRound = 4000;
constexpr int kRounds = 4;
#else
constexpr int kAllocsPerRound = 40000;
constexpr int kRounds = 8;
#endif

struct Obj {
  uintptr_t p;
  uintptr_t size;
  uint8_t tag;
};

uintptr_t randomSize(std::mt19937_64& rng) {
  uint32_t r = uint32_t(rng() % 1000);
  if (r < 300) return 1 + rng() % 15;                 // tiny, when noscan
  if (r < 850) return 16 + rng() % 500;               // small
  if (r < 985) return 512 + rng() % 8000;             // medium
  if (r < 997) return 8192 + rng() % (32768 - 8192);  // up to the largest class
  return _MaxSmallSize + 1 + rng() % 200000;          // large
}

bool holds(const Obj& o) {
  auto* b = reinterpret_cast<const uint8_t*>(o.p);
  for (uintptr_t i = 0; i < o.size; i++) {
    if (b[i] != o.tag) return false;
  }
  return true;
}

void checkNoOverlap(const std::vector<Obj>& a, const std::vector<Obj>& b) {
  std::vector<Obj> all(a);
  all.insert(all.end(), b.begin(), b.end());
  std::sort(all.begin(), all.end(), [](const Obj& x, const Obj& y) { return x.p < y.p; });
  for (size_t i = 1; i < all.size(); i++) {
    ASSERT_LE(all[i - 1].p + all[i - 1].size, all[i].p)
        << "objects overlap: " << all[i - 1].p << "+" << all[i - 1].size << " and " << all[i].p;
  }
}

TEST(Concurrency, TwoThreadsAllocateAndSweepWithoutOverlap) {
  if (gomaxprocs < 2) GTEST_SKIP() << "needs GOMAXPROCS >= 2";
  alloctest::gcCycle();
  // The main thread only coordinates: it gives its P up so that both workers hold one.
  p* mainP = releasep();
  pidleput(mainP);

  alloctest::TestType ptrType;
  alloctest::initType(&ptrType, 1, [](uintptr_t) { return true; });
  std::barrier sync(3);
  std::vector<Obj> live[2];
  std::atomic<int> failures{0};

  auto allocOne = [&](std::mt19937_64& rng, std::vector<Obj>& out) {
    uintptr_t size = randomSize(rng);
    bool scan = size >= 16 && rng() % 2 == 0;
    if (scan) size = alignUp(size, 8);
    auto x = uintptr_t(mallocgc(size, scan ? &ptrType.t : nullptr, true));
    auto* b = reinterpret_cast<uint8_t*>(x);
    for (uintptr_t i = 0; i < size; i++) {
      if (b[i] != 0) {
        failures++;
        break;
      }
    }
    auto tag = uint8_t(rng() | 1);
    memset(b, tag, size);
    out.push_back(Obj{x, size, tag});
  };

  auto worker = [&](int t) {
    p* pp = pidleget();
    if (pp == nullptr) {
      failures++;
      return;
    }
    acquirep(pp);
    std::mt19937_64 rng(12345 + t);
    for (int round = 0; round < kRounds; round++) {
      for (int i = 0; i < kAllocsPerRound; i++) {
        allocOne(rng, live[t]);
        if (i % 64 == 0 && !live[t].empty() && !holds(live[t][rng() % live[t].size()])) {
          failures++;
        }
      }
      sync.arrive_and_wait();  // 1: the coordinator starts a mark phase
      sync.arrive_and_wait();  // 2
      // Mark a random half; allocate more during the mark (allocate-black: they live).
      std::vector<Obj> survivors;
      for (const Obj& o : live[t]) {
        if (rng() % 2 == 0) {
          markobject(o.p);
          survivors.push_back(o);
        }
      }
      for (int i = 0; i < 500; i++) allocOne(rng, survivors);
      live[t].swap(survivors);
      sync.arrive_and_wait();  // 3: the coordinator sweeps
      sync.arrive_and_wait();  // 4
      for (const Obj& o : live[t]) {
        if (!holds(o)) failures++;
      }
    }
    releasep();
    pidleput(pp);
  };

  std::thread w0(worker, 0), w1(worker, 1);
  std::thread sweeper;
  std::atomic<bool> stopSweeper{false};
  for (int round = 0; round < kRounds; round++) {
    sync.arrive_and_wait();  // 1: workers stopped allocating
    if (sweeper.joinable()) {
      stopSweeper = true;
      sweeper.join();
    }
    checkNoOverlap(live[0], live[1]);
    finishsweep_m();
    gcResetMarkState();
    setGCPhase(_GCmark);
    gcMarkTinyAllocs();
    sync.arrive_and_wait();  // 2: workers mark
    sync.arrive_and_wait();  // 3: marking done
    setGCPhase(_GCoff);
    bool blocking = round % 2 == 0;
    gcSweep(blocking);
    if (!blocking) {
      stopSweeper = false;
      sweeper = std::thread([&] {
        while (!stopSweeper.load() && sweepone() != ~uintptr_t(0)) {
        }
      });
    }
    sync.arrive_and_wait();  // 4: workers go on, sweeping lazily as they allocate
  }
  w0.join();
  w1.join();
  if (sweeper.joinable()) {
    stopSweeper = true;
    sweeper.join();
  }
  EXPECT_EQ(failures.load(), 0);
  checkNoOverlap(live[0], live[1]);
  finishsweep_m();
  alloctest::checkHeapConsistency();

  // Give the main thread its P back.
  std::vector<p*> idle;
  while (p* pp = pidleget()) idle.push_back(pp);
  for (p* pp : idle) {
    if (pp != mainP) pidleput(pp);
  }
  acquirep(mainP);
  alloctest::gcCycle();
}

}  // namespace
