// stw.h — stopping the world (Go's stopTheWorld/startTheWorld), safepoints and system
// call states (Go's entersyscall/exitsyscall), as the collector needs them.
//
// The world is the set of goroutines running Go code; today that is the main
// goroutine. stopTheWorld (called by the collector's threads, never by a goroutine)
// sets runtime.gcwaiting and waits until every goroutine is stopped: parked at a
// safepoint, or inside a system call (a blocking runtime wait counts as one).
// Compiled code polls runtime.gcwaiting at every function entry and loop back-edge
// and calls runtime.gcSafePoint when it is set; a goroutine never stops anywhere else,
// so the collector changes phase (write barrier on/off) only between two complete
// Go statements of every goroutine. startTheWorld clears the flag and wakes them.
//
// A stopped goroutine's registers and stack pointer are in g::ctx, so its stack can
// be scanned from ctx[6] to stackhi. A goroutine leaving a system call while the world
// is stopped waits in exitsyscall until it starts again.
#pragma once

#include "runtime2.h"

#include <atomic>
#include <cstdint>

extern "C" std::atomic<uint32_t> runtime_gcwaiting __asm__("runtime.gcwaiting");

namespace runtime {

// stopTheWorld returns once every goroutine is stopped. Only one thread stops the world
// at a time (the collector's); it must not be a goroutine.
void stopTheWorld();
void startTheWorld();
bool worldStopped();

// entersyscall/exitsyscall bracket anything a goroutine does that may block without
// touching the Go heap (a read, a sleep, waiting for the collector).
void entersyscall();
void exitsyscall();

// The current thread's stack bounds (for the main goroutine's stack scan).
void stackBounds(uintptr_t* lo, uintptr_t* hi);

}  // namespace runtime
