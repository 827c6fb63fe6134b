// stw.h — stopping the world (Go's stopTheWorld/startTheWorld), safepoints, preemption
// requests and system call states (Go's entersyscall/exitsyscall).
//
// The world is every P. stopTheWorld (called by the collector's threads, never by a
// goroutine) sets bit 0 of runtime.gcwaiting and waits until every P is _Pgcstop:
// idle and syscall Ps are stopped by the stopper itself (a CAS); a running P stops
// itself — its goroutine at a safepoint (compiled code polls runtime.gcwaiting at every
// function entry and loop back-edge and calls runtime.gcSafePoint when it is not
// zero), or its M in the scheduler between goroutines. So the collector changes phase
// (write barrier on/off) only between two complete Go statements of every goroutine.
// startTheWorld gives each P the status it had and wakes the Ms waiting on them.
//
// Bit 1 of runtime.gcwaiting asks for preemption (sysmon, proc.h's preemptone): the
// goroutines whose P has preempt set yield at their next safepoint. Bit 2 asks running
// goroutines whose g::preemptscan is set to scan their own stacks (mgcmark.cpp).
//
// A goroutine stopped at a safepoint or in a system call has its registers and stack
// pointer in g::ctx (runtime.savecontext), so its stack can be scanned from ctx[6] to
// stackhi. A goroutine leaving a system call while the world is stopped waits in
// exitsyscall until it starts again.
#pragma once

#include "runtime2.h"

#include <atomic>
#include <cstdint>

extern "C" std::atomic<uint32_t> runtime_gcwaiting __asm__("runtime.gcwaiting");

namespace runtime {

constexpr uint32_t gcwaitingStop = 1;
constexpr uint32_t gcwaitingPreempt = 2;
// Bit 2: the collector scans stacks and waits for running goroutines to scan their own
// (g::preemptscan; mgcmark.cpp).
constexpr uint32_t gcwaitingScan = 4;

// stopTheWorld returns once every P is stopped. One stopper at a time (the others wait
// for startTheWorld). A goroutine that stops the world must be in a system call
// (entersyscall), so that its own P can stop.
void stopTheWorld();
void startTheWorld();
bool worldStopped();

// stopAtSafePoint: the M holding pp (running) stops it for the stopper and waits until
// the world starts again.
void stopAtSafePoint(p* pp);
// waitWhileStopped waits until pp is no longer _Pgcstop.
void waitWhileStopped(p* pp);

// entersyscall/exitsyscall bracket anything a goroutine does that may block without
// touching the Go heap (a write, waiting for the collector).
void entersyscall();
void exitsyscall();

}  // namespace runtime
