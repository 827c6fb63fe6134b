// mgcpacer.cpp — see mgcpacer.h.
#include "mgcpacer.h"

#include "mheap.h"
#include "mstats.h"
#include "nanotime.h"
#include "panic.h"
#include "print.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace runtime {

gcControllerState gcController;

bool parseByteCount(const char* s, int64_t* out) {
  if (s == nullptr || *s == 0) return false;
  const char* p = s;
  uint64_t n = 0;
  if (*p < '0' || *p > '9') return false;
  while (*p >= '0' && *p <= '9') {
    uint64_t d = uint64_t(*p - '0');
    if (n > (uint64_t(maxInt64) - d) / 10) return false;
    n = n * 10 + d;
    p++;
  }
  struct Unit {
    const char* name;
    int shift;
  };
  static const Unit units[] = {{"", 0},     {"B", 0},    {"KiB", 10},
                               {"MiB", 20}, {"GiB", 30}, {"TiB", 40}};
  for (const Unit& u : units) {
    if (strcmp(p, u.name) != 0) continue;
    if (u.shift > 0 && n > (uint64_t(maxInt64) >> u.shift)) return false;
    *out = int64_t(n << u.shift);
    return true;
  }
  return false;
}

void gcinitPacer() {
  if (const char* s = getenv("GOGC"); s != nullptr && *s != 0) {
    if (strcmp(s, "off") == 0) {
      gcController.gcPercent.store(-1, std::memory_order_relaxed);
    } else {
      // As Go's readGOGC: atoi; anything unparsable is 100.
      char* end;
      long v = strtol(s, &end, 10);
      gcController.gcPercent.store(*end == 0 ? int32_t(std::clamp<long>(v, -1, 1 << 30)) : 100,
                                   std::memory_order_relaxed);
    }
  }
  if (const char* s = getenv("GOMEMLIMIT"); s != nullptr && *s != 0 && strcmp(s, "off") != 0) {
    int64_t n;
    if (!parseByteCount(s, &n)) {
      printlock();
      printcstr("GOMEMLIMIT=");
      printcstr(s);
      printnl();
      printunlock();
      throw_("malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`");
    }
    gcController.memoryLimit.store(n, std::memory_order_relaxed);
  }
  pacerCommit();
}

uint64_t memoryLimitHeapGoal() {
  int64_t limit = gcController.memoryLimit.load(std::memory_order_relaxed);
  if (limit == maxInt64) return ~uint64_t(0);
  // Memory that counts against the limit but holds no heap objects: everything the
  // runtime mapped and did not release, minus the heap's in-use and free pages.
  uint64_t mappedReady = memstats.heapInUse.load(std::memory_order_relaxed) +
                         memstats.heapFree.load(std::memory_order_relaxed) +
                         memstats.stacks_sys.load() + memstats.mspan_sys.load() +
                         memstats.mcache_sys.load() + memstats.buckhash_sys.load() +
                         memstats.gcMiscSys.load() + memstats.other_sys.load();
  uint64_t heapPages = memstats.heapInUse.load(std::memory_order_relaxed) +
                       memstats.heapFree.load(std::memory_order_relaxed);
  uint64_t nonHeap = mappedReady > heapPages ? mappedReady - heapPages : 0;
  uint64_t ulimit = uint64_t(limit);
  uint64_t overage = mappedReady > ulimit ? mappedReady - ulimit : 0;
  if (nonHeap + overage >= ulimit) return gcController.heapMarked;
  uint64_t goal = ulimit - (nonHeap + overage);
  uint64_t headroom = std::max<uint64_t>(goal / 100 * 3, 1 << 20);
  goal = goal < 2 * headroom ? headroom : goal - headroom;
  return std::max(goal, gcController.heapMarked);
}

void pacerCommit() {
  gcControllerState& c = gcController;
  int32_t pct = c.gcPercent.load(std::memory_order_relaxed);
  uint64_t goal = ~uint64_t(0);
  if (pct >= 0) {
    uint64_t scannable = c.heapMarked + c.stackScan + c.globalsScan;
    goal = c.heapMarked + scannable * uint64_t(pct) / 100;
    uint64_t heapMinimum = defaultHeapMinimum * uint64_t(pct) / 100;
    goal = std::max(goal, heapMinimum);
  }
  goal = std::min(goal, memoryLimitHeapGoal());
  c.heapGoal.store(goal, std::memory_order_relaxed);

  // The trigger: goal minus the expected runway, within [70%, 95%] of the way from
  // heapMarked to the goal (and at most goal - 4 MB for large heaps).
  uint64_t trigger;
  if (goal == ~uint64_t(0)) {
    trigger = ~uint64_t(0);
  } else if (c.heapMarked >= goal) {
    trigger = goal;
  } else {
    uint64_t span = goal - c.heapMarked;
    uint64_t minTrigger = c.heapMarked + span / 100 * 70;
    uint64_t maxTrigger = c.heapMarked + span / 100 * 95;
    if (goal > defaultHeapMinimum && goal - defaultHeapMinimum > maxTrigger) {
      maxTrigger = goal - defaultHeapMinimum;
    }
    maxTrigger = std::max(maxTrigger, minTrigger);
    double runway = c.consMark * (1 - gcBackgroundUtilization) / gcBackgroundUtilization *
                    double(c.lastHeapScan + c.stackScan + c.globalsScan);
    trigger = runway >= double(goal) ? minTrigger : goal - uint64_t(runway);
    trigger = std::clamp(trigger, minTrigger, maxTrigger);
  }
  c.trigger.store(trigger, std::memory_order_relaxed);
}

