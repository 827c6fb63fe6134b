// mgcmark.cpp — see mgcmark.h.
#include "mgcmark.h"

#include "proc.h"

#include "mbitmap.h"
#include "mgc.h"
#include "mgcpacer.h"
#include "mgcworker.h"
#include "mheap.h"
#include "nanotime.h"
#include "panic.h"
#include "park.h"
#include "proc.h"
#include "runtime2.h"
#include "stack.h"
#include "stw.h"
#include "timer.h"

#include <algorithm>
#include <ctime>
#include <vector>

namespace runtime {

namespace {

// go.gcroots, emitted by the compiler: a count, then {address, size, pointer bitmap}
// for every package variable that holds pointers. Absent from the runtime's own tests.
struct GCRoot {
  uintptr_t addr;
  uintptr_t size;
  const uint8_t* gcdata;
};
// An array of unknown bound, so that the compiler assumes nothing about its size.
extern "C" __attribute__((weak)) const int64_t go_gcroots[] __asm__("go.gcroots");

const GCRoot* rootsBegin(int64_t* n) {
  if (go_gcroots == nullptr) {
    *n = 0;
    return nullptr;
  }
  *n = go_gcroots[0];
  return reinterpret_cast<const GCRoot*>(&go_gcroots[1]);
}

void markSpanPage(mspan* s) {
  uintptr_t pageIdx;
  uint8_t pageMask;
  heapArena* ha = pageIndexOf(s->base(), &pageIdx, &pageMask);
  if ((ha->pageMarks[pageIdx].load(std::memory_order_relaxed) & pageMask) == 0) {
    ha->pageMarks[pageIdx].fetch_or(pageMask, std::memory_order_relaxed);
  }
}

// A word that is known to be a pointer (precise scanning): grey what it points into.
inline void markPointer(uintptr_t p, gcWork* gcw) {
  mspan* s = spanOfHeap(p);
  if (s == nullptr) return;
  uintptr_t idx = s->objIndex(p);
  if (idx >= s->nelems) return;
  greyobject(s->base() + idx * s->elemsize, s, idx, gcw);
}

}  // namespace

void greyobject(uintptr_t obj, mspan* s, uintptr_t idx, gcWork* gcw) {
  markBits mb = s->markBitsForIndex(idx);
  if (mb.isMarked()) return;
  uint8_t old = std::atomic_ref<uint8_t>(*mb.bytep).fetch_or(mb.mask, std::memory_order_relaxed);
  if ((old & mb.mask) != 0) return;  // another marker won
  markSpanPage(s);
  gcw->bytesMarked += s->elemsize;
  if (s->spanclass.noscan()) return;  // black at once: nothing to scan
  gcw->put(obj);
}

void scanobject(uintptr_t b, gcWork* gcw) {
  mspan* s = spanOfHeap(b);
  if (s == nullptr) return;
  uintptr_t n = s->elemsize;
  if (b + n > s->limit) n = s->limit - b;
  gcw->scanWork += n;
  // Walk the heap bitmap 64 words at a time; objects are 8-byte aligned.
  uintptr_t end = b + n;
  uintptr_t a = b;
  while (a < end) {
    heapArena* ha = arenaOf(a);
    uintptr_t arenaEnd = (a / heapArenaBytes + 1) * heapArenaBytes;
    uintptr_t stop = end < arenaEnd ? end : arenaEnd;
    while (a < stop) {
      uintptr_t w = (a % heapArenaBytes) / 8;
      uint64_t bits = ha->bitmap[w / 64] >> (w % 64);
      uintptr_t nwords = 64 - w % 64;
      uintptr_t left = (stop - a) / 8;
      if (left < nwords) {
        bits &= (uint64_t(1) << left) - 1;
        nwords = left;
      }
      while (bits != 0) {
        int i = __builtin_ctzll(bits);
        bits &= bits - 1;
        uintptr_t v = *reinterpret_cast<const uintptr_t*>(a + uintptr_t(i) * 8);
        if (v != 0) markPointer(v, gcw);
      }
      a += nwords * 8;
    }
  }
}

void scanblock(uintptr_t b, uintptr_t n, const uint8_t* ptrmask, gcWork* gcw) {
  for (uintptr_t i = 0; i < n / 8; i++) {
    if ((ptrmask[i / 8] >> (i % 8) & 1) == 0) continue;
    uintptr_t v = *reinterpret_cast<const uintptr_t*>(b + i * 8);
    if (v != 0) markPointer(v, gcw);
  }
  gcw->scanWork += n;
}

void scanConservative(uintptr_t lo, uintptr_t hi, gcWork* gcw) {
  lo = (lo + 7) & ~uintptr_t(7);
  for (uintptr_t p = lo; p + 8 <= hi; p += 8) {
    uintptr_t v = *reinterpret_cast<const uintptr_t*>(p);
    mspan* s = spanOfHeap(v);
    if (s == nullptr) continue;
    uintptr_t idx = s->objIndex(v);
    if (idx >= s->nelems) continue;
    // Only allocated objects: a free slot's contents are garbage (and marking one
    // would make its sweep count it as allocated).
    uintptr_t published = s->spanclass.noscan() ? s->freeindex : s->freeIndexForScan;
    if (idx >= published && !s->allocBitsForIndex(idx).isMarked()) continue;
    greyobject(s->base() + idx * s->elemsize, s, idx, gcw);
  }
}

uintptr_t globalsScanBytes() {
  int64_t n;
  const GCRoot* roots = rootsBegin(&n);
  uintptr_t total = 0;
  for (int64_t i = 0; i < n; i++) total += roots[i].size;
  return total;
}

namespace {

// The stack of gp and what the runtime holds for it (see markroots' comment in
// mgcmark.h). gp does not run meanwhile.
void scanstack(g* gp, gcWork* gcw) {
  if (gp->stackhi == 0 || gp->ctx[6] == 0) return;
  uint64_t before = gcw->scanWork;
  forEachStackRange(gp, [&](uintptr_t lo, uintptr_t hi) { scanConservative(lo, hi, gcw); });
  gcw->scanWork = before;  // stack bytes are accounted separately
  scanConservative(uintptr_t(&gp->ctx[0]), uintptr_t(&gp->ctx[6]), gcw);
  scanConservative(uintptr_t(&gp->entry), uintptr_t(&gp->entry) + sizeof(gp->entry), gcw);
  // The runtime's references: the closures of deferred calls and panic values.
  // (Only a record's closure: the rest is a frame address, a link to a record in
  // a frame or in the C++ heap, and a bool whose padding holds stale bytes that
  // could pass for a pointer.)
  for (_defer* d = gp->_defer; d != nullptr; d = d->link) {
    scanConservative(uintptr_t(&d->fn), uintptr_t(&d->fn) + sizeof(d->fn), gcw);
  }
  for (_panic* p = gp->_panic; p != nullptr; p = p->link) {
    scanConservative(uintptr_t(&p->arg), uintptr_t(&p->arg) + sizeof(p->arg), gcw);
  }
}

// One attempt at gp's stack for cycle gen: true when it is scanned (or needs none).
bool tryScanstack(g* gp, uint32_t gen, gcWork* gcw) {
  if (gp->gcscangen.load(std::memory_order_acquire) == gen) return true;
  uint32_t s = gp->atomicstatus.load(std::memory_order_acquire);
  switch (s) {
    case _Gidle:
    case _Gdead: return true;  // a goroutine made from it later starts with nothing
    case _Grunnable:
    case _Gwaiting:
    case _Gsyscall:
      if (!gp->atomicstatus.compare_exchange_strong(s, s | _Gscan, std::memory_order_acq_rel)) {
        return false;
      }
      if (gp->gcscangen.load(std::memory_order_relaxed) != gen) {
        scanstack(gp, gcw);
        gp->gcscangen.store(gen, std::memory_order_release);
      }
      gp->atomicstatus.store(s, std::memory_order_release);
      return true;
    case _Grunning: gp->preemptscan.store(true, std::memory_order_release); return false;
    default: return false;
  }
}

}  // namespace

std::atomic<uint32_t> stackScanGen{0};

void markroots(gcWork* gcw, bool stacks) {
  // Globals, precisely.
  int64_t n;
  const GCRoot* roots = rootsBegin(&n);
  for (int64_t i = 0; i < n; i++) scanblock(roots[i].addr, roots[i].size, roots[i].gcdata, gcw);
  if (stacks) {
    forEachG(
        [](g* gp, void* w) {
          if (gp->atomicstatus.load() != _Gdead) scanstack(gp, static_cast<gcWork*>(w));
        },
        gcw);
  }
  // Pending timers: the time package's are Go objects only the timer heap may hold.
  timersMarkRoots(
      [](uintptr_t lo, uintptr_t hi, void* w) {
        auto* gcw = static_cast<gcWork*>(w);
        uint64_t before = gcw->scanWork;
        scanConservative(lo, hi, gcw);
        gcw->scanWork = before;
      },
      gcw);
}

void markrootStacks(uint32_t gen) {
  std::vector<g*> pending;
  forEachG(
      [](g* gp, void* v) {
        if (gp->atomicstatus.load() != _Gdead) static_cast<std::vector<g*>*>(v)->push_back(gp);
      },
      &pending);
  stackScanGen.store(gen, std::memory_order_release);
  gcWork gcw;
  bool asked = false;
  while (!pending.empty()) {
    size_t keep = 0;
    for (g* gp : pending) {
      if (!tryScanstack(gp, gen, &gcw)) pending[keep++] = gp;
    }
    pending.resize(keep);
    if (pending.empty()) break;
    if (!asked) {
      // Running goroutines scan themselves at their next safepoint.
      runtime_gcwaiting.fetch_or(gcwaitingScan, std::memory_order_seq_cst);
      asked = true;
    }
    timespec ts{0, 20'000};
    nanosleep(&ts, nullptr);
  }
  if (asked) runtime_gcwaiting.fetch_and(~gcwaitingScan, std::memory_order_seq_cst);
  stackScanGen.store(0, std::memory_order_release);
  gcw.dispose();
}

void scanstackSelf(g* gp) {
  uint32_t gen = stackScanGen.load(std::memory_order_acquire);
  if (gen == 0 || gp->gcscangen.load(std::memory_order_acquire) == gen) return;
  scanstack(gp, &getp()->gcw);
  gp->gcscangen.store(gen, std::memory_order_release);
}

void checkmarkRoots(const std::function<void(uintptr_t, bool)>& visit) {
  int64_t n;
  const GCRoot* roots = rootsBegin(&n);
  for (int64_t i = 0; i < n; i++) {
    for (uintptr_t w = 0; w < roots[i].size / 8; w++) {
      if ((roots[i].gcdata[w / 8] >> (w % 8) & 1) == 0) continue;
      uintptr_t v = *reinterpret_cast<const uintptr_t*>(roots[i].addr + w * 8);
      if (v != 0) visit(v, false);
    }
  }
  struct visitor {
    const std::function<void(uintptr_t, bool)>* visit;
    void range(uintptr_t lo, uintptr_t hi) const {
      for (uintptr_t p = (lo + 7) & ~uintptr_t(7); p + 8 <= hi; p += 8) {
        (*visit)(*reinterpret_cast<const uintptr_t*>(p), true);
      }
    }
  } v{&visit};
  forEachG(
      [](g* gp, void* arg) {
        if (gp->atomicstatus.load() == _Gdead || gp->stackhi == 0 || gp->ctx[6] == 0) return;
        auto* v = static_cast<visitor*>(arg);
        forEachStackRange(gp, [&](uintptr_t lo, uintptr_t hi) { v->range(lo, hi); });
        v->range(uintptr_t(&gp->ctx[0]), uintptr_t(&gp->ctx[6]));
        v->range(uintptr_t(&gp->entry), uintptr_t(&gp->entry) + sizeof(gp->entry));
        for (_defer* d = gp->_defer; d != nullptr; d = d->link) {
          v->range(uintptr_t(&d->fn), uintptr_t(&d->fn) + sizeof(d->fn));
        }
        for (_panic* p = gp->_panic; p != nullptr; p = p->link) {
          v->range(uintptr_t(&p->arg), uintptr_t(&p->arg) + sizeof(p->arg));
        }
      },
      &v);
  timersMarkRoots(
      [](uintptr_t lo, uintptr_t hi, void* arg) { static_cast<visitor*>(arg)->range(lo, hi); }, &v);
}

uint64_t gcDrain(gcWork* gcw, uint64_t budget, const std::atomic<bool>* stop, bool preemptible) {
  uint64_t start = gcw->scanWork;
  int n = 0;
  while (stop == nullptr || !stop->load(std::memory_order_relaxed)) {
    if (preemptible && (runtime_gcwaiting.load(std::memory_order_relaxed) & 1) != 0) break;
    uintptr_t b;
    if (!gcw->tryGet(&b)) break;
    scanobject(b, gcw);
    if (budget != 0 && gcw->scanWork - start >= budget) break;
    if (++n % 64 == 0) gcw->balance();
  }
  return gcw->scanWork - start;
}

namespace {

// Goroutines parked in an assist (Go's work.assistQueue), linked through schedlink,
// in the order they parked; each owes g::gcAssistWork.
mutex assistLock;
g* assistHead = nullptr;
g* assistTail = nullptr;
std::atomic<int32_t> nassists{0};

// Takes bgScanCredit toward pp's debt; true when the debt is paid.
bool stealBgCredit(p* pp, double wpb, int64_t minWork) {
  std::atomic<int64_t>& credit = gcController.bgScanCredit;
  int64_t have = credit.load(std::memory_order_relaxed);
  while (have > 0) {
    int64_t want = std::max(int64_t(double(-pp->gcAssistBytes) * wpb), minWork);
    int64_t take = std::min(have, want);
    if (credit.compare_exchange_weak(have, have - take, std::memory_order_relaxed)) {
      pp->gcAssistBytes += int64_t(double(take) / wpb);
      return pp->gcAssistBytes >= 0;
    }
  }
  return false;
}

// Go's gcParkAssist: the current goroutine still owes pp's debt and there is nothing
// left for it to scan (the workers hold the work): it parks until the workers' scan
// work pays the debt (gcFlushBgCredit) or marking ends (gcWakeAllAssists). The debt
// moves from the P to the goroutine. A goroutine that cannot park (on g0, or without
// a scheduler) is let off.
void gcParkAssist(p* pp, double wpb, int64_t minWork) {
  g* gp = getg();
  if (gp->curm == nullptr || gp == &gp->curm->g0) {
    pp->gcAssistBytes = 0;
    return;
  }
  lock(&assistLock);
  if (!gcMarkActive() || (runtime_gcwaiting.load(std::memory_order_acquire) & 1) != 0 ||
      stealBgCredit(pp, wpb, minWork)) {
    unlock(&assistLock);
    if (pp->gcAssistBytes < 0) pp->gcAssistBytes = 0;
    return;
  }
  gp->gcAssistWork = std::max(int64_t(double(-pp->gcAssistBytes) * wpb), int64_t(1));
  pp->gcAssistBytes = 0;
  gp->schedlink = nullptr;
  if (assistTail != nullptr) {
    assistTail->schedlink = gp;
  } else {
    assistHead = gp;
  }
  assistTail = gp;
  nassists.fetch_add(1, std::memory_order_acq_rel);
  // With nothing left to scan, marking may be done: the controller must look.
  gcWakeMarkIdle();
  goparkunlock(&assistLock, waitReason::gcAssistWait);
}

g* popAssist() {  // assistLock held
  g* gp = assistHead;
  assistHead = gp->schedlink;
  if (assistHead == nullptr) assistTail = nullptr;
  gp->schedlink = nullptr;
  gp->gcAssistWork = 0;
  return gp;
}

}  // namespace

void gcAssistAlloc(uintptr_t size) {
  p* pp = getp();
  if (pp == nullptr || !gcMarkActive()) return;
  pp->gcAssistBytes -= int64_t(size);
  if (pp->gcAssistBytes >= 0) return;
  double wpb = gcController.assistWorkPerByte.load(std::memory_order_relaxed);
  if (wpb <= 0) {
    pp->gcAssistBytes = 0;
    return;
  }
  int64_t t0 = nanotime();
  // Pay with at least 64 KB of scan work (fewer, larger assists): first with the
  // background workers' unclaimed work (Go's bgScanCredit), then by scanning.
  constexpr int64_t minWork = 64 << 10;
  bool paid = stealBgCredit(pp, wpb, minWork);
  if (!paid) {
    auto want = uint64_t(std::max(int64_t(double(-pp->gcAssistBytes) * wpb), minWork));
    uint64_t done = gcDrain(&pp->gcw, want, nullptr, true);
    pp->gcAssistBytes += int64_t(double(done) / wpb);
    paid = pp->gcAssistBytes >= 0;
  }
  // What the assist greyed and did not scan goes to the global list, where the workers
  // see it: left in the P's buffers it would only surface when mark termination stops
  // the world, and then be drained with the world stopped.
  if (!pp->gcw.empty()) pp->gcw.dispose();
  gcController.assistTime.fetch_add(nanotime() - t0, std::memory_order_relaxed);
  // Nothing to scan and still in debt: wait for the workers, as Go parks the
  // goroutine, so that allocation cannot outrun marking.
  if (!paid) gcParkAssist(pp, wpb, minWork);
}

void gcFlushBgCredit(int64_t scanWork) {
  if (nassists.load(std::memory_order_acquire) == 0) {
    gcController.bgScanCredit.fetch_add(scanWork, std::memory_order_relaxed);
    return;
  }
  lock(&assistLock);
  while (assistHead != nullptr && scanWork > 0) {
    g* gp = assistHead;
    if (gp->gcAssistWork > scanWork) {
      gp->gcAssistWork -= scanWork;
      scanWork = 0;
      break;
    }
    scanWork -= gp->gcAssistWork;
    popAssist();
    goready(gp);
    nassists.fetch_sub(1, std::memory_order_acq_rel);
  }
  unlock(&assistLock);
  if (scanWork > 0) gcController.bgScanCredit.fetch_add(scanWork, std::memory_order_relaxed);
}

void gcWakeAllAssists() {
  lockGuard guard(&assistLock);
  while (assistHead != nullptr) {
    g* gp = popAssist();
    goready(gp);
    nassists.fetch_sub(1, std::memory_order_acq_rel);
  }
}

int32_t gcParkedAssists() {
  return nassists.load(std::memory_order_acquire);
}

}  // namespace runtime
