// mgcworker.h — the background mark workers (Go's gcBgMarkWorker, and the pacer's
// findRunnableGCWorker / pollFractionalWorkerExit).
//
// A mark worker is not a thread of its own: it is a P's M running gcDrain on its g0,
// chosen by the scheduler (proc.cpp's findrunnable) while marking is on, in one of
// Go's three modes:
//   dedicated   a P given to marking until nothing is left to mark: gomaxprocs/4,
//               rounded, when that is within 30% of the 25% goal (4 Ps and more);
//   fractional  otherwise every P marks for a fraction of the time, so that all of
//               them together give 25% of one P per four (1 P: a quarter of it): the
//               worker runs when the P's marking time this cycle is below the goal
//               and stops once it is 1.2 times over;
//   idle        a P with no goroutine to run marks rather than going idle, until a
//               goroutine becomes runnable.
// A worker drains the P's own gcWork (p::gcw; its goroutine is not running), in
// chunks; after each it pays the scan work to parked assists (gcFlushBgCredit) and
// checks whether to stop: the world is stopping (it returns to the scheduler, which
// stops the P), marking is over, no work is left, or its mode says so. Its time is the
// "background" (dedicated, fractional) or "idle" CPU of gctrace.
//
// The controller (mgc.cpp) starts the workers when marking starts (gcStartWorkers,
// world stopped; gcKickWorkers once it runs: running Ps are asked to go through the
// scheduler, an idle P is woken) and sleeps in gcWaitMarkIdle until no worker is
// draining and no full work buffer is left: the last worker to stop wakes it.
//
// Invariants: a worker runs only on a P its M holds, between goroutines, and holds no
// heap pointer once it returns to the scheduler (so the P may stop there); nactive
// counts the workers between their start and stop.
#pragma once

#include "runtime2.h"

#include <cstdint>

namespace runtime {

// gcWorkerShares: for procs Ps, the dedicated workers and each P's fractional goal
// (share of its time), as Go's startCycle computes them.
void gcWorkerShares(int32_t procs, int64_t* dedicated, double* fractional);
// gcStartWorkers sets the cycle's worker counts for procs Ps (world stopped, when
// marking starts).
void gcStartWorkers(int32_t procs);
// gcKickWorkers has the workers start (world running): running Ps go through the
// scheduler at their next safepoint, and an idle P is woken if work is waiting.
void gcKickWorkers();
// gcEnlistWorkers (the controller, while it waits, world running): with work waiting,
// wakes an idle P to mark, and asks running Ps that owe a dedicated worker or are
// under their fractional share to go through the scheduler.
void gcEnlistWorkers();
// gcTryMarkWorker: called by the scheduler with pp held, before it picks a
// goroutine; runs a dedicated or fractional worker if pp should, and reports whether
// it did.
bool gcTryMarkWorker(p* pp);
// gcTryIdleMarkWorker: called by the scheduler with nothing to run; marks with pp
// while there is work and nothing to run, and reports whether it did.
bool gcTryIdleMarkWorker(p* pp);
// Whether marking is idle: no worker draining and the global full list empty (the
// Ps' own buffers may still hold work: mark termination checks them, world stopped).
bool gcMarkIdle();
// gcWaitMarkIdle sleeps until a worker stops with marking idle, or ns pass.
void gcWaitMarkIdle(int64_t ns);
// gcWakeMarkIdle wakes the controller if marking is idle (an assist that parks).
void gcWakeMarkIdle();

}  // namespace runtime
