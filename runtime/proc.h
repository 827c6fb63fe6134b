// proc.h — the scheduler (Go's proc.go): start-up (args, schedinit, mstart), goroutine
// creation and exit, the run queues, and the Ms that run goroutines on Ps.
//
// Model (as Go's): G = goroutine, M = OS thread, P = the right to run Go code (one of
// GOMAXPROCS; it owns an mcache and a local run queue). An M holding a P runs
// schedule() on its own stack (g0): it picks a runnable G (its P's runnext and run
// queue, the global queue, expired timers, other Ps' queues), switches to the G's stack
// with Boost.Context (jump_fcontext) and gets control back when the G parks, yields,
// is preempted or exits. Every switch goes through g0: G -> g0 -> G'.
//
// Idle Ms sleep on their note, off any P; at most a few Ms spin looking for work
// (nmspinning); wakep starts one when work appears and a P is idle. When every P is
// idle and no goroutine can be woken by a timer, the program is deadlocked.
//
// Locks: sched.lock guards the global run queue, the idle P and M lists; a P's run
// queue is lock-free (owner pushes, anyone steals).
#pragma once

#include "lock.h"
#include "runtime2.h"

#include <atomic>
#include <cstdint>

namespace runtime {

void args(int argc, char** argv);
// schedinit: heap, GOMAXPROCS Ps, P 0 for the calling thread, the collector's threads.
void schedinit();
// mstart0 turns the calling (main) thread into M0, makes the main goroutine (which runs
// mainfn) and runs the scheduler; it never returns.
[[noreturn]] void mstart0(void (*mainfn)());

extern int argc;
extern char** argv;

struct schedt {
  mutex lock;
  // The global run queue.
  g* runqhead = nullptr;
  g* runqtail = nullptr;
  std::atomic<int32_t> runqsize{0};
  // Idle Ms.
  m* midle = nullptr;
  int32_t nmidle = 0;
  int32_t mcount = 0;
  std::atomic<int32_t> nmspinning{0};
  std::atomic<int32_t> npidle{0};
  // Dead goroutines kept for reuse (with their stacks) beyond the Ps' own lists
  // (p::gfree), under gFreeLock.
  mutex gFreeLock;
  g* gfree = nullptr;
  std::atomic<int32_t> ngfree{0};
  std::atomic<int64_t> goidgen{1};
  std::atomic<int32_t> ngoroutines{0};  // live goroutines (runtime.NumGoroutine)
  std::atomic<int32_t> nsyscall{0};     // goroutines in a system call (they come back)
};
extern schedt sched;

// newproc1 creates a goroutine that will run the Go closure fn (or, when fn is null,
// the C++ function startfn) and puts it on the current P's runnext.
g* newproc1(void* fn, void (*startfn)());

// The run queues.
void runqput(p* pp, g* gp, bool next);
void globrunqput(g* gp);  // sched.lock held
// readyput puts the runnable gp in the current P's runnext (the global queue on a
// thread without a P) and wakes an M if one may be needed.
void readyput(g* gp);
// wakep starts a spinning M if a P is idle and nobody spins (work has appeared).
void wakep();

// Gosched: the current goroutine yields (to the global queue). gopreempt_m: the same,
// asked for by sysmon (wait reason "preempted" is not kept: it is runnable).
void gosched();
// goyield: the current goroutine goes to the back of its P's queue, so that the one it
// just readied (runnext) runs at once (semaphore handoff).
void goyield();
// canSpin: whether sync.Mutex may spin the i-th time (Go's sync_runtime_canSpin).
bool canSpin(int64_t i);

// casgstatus moves gp from status from to status to, waiting while the collector
// holds from|_Gscan (Go's casgstatus). Every transition out of _Grunnable, _Gwaiting
// or _Gsyscall goes through it; those out of _Grunning may store directly.
void casgstatus(g* gp, uint32_t from, uint32_t to);
// scanself: the running goroutine scans its own stack on its M's g0, when the
// collector asked (g::preemptscan), then runs on.
void scanself();
// flushMcacheOnG0: the running goroutine, back from a stop of the world in which a
// sweep began, has its P's mcache flushed (prepareForSweep) on its M's g0 before it
// allocates again.
void flushMcacheOnG0();

// The goroutines (Go's allgs): every g ever made, live or dead, for the collector and
// for deadlock reports. forEachG holds allglock.
void forEachG(void (*f)(g*, void*), void* arg);

// retake (sysmon): a P blocked in a system call for a while, with work waiting, is
// handed to another M. exitsyscallLostP: the goroutine leaving its system call lost
// its P that way; it takes an idle one or waits on the global queue.
void retake(int64_t now);
void exitsyscallLostP();

// Preemption (sysmon.cpp): asks the goroutine running on pp to yield at its next
// safepoint.
void preemptone(p* pp);
void sysmonStart();
// sysmonWake has sysmon run its checks now (it clears the preemption request bit once
// every P has seen its request).
void sysmonWake();

// runqempty: pp's local run queue and runnext are empty.
bool runqempty(p* pp);
// checkdeadFromGC: the collector, after a cycle that may have kept goroutines blocked
// (assists, runtime.GC callers), runs the deadlock check an M going idle skipped.
void checkdeadFromGC();

}  // namespace runtime
