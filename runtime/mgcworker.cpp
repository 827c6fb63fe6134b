// mgcworker.cpp — see mgcworker.h.
#include "mgcworker.h"

#include "lock.h"
#include "mgc.h"
#include "mgcmark.h"
#include "mgcpacer.h"
#include "mgcwork.h"
#include "nanotime.h"
#include "proc.h"
#include "stw.h"
#include "timer.h"

#include <atomic>

namespace runtime {

namespace {

enum class workerMode { dedicated, fractional, idle };

// The cycle's worker counts (Go's gcControllerState fields of the same names).
// dedicatedMarkWorkersNeeded is taken (decremented) by a P that starts a dedicated
// worker and given back when it stops; fractionalUtilizationGoal is written with the
// world stopped.
std::atomic<int64_t> dedicatedMarkWorkersNeeded{0};
double fractionalUtilizationGoal = 0;

std::atomic<int32_t> nactive{0};     // workers between start and stop
std::atomic<uint32_t> idleEpoch{0};  // bumped when marking goes idle (futex word)

// The scan work between a worker's checks (whether to stop, parked assists to pay).
constexpr uint64_t drainChunk = 64 << 10;

bool markWorkAvailable(p* pp) {
  return !pp->gcw.empty() || work.nfull.load(std::memory_order_acquire) != 0;
}

// A goroutine, or a due timer, waits for this P (Go's pollWork).
bool pollWork(p* pp) {
  return sched.runqsize.load(std::memory_order_relaxed) != 0 || !runqempty(pp) ||
         nextTimerWhen() <= nanotime();
}

// Go's pollFractionalWorkerExit: the P marked more than 1.2 times its share of the
// time since marking started.
bool fractionalWorkerExit(p* pp, int64_t now) {
  int64_t delta = now - gcController.markStartTime;
  if (delta <= 0) return true;
  int64_t self = pp->gcFractionalMarkTime + (now - pp->gcMarkWorkerStartTime);
  return double(self) / double(delta) > 1.2 * fractionalUtilizationGoal;
}

bool fractionalUnderGoal(p* pp, int64_t now) {
  if (fractionalUtilizationGoal == 0) return false;
  int64_t delta = now - gcController.markStartTime;
  return delta <= 0 || double(pp->gcFractionalMarkTime) / double(delta) < fractionalUtilizationGoal;
}

void wakeIdle() {
  idleEpoch.fetch_add(1, std::memory_order_release);
  futexwakeup(&idleEpoch, 1);
}

// Marks on pp (its M on g0) until the mode says stop; see the file comment.
void runWorker(p* pp, workerMode mode) {
  nactive.fetch_add(1, std::memory_order_acq_rel);
  int64_t start = nanotime();
  pp->gcMarkWorkerStartTime = start;
  for (;;) {
    if (gcBlackenEnabled.load(std::memory_order_acquire) == 0 ||
        (runtime_gcwaiting.load(std::memory_order_acquire) & gcwaitingStop) != 0) {
      break;
    }
    if (pp->preempt.load(std::memory_order_relaxed)) {
      // sysmon: a timer is due, or the P has not switched for 10 ms. Only a dedicated
      // worker keeps its P.
      pp->preempt.store(false, std::memory_order_relaxed);
      if (mode != workerMode::dedicated) break;
    }
    if (mode == workerMode::idle && pollWork(pp)) break;
    if (mode == workerMode::fractional && fractionalWorkerExit(pp, nanotime())) break;
    uint64_t done = gcDrain(&pp->gcw, drainChunk, nullptr, true);
    if (done != 0) gcFlushBgCredit(int64_t(done));
    if (done == 0 && !markWorkAvailable(pp)) break;
  }
  int64_t dt = nanotime() - start;
  switch (mode) {
    case workerMode::dedicated:
      dedicatedMarkWorkersNeeded.fetch_add(1, std::memory_order_acq_rel);
      gcController.backgroundTime.fetch_add(dt, std::memory_order_relaxed);
      break;
    case workerMode::fractional:
      pp->gcFractionalMarkTime += dt;
      gcController.backgroundTime.fetch_add(dt, std::memory_order_relaxed);
      break;
    case workerMode::idle: gcController.idleTime.fetch_add(dt, std::memory_order_relaxed); break;
  }
  // What is left greyed in the P's buffers goes where other markers see it.
  if (!pp->gcw.empty()) pp->gcw.dispose();
  if (nactive.fetch_sub(1, std::memory_order_acq_rel) == 1 && gcMarkIdle()) wakeIdle();
}

}  // namespace

void gcWorkerShares(int32_t procs, int64_t* dedicated, double* fractional) {
  // Go's gcControllerState.startCycle: dedicated workers for 25% of the Ps, rounded,
  // unless rounding is more than 30% off; then fractional ones make up the rest.
  double total = double(procs) * gcBackgroundUtilization;
  auto d = int64_t(total + 0.5);
  double utilError = double(d) / total - 1;
  *fractional = 0;
  if (utilError < -0.3 || utilError > 0.3) {
    if (double(d) > total) d--;
    *fractional = (total - double(d)) / double(procs);
  }
  *dedicated = d;
}

void gcStartWorkers(int32_t procs) {
  int64_t dedicated;
  gcWorkerShares(procs, &dedicated, &fractionalUtilizationGoal);
  dedicatedMarkWorkersNeeded.store(dedicated, std::memory_order_release);
  for (int32_t i = 0; i < nallp.load(); i++) allp[i]->gcFractionalMarkTime = 0;
}

void gcKickWorkers() {
  if (work.nfull.load(std::memory_order_acquire) == 0) return;
  bool asked = false;
  for (int32_t i = 0; i < gomaxprocs; i++) {
    p* pp = allp[i];
    if (pp->status.load(std::memory_order_acquire) == _Prunning) {
      preemptone(pp);
      asked = true;
    }
  }
  if (asked) sysmonWake();  // it clears the preemption bit once every P has seen it
  wakep();
}

void gcEnlistWorkers() {
  if (work.nfull.load(std::memory_order_acquire) == 0) return;
  // An idle P marks (Go leaves that to the next scheduling; waking one here keeps
  // the work from waiting on the goroutines' own assists).
  if (sched.npidle.load(std::memory_order_relaxed) > 0) wakep();
  // Running Ps owe a dedicated worker, or are under their fractional share: have them
  // go through the scheduler (Go's enlistWorker, for both).
  bool asked = false;
  bool dedicated = dedicatedMarkWorkersNeeded.load(std::memory_order_relaxed) > 0;
  int64_t now = nanotime();
  for (int32_t i = 0; i < gomaxprocs; i++) {
    p* pp = allp[i];
    if (pp->status.load(std::memory_order_acquire) != _Prunning) continue;
    if (dedicated || fractionalUnderGoal(pp, now)) {
      preemptone(pp);
      asked = true;
      dedicated = false;
    }
  }
  if (asked) sysmonWake();
}

bool gcTryMarkWorker(p* pp) {
  if (gcBlackenEnabled.load(std::memory_order_acquire) == 0 || !markWorkAvailable(pp)) return false;
  int64_t need = dedicatedMarkWorkersNeeded.load(std::memory_order_acquire);
  while (need > 0) {
    if (dedicatedMarkWorkersNeeded.compare_exchange_weak(need, need - 1,
                                                         std::memory_order_acq_rel)) {
      runWorker(pp, workerMode::dedicated);
      return true;
    }
  }
  if (!fractionalUnderGoal(pp, nanotime())) return false;
  runWorker(pp, workerMode::fractional);
  return true;
}

bool gcTryIdleMarkWorker(p* pp) {
  if (gcBlackenEnabled.load(std::memory_order_acquire) == 0 || !markWorkAvailable(pp)) return false;
  runWorker(pp, workerMode::idle);
  return true;
}

bool gcMarkIdle() {
  return nactive.load(std::memory_order_acquire) == 0 &&
         work.nfull.load(std::memory_order_acquire) == 0;
}

void gcWaitMarkIdle(int64_t ns) {
  uint32_t e = idleEpoch.load(std::memory_order_acquire);
  if (gcMarkIdle()) return;
  futexsleep(&idleEpoch, e, ns);
}

void gcWakeMarkIdle() {
  if (gcMarkIdle()) wakeIdle();
}

}  // namespace runtime
