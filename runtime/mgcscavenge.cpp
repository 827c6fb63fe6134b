// mgcscavenge.cpp — see mgcscavenge.h.
#include "mgcscavenge.h"

#include "lock.h"
#include "mem.h"
#include "mgcpacer.h"
#include "mheap.h"
#include "mstats.h"

#include <atomic>
#include <thread>

namespace runtime {

namespace {

std::atomic<int64_t> scavengeIdleNs{defaultScavengeIdleNs};
std::atomic<int64_t> scavengePeriodNs{defaultScavengePeriodNs};
std::atomic<bool> scavengerStarted{false};
std::atomic<uint64_t> bgReleased{0};
note scavengerWake;

// The bytes of free pages to release now so that the heap keeps at most 10% more than
// its goal (Go's gcPercentGoal), and the runtime's mapped memory stays under 95% of
// GOMEMLIMIT (Go's memoryLimitGoal).
uintptr_t scavengeExcess() {
  uint64_t inUse = memstats.heapInUse.load(std::memory_order_relaxed);
  uint64_t free = memstats.heapFree.load(std::memory_order_relaxed);
  uint64_t retained = inUse + free;
  uint64_t excess = 0;
  uint64_t goal = gcController.heapGoal.load(std::memory_order_relaxed);
  if (goal != ~uint64_t(0)) {
    uint64_t keep = goal + goal / 10;
    if (retained > keep) excess = retained - keep;
  }
  int64_t limit = gcController.memoryLimit.load(std::memory_order_relaxed);
  if (limit != maxInt64) {
    uint64_t mapped = retained + memstats.stacks_sys.load() + memstats.mspan_sys.load() +
                      memstats.mcache_sys.load() + memstats.buckhash_sys.load() +
                      memstats.gcMiscSys.load() + memstats.other_sys.load();
    uint64_t target = uint64_t(limit) / 100 * 95;
    if (mapped > target && mapped - target > excess) excess = mapped - target;
  }
  return uintptr_t(excess < free ? excess : free);
}

void bgscavenge() {
  for (;;) {
    notetsleep(&scavengerWake, scavengePeriodNs.load(std::memory_order_relaxed));
    noteclear(&scavengerWake);
    uintptr_t n = 0;
    if (uintptr_t excess = scavengeExcess(); excess >= (64 << 10)) {
      n += scavenge(false, 0, excess);
    }
    n += scavenge(true, scavengeIdleNs.load(std::memory_order_relaxed), ~uintptr_t(0));
    bgReleased.fetch_add(n, std::memory_order_relaxed);
  }
}

}  // namespace

uintptr_t scavenge(bool idleOnly, int64_t idleNs, uintptr_t maxBytes) {
  uintptr_t released = 0;
  uintptr_t cursor = ~uintptr_t(0);
  uint32_t now = pageStamp();
  uint32_t idleStamps = uint32_t(uint64_t(idleNs < 0 ? 0 : idleNs) >> 20);
  for (;;) {
    uintptr_t npages = 0;
    lock(&mheap_.lock);
    uintptr_t base =
        mheap_.pages.scavengeFind(&cursor, pallocChunkPages, idleOnly, now, idleStamps, &npages);
    unlock(&mheap_.lock);
    if (base == 0) break;
    uintptr_t bytes = npages * _PageSize;
    sysUnused(reinterpret_cast<void*>(base), bytes);
    lock(&mheap_.lock);
    mheap_.pages.scavengeDone(base, npages);
    memstats.heapFree.store(memstats.heapFree.load(std::memory_order_relaxed) - bytes,
                            std::memory_order_relaxed);
    memstats.heapReleased.store(memstats.heapReleased.load(std::memory_order_relaxed) + bytes,
                                std::memory_order_relaxed);
    unlock(&mheap_.lock);
    released += bytes;
    if (released >= maxBytes) break;
  }
  return released;
}

uintptr_t scavengeAll() {
  return scavenge(false, 0, ~uintptr_t(0));
}

void scavengerStart() {
  bool expected = false;
  if (!scavengerStarted.compare_exchange_strong(expected, true)) return;
  std::thread(bgscavenge).detach();
}

void scavengerSetParams(int64_t idleNs, int64_t periodNs) {
  scavengeIdleNs.store(idleNs, std::memory_order_relaxed);
  scavengePeriodNs.store(periodNs, std::memory_order_relaxed);
  notewakeup(&scavengerWake);
}

void scavengerReady() {
  if (scavengerStarted.load(std::memory_order_relaxed)) notewakeup(&scavengerWake);
}

uint64_t scavengerReleasedBytes() {
  return bgReleased.load(std::memory_order_relaxed);
}

}  // namespace runtime
