// mgc.cpp — see mgc.h.
#include "mgc.h"

#include "mbarrier.h"
#include "mbitmap.h"
#include "mcache.h"
#include "mgcmark.h"
#include "mgcpacer.h"
#include "mgcscavenge.h"
#include "mgcsweep.h"
#include "mgcworker.h"
#include "mheap.h"
#include "mstats.h"
#include "nanotime.h"
#include "panic.h"
#include "park.h"
#include "print.h"
#include "proc.h"
#include "runtime2.h"
#include "stack.h"
#include "stw.h"

#include <pthread.h>
#include <sched.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <unordered_map>
#include <vector>

namespace runtime {

std::atomic<uint32_t> gcphase{_GCoff};
std::atomic<uint32_t> gcBlackenEnabled{0};
void (*gcAssistAllocHook)(uintptr_t size) = nullptr;
void (*gcTriggerHook)() = nullptr;
gcDebugFlags gcdebug;

namespace {

std::atomic<uint64_t> blackAllocBytes{0};  // bytes allocated black this cycle

// The controller thread and what it waits on.
note controllerNote;
std::atomic<bool> cycleRequested{false};
std::atomic<bool> cycleForced{false};   // runtime.GC()
std::atomic<bool> cycleRunning{false};  // from the request until the sweep started
std::atomic<uint32_t> cyclesDone{0};    // completed cycles (futex word for runtime.GC)
// Goroutines in runtime.GC waiting for a cycle to end (Go's work.sweepWaiters), linked
// through schedlink; cyclesDone changes under the same lock.
mutex gcWaitersLock;
g* gcWaiters = nullptr;
std::atomic<int32_t> ngcWaiters{0};
int64_t runtimeInitTime = 0;
int64_t lastGCTime = 0;  // nanotime of the last mark termination
bool gcStarted = false;

// The background sweeper.
note sweepNote;

void setWriteBarrier(bool on) {
  runtime_writeBarrier.enabled.store(on ? 1 : 0, std::memory_order_release);
}

// The background sweeper (Go's bgsweep): sweeps every span after each cycle, while the
// goroutines run (they also sweep lazily when they allocate).
void* bgsweepMain(void*) {
  for (;;) {
    notesleep(&sweepNote);
    noteclear(&sweepNote);
    int n = 0;
    while (sweepone() != ~uintptr_t(0)) {
      if (++n % 16 == 0) sched_yield();
    }
    scavengerReady();
  }
  return nullptr;
}

// Go's fmtNSAsMS: whole milliseconds from 10 ms on; below, two significant digits
// with at most three decimals.
void printNSAsMS(uint64_t ns) {
  if (ns >= 10'000'000) {
    printuint(ns / 1'000'000);
    return;
  }
  uint64_t x = ns / 1000;
  if (x == 0) {
    printcstr("0");
    return;
  }
  int dec = 3;
  while (x >= 100) {
    x /= 10;
    dec--;
  }
  printFixed(x, dec);
}

struct cycleTimes {
  int64_t sweepTerm, mark, markTerm, end;
};

void printGCTrace(uint32_t n, const cycleTimes& t, int stwprocs, uint64_t heap0, uint64_t heap1,
                  uint64_t heap2, uint64_t goal, bool forced) {
  gcControllerState& c = gcController;
  int64_t elapsed = nanotime() - runtimeInitTime;
  int util = elapsed > 0 ? int(double(c.totalGCTime) / (double(elapsed) * gomaxprocs) * 100) : 0;
  printlock();
  printcstr("gc ");
  printuint(n);
  printcstr(" @");
  printFixed(uint64_t(t.sweepTerm - runtimeInitTime) / 1'000'000, 3);
  printcstr("s ");
  printint(util);
  printcstr("%: ");
  printNSAsMS(uint64_t(t.mark - t.sweepTerm));
  printcstr("+");
  printNSAsMS(uint64_t(t.markTerm - t.mark));
  printcstr("+");
  printNSAsMS(uint64_t(t.end - t.markTerm));
  printcstr(" ms clock, ");
  printNSAsMS(uint64_t(t.mark - t.sweepTerm) * uint64_t(stwprocs));
  printcstr("+");
  printNSAsMS(uint64_t(c.assistTime.load()));
  printcstr("/");
  printNSAsMS(uint64_t(c.backgroundTime.load()));
  printcstr("/");
  printNSAsMS(uint64_t(c.idleTime.load()));
  printcstr("+");
  printNSAsMS(uint64_t(t.end - t.markTerm) * uint64_t(stwprocs));
  printcstr(" ms cpu, ");
  printuint(heap0 >> 20);
  printcstr("->");
  printuint(heap1 >> 20);
  printcstr("->");
  printuint(heap2 >> 20);
  printcstr(" MB, ");
  printuint(goal >> 20);
  printcstr(" MB goal, ");
  printuint(c.stackScan >> 20);
  printcstr(" MB stacks, ");
  printuint(c.globalsScan >> 20);
  printcstr(" MB globals, ");
  printint(gomaxprocs);
  printcstr(" P");
  if (forced) printcstr(" (forced)");
  printnl();
  printunlock();
}

// One collection cycle, run by the controller thread.
void gcCycle(bool forced) {
  gcControllerState& c = gcController;
  cycleTimes t{};
  int64_t extraPause = 0;  // pauses between the two that gctrace shows
  t.sweepTerm = nanotime();
  stopTheWorld();

  // Sweep termination: finish the previous sweep; new mark bits; the barrier on.
  finishsweep_m();
  uint64_t heap0 = c.heapLive.load();
  gcResetMarkState();
  work.bytesMarked.store(0);
  work.scanWork.store(0);
  blackAllocBytes.store(0);
  c.globalsScan = globalsScanBytes();
  setGCPhase(_GCmark);
  setWriteBarrier(true);
  gcMarkTinyAllocs();
  c.markStartTime = nanotime();
  pacerStartCycle(gomaxprocs);
  gcStartWorkers(gomaxprocs);
  for (int32_t i = 0; i < nallp.load(); i++) allp[i]->gcAssistBytes = 0;

  // Globals and timers with the world stopped; the stacks during concurrent mark
  // (markrootStacks), or here under gcstoptheworld.
  gcWork rootW;
  markroots(&rootW, gcdebug.gcstoptheworld != 0);
  uint64_t stackBytes = 0;
  forEachG(
      [](g* gp, void* n) {
        if (gp->atomicstatus.load() == _Gdead || gp->stackhi == 0 || gp->ctx[6] == 0) return;
        forEachStackRange(
            gp, [&](uintptr_t lo, uintptr_t hi) { *static_cast<uint64_t*>(n) += hi - lo; });
      },
      &stackBytes);
  rootW.dispose();

  gcBlackenEnabled.store(1, std::memory_order_release);
  t.mark = nanotime();

  if (gcdebug.gcstoptheworld) {
    // Mark with the world stopped, on this thread.
    gcWork w;
    gcDrain(&w, 0, nullptr);
    w.dispose();
  } else {
    startTheWorld();
    gcKickWorkers();
    // Each goroutine's stack, stopping only that goroutine.
    markrootStacks(memstats.numgc.load() + 1);
    gcKickWorkers();
    // Concurrent mark: the Ps' workers and the assists drain the grey objects. Wait
    // until nothing is left (the last worker to stop wakes this thread), then stop the
    // world and check that the goroutines' own buffers (write barriers, assists) hold
    // nothing either.
    for (int round = 0;; round++) {
      while (!gcMarkIdle()) {
        gcEnlistWorkers();
        gcWaitMarkIdle(1'000'000);
        pacerReviseAssist(work.scanWork.load(std::memory_order_relaxed));
      }
      // The pause of mark termination counts from the request to stop.
      t.markTerm = nanotime();
      stopTheWorld();
      for (int32_t i = 0; i < nallp.load(); i++) allp[i]->gcw.dispose();
      if (gcMarkIdle()) break;
      if (round >= 8) {
        // Still work: finish it here rather than stopping the world again and again.
        gcWork w;
        gcDrain(&w, 0, nullptr);
        w.dispose();
        break;
      }
      // The goroutines' buffers held work: mark on, with the world running (this short
      // pause counts in the total).
      extraPause += nanotime() - t.markTerm;
      startTheWorld();
      gcKickWorkers();
    }
  }

  // Mark termination (world stopped).
  if (gcdebug.gcstoptheworld) t.markTerm = nanotime();
  gcBlackenEnabled.store(0, std::memory_order_release);
  setGCPhase(_GCmarktermination);
  if (gcdebug.gccheckmark) gcCheckmark();
  setGCPhase(_GCoff);
  setWriteBarrier(false);

  uint64_t heap1 = c.heapLive.load();
  uint64_t marked = work.bytesMarked.load() + blackAllocBytes.load();
  uint64_t goalThisCycle = c.heapGoal.load();
  c.stackScan = stackBytes;
  pacerEndCycle(marked, work.scanWork.load(), stackBytes, gomaxprocs);

  gcSweep(false);
  t.end = nanotime();
  lastGCTime = t.end;
  uint64_t pause = uint64_t((t.mark - t.sweepTerm) + (t.end - t.markTerm) + extraPause);
  uint32_t n = memstats.numgc.load() + 1;
  memstats.numgc.store(n);
  if (forced) memstats.numforcedgc.fetch_add(1);
  memstats.pauseTotalNs.fetch_add(pause);
  memstats.pauseNs[(n - 1) % 256] = pause;
  timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  uint64_t unixNow = uint64_t(now.tv_sec) * 1'000'000'000 + uint64_t(now.tv_nsec);
  memstats.pauseEnd[(n - 1) % 256] = unixNow;
  memstats.lastGC.store(unixNow);
  c.totalGCTime += int64_t(pause) * gomaxprocs + c.assistTime.load() + c.backgroundTime.load() +
                   c.idleTime.load();
  startTheWorld();
  // The assists parked for want of work can stop waiting.
  gcWakeAllAssists();
  notewakeup(&sweepNote);

  if (gcdebug.gctrace > 0) {
    printGCTrace(n, t, gomaxprocs, heap0, heap1, marked, goalThisCycle, forced);
  }
}

// The controller: runs a cycle when one is requested, and forces one every two
// minutes without one (Go's forcegcperiod).
void* controllerMain(void*) {
  constexpr int64_t forcegcperiod = 2LL * 60 * 1'000'000'000;
  for (;;) {
    bool woken = notetsleep(&controllerNote, forcegcperiod);
    noteclear(&controllerNote);
    bool forced = cycleForced.exchange(false);
    bool requested = cycleRequested.exchange(false);
    if (!woken && nanotime() - lastGCTime >= forcegcperiod) requested = true;
    if (!requested && !forced) continue;
    if (!forced && gcController.gcPercent.load() < 0 &&
        gcController.memoryLimit.load() == maxInt64 && woken) {
      cycleRunning.store(false);
      continue;
    }
    cycleRunning.store(true);
    gcCycle(forced);
    {
      // The cycle is over, and the runtime.GC callers waiting for it run again (counted
      // in ngcWaiters until they are runnable, so that the deadlock check never sees
      // them blocked for good). Under the lock GC() reads both under.
      lockGuard guard(&gcWaitersLock);
      cycleRunning.store(false);
      cyclesDone.fetch_add(1, std::memory_order_release);
      while (gcWaiters != nullptr) {
        g* gp = gcWaiters;
        gcWaiters = gp->schedlink;
        gp->schedlink = nullptr;
        goready(gp);
        ngcWaiters.fetch_sub(1, std::memory_order_acq_rel);
      }
    }
    futexwakeup(&cyclesDone, 1 << 30);
    // An M that went idle during the cycle skipped the deadlock check.
    checkdeadFromGC();
  }
  return nullptr;
}

void startThread(void* (*fn)(void*), void* arg) {
  pthread_t t;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (pthread_create(&t, &attr, fn, arg) != 0) throw_("runtime: cannot create a GC thread");
  pthread_attr_destroy(&attr);
}

// Requests a cycle when the heap reached the trigger (mallocgc's hook).
void gcTrigger() {
  if (!gcStarted || cycleRunning.load(std::memory_order_relaxed)) return;
  if (!gcTriggerTest()) return;
  if (cycleRequested.exchange(true)) return;
  cycleRunning.store(true);
  notewakeup(&controllerNote);
}

// GODEBUG=name=value,... (the flags the collector reads).
void parseGODEBUG() {
  const char* s = getenv("GODEBUG");
  if (s == nullptr) return;
  while (*s != 0) {
    const char* end = strchr(s, ',');
    size_t len = end ? size_t(end - s) : strlen(s);
    const char* eq = static_cast<const char*>(memchr(s, '=', len));
    if (eq != nullptr) {
      size_t klen = size_t(eq - s);
      int v = atoi(eq + 1);
      auto is = [&](const char* k) { return strlen(k) == klen && strncmp(s, k, klen) == 0; };
      if (is("gctrace")) gcdebug.gctrace = v;
      if (is("gcstoptheworld")) gcdebug.gcstoptheworld = v;
      if (is("gccheckmark")) gcdebug.gccheckmark = v;
      if (is("clobberfree")) gcdebug.clobberfree = v;
    }
    if (end == nullptr) break;
    s = end + 1;
  }
}

}  // namespace

void setGCPhase(uint32_t x) {
  gcphase.store(x, std::memory_order_release);
}

bool gcMarkActive() {
  return gcBlackenEnabled.load(std::memory_order_relaxed) != 0;
}

void gcResetMarkState() {
  uintptr_t n = mheap_.nAllArenas.load(std::memory_order_acquire);
  uint32_t* all = mheap_.allArenas.load(std::memory_order_acquire);
  for (uintptr_t i = 0; i < n; i++) {
    heapArena* ha = mheap_.arenas[all[i]].load(std::memory_order_acquire);
    for (auto& b : ha->pageMarks) b.store(0, std::memory_order_relaxed);
  }
}

namespace {

void markSpanPage(mspan* s) {
  uintptr_t pageIdx;
  uint8_t pageMask;
  heapArena* ha = pageIndexOf(s->base(), &pageIdx, &pageMask);
  if ((ha->pageMarks[pageIdx].load(std::memory_order_relaxed) & pageMask) == 0) {
    ha->pageMarks[pageIdx].fetch_or(pageMask, std::memory_order_relaxed);
  }
}

}  // namespace

bool markobject(uintptr_t p) {
  mspan* s;
  uintptr_t objIndex;
  if (findObject(p, &s, &objIndex) == 0) return false;
  markBits mbits = s->markBitsForIndex(objIndex);
  if (mbits.isMarked()) return false;
  uint8_t old =
      std::atomic_ref<uint8_t>(*mbits.bytep).fetch_or(mbits.mask, std::memory_order_relaxed);
  if ((old & mbits.mask) != 0) return false;  // another marker won the race
  markSpanPage(s);
  return true;
}

void gcMarkTinyAllocs() {
  forEachMcache([](mcache* c) {
    if (c->tiny != 0) markobject(c->tiny);
  });
}

void gcmarknewobject(mspan* s, uintptr_t obj, uintptr_t size) {
  s->markBitsForIndex(s->objIndex(obj)).setMarked();
  markSpanPage(s);
  blackAllocBytes.fetch_add(size, std::memory_order_relaxed);
}

void gcinit() {
  parseGODEBUG();
  gcinitPacer();
  runtimeInitTime = nanotime();
  lastGCTime = runtimeInitTime;
  gcAssistAllocHook = gcAssistAlloc;
  gcTriggerHook = gcTrigger;
  startThread(bgsweepMain, nullptr);
  startThread(controllerMain, nullptr);
  gcStarted = true;
}

double gcCPUFraction() {
  int64_t elapsed = nanotime() - runtimeInitTime;
  if (elapsed <= 0) return 0;
  return double(gcController.totalGCTime) / (double(elapsed) * std::max(gomaxprocs, 1));
}

void GC() {
  // Wait for a cycle that starts after this call to finish (Go: the current one, if
  // any, then a full new one), then finish its sweep too. The goroutine parks meanwhile
  // ("wait for GC cycle"), so that its P marks; without a scheduler the thread sleeps.
  uint32_t target;
  {
    lockGuard guard(&gcWaitersLock);
    target = cyclesDone.load(std::memory_order_acquire) + (cycleRunning.load() ? 2 : 1);
  }
  g* gp = getg();
  bool canPark = gp->curm != nullptr && gp != &gp->curm->g0;
  // Request the forced cycle once, when the one before it is done: requesting it again
  // on every wake-up while it runs left the flag set and ran a second forced cycle.
  bool asked = false;
  for (;;) {
    lock(&gcWaitersLock);
    uint32_t done = cyclesDone.load(std::memory_order_acquire);
    if (done >= target) {
      unlock(&gcWaitersLock);
      break;
    }
    if (!asked && done == target - 1) {
      asked = true;
      cycleForced.store(true);
      notewakeup(&controllerNote);
    }
    if (canPark) {
      gp->schedlink = gcWaiters;
      gcWaiters = gp;
      ngcWaiters.fetch_add(1, std::memory_order_acq_rel);
      goparkunlock(&gcWaitersLock, waitReason::waitForGCCycle);
      continue;
    }
    unlock(&gcWaitersLock);
    entersyscall();
    futexsleep(&cyclesDone, done, 10'000'000);
    exitsyscall();
  }
  while (sweepone() != ~uintptr_t(0)) {
  }
}

bool gcHoldsGoroutines() {
  return cycleRunning.load(std::memory_order_acquire) ||
         ngcWaiters.load(std::memory_order_acquire) != 0 || gcParkedAssists() != 0;
}

// gccheckmark: after a concurrent mark, with the world stopped, mark everything
// reachable again from scratch (a plain traversal with its own visited set) and fail
// loudly if any reachable object is not marked: the concurrent mark missed it. The
// traversal starts from the globals and from the marked objects the stacks point to
// (see visit for why not from unmarked ones).
void gcCheckmark() {
  // Visited objects: one bit per heap word (of object bases), per arena, allocated for
  // this check only.
  std::unordered_map<uintptr_t, std::vector<uint64_t>> visited;
  struct {
    std::unordered_map<uintptr_t, std::vector<uint64_t>>* arenas;
    bool insert(uintptr_t obj) {
      std::vector<uint64_t>& bits = (*arenas)[obj / heapArenaBytes];
      if (bits.empty()) bits.resize(heapArenaWords / 64);
      uintptr_t w = (obj % heapArenaBytes) / 8;
      uint64_t mask = uint64_t(1) << (w % 64);
      if ((bits[w / 64] & mask) != 0) return false;
      bits[w / 64] |= mask;
      return true;
    }
  } seen{&visited};
  std::vector<uintptr_t> stack;
  auto visit = [&](uintptr_t v, bool conservative) {
    mspan* s = spanOfHeap(v);
    if (s == nullptr) return;
    uintptr_t idx = s->objIndex(v);
    if (idx >= s->nelems) return;
    if (conservative) {
      uintptr_t published = s->spanclass.noscan() ? s->freeindex : s->freeIndexForScan;
      if (idx >= published && !s->allocBitsForIndex(idx).isMarked()) return;
    }
    uintptr_t obj = s->base() + idx * s->elemsize;
    bool marked = s->markBitsForIndex(idx).isMarked();
    // A word of a stack (or of the saved registers) is only maybe a pointer: frames,
    // the runtime's own above all, leave stale words behind — a bitmap cursor, the
    // next slot of a span — that point to objects dead since before mark start. The
    // check cannot tell those from live words (Go's precise stack maps can), so it
    // trusts a conservative root only when the object is marked. A live object the
    // mark missed behind a stack word is freed and clobbered (clobberfree) instead,
    // which the program sees.
    if (conservative && !marked) return;
    if (!seen.insert(obj)) return;
    if (!marked) {
      printlock();
      printcstr("runtime: checkmark found unmarked object ");
      printhex(obj);
      printcstr(" (pointer ");
      printhex(v);
      printcstr(") in span of size ");
      printuint(s->elemsize);
      printnl();
      printunlock();
      throw_("checkmark found unmarked object");
    }
    if (!s->spanclass.noscan()) stack.push_back(obj);
  };
  // The same roots as markroots.
  checkmarkRoots([&](uintptr_t v, bool conservative) { visit(v, conservative); });
  while (!stack.empty()) {
    uintptr_t b = stack.back();
    stack.pop_back();
    mspan* s = spanOfHeap(b);
    uintptr_t n = std::min(s->elemsize, s->limit - b);
    for (uintptr_t off = 0; off < n; off += 8) {
      if (!heapBitsIsPointer(b + off)) continue;
      uintptr_t v = *reinterpret_cast<const uintptr_t*>(b + off);
      if (v != 0) visit(v, false);
    }
  }
}

}  // namespace runtime