bool gcTriggerTest() {
  return gcController.heapLive.load(std::memory_order_relaxed) >=
         gcController.trigger.load(std::memory_order_relaxed);
}

void pacerStartCycle(int gomaxprocs) {
  (void)gomaxprocs;
  gcControllerState& c = gcController;
  c.triggered = c.heapLive.load(std::memory_order_relaxed);
  c.assistTime.store(0, std::memory_order_relaxed);
  c.backgroundTime.store(0, std::memory_order_relaxed);
  c.idleTime.store(0, std::memory_order_relaxed);
  c.bgScanCredit.store(0, std::memory_order_relaxed);
  pacerReviseAssist(0);
}

void pacerReviseAssist(uint64_t scanWorkDone) {
  gcControllerState& c = gcController;
  uint64_t goal = c.heapGoal.load(std::memory_order_relaxed);
  uint64_t live = c.heapLive.load(std::memory_order_relaxed);
  // Scan work still expected, and the heap growth left to do it in. Past the goal,
  // the runway becomes a small fraction of the goal so assists get hard.
  // Before the first cycle there is no measurement: assume the whole live heap is
  // scannable (an upper bound, so early assists err on the strong side).
  uint64_t heapScan = c.lastHeapScan != 0 ? c.lastHeapScan : live;
  uint64_t expected = heapScan + c.stackScan + c.globalsScan;
  uint64_t workLeft = expected > scanWorkDone ? expected - scanWorkDone : expected / 10 + 1;
  uint64_t heapLeft;
  if (goal == ~uint64_t(0)) {
    heapLeft = ~uint64_t(0) >> 1;
  } else if (live + (1 << 20) < goal) {
    heapLeft = goal - live;
  } else {
    heapLeft = std::max<uint64_t>(goal / 20, 1 << 20);
  }
  c.assistWorkPerByte.store(double(workLeft) / double(heapLeft), std::memory_order_relaxed);
}

void pacerEndCycle(uint64_t bytesMarked, uint64_t heapScanWork, uint64_t stackScanWork,
                   int gomaxprocs) {
  gcControllerState& c = gcController;
  int64_t markTime = nanotime() - c.markStartTime;
  if (markTime <= 0) markTime = 1;
  // The cons/mark ratio of this cycle: heap growth during marking per byte scanned,
  // scaled by the share of CPU marking had.
  double utilization = double(c.assistTime.load() + c.backgroundTime.load() + c.idleTime.load()) /
                       (double(markTime) * double(std::max(gomaxprocs, 1)));
  utilization = std::clamp(utilization, 0.01, 0.99);
  uint64_t live = c.heapLive.load(std::memory_order_relaxed);
  double grown = live > c.triggered ? double(live - c.triggered) : 0;
  double scanned = double(std::max<uint64_t>(heapScanWork + stackScanWork, 1));
  double current = grown * utilization / (scanned * (1 - utilization));
  c.consMarkHistory[c.consMarkCycles % 4] = current;
  c.consMarkCycles++;
  c.consMark = 0;
  for (double v : c.consMarkHistory) c.consMark = std::max(c.consMark, v);

  c.heapMarked = bytesMarked;
  c.lastHeapScan = heapScanWork;
  c.stackScan = stackScanWork;
  c.heapLive.store(bytesMarked, std::memory_order_relaxed);
  pacerCommit();
}

int32_t setGCPercent(int32_t in) {
  if (in < 0) in = -1;
  int32_t out = gcController.gcPercent.exchange(in);
  pacerCommit();
  return out;
}

int64_t setMemoryLimit(int64_t in) {
  int64_t out = gcController.memoryLimit.load();
  if (in >= 0) {
    gcController.memoryLimit.store(in);
    pacerCommit();
  }
  return out;
}

}  // namespace runtime
