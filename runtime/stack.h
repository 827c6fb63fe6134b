// stack.h — goroutine stacks (Go's stack.go, for now without growth).
//
// Each goroutine's stack is its own mapping: stackReserve bytes of address space,
// reserved without commitment (MAP_NORESERVE: pages become memory only when first
// touched, so a goroutine that uses 4 KB costs 4 KB), with a PROT_NONE guard region at
// the bottom. A goroutine that runs into the guard gets Go's fatal "stack overflow"
// (the SIGSEGV handler runs on the M's signal stack). Stacks of dead goroutines stay
// with their g for reuse (sched.gfree); beyond maxFreeStacks they are unmapped.
//
// Invariant: the heap never points into a stack (escape analysis puts everything whose
// address outlives the frame on the heap); stacks point into the heap and are scanned
// conservatively.
#pragma once

#include "runtime2.h"

#include <cstdint>

namespace runtime {

constexpr uintptr_t stackReserve = uintptr_t(256) << 20;
constexpr uintptr_t stackGuard = uintptr_t(64) << 10;
constexpr int32_t maxFreeStacks = 256;

// stackalloc gives gp a stack ([stacklo, stackhi)); stackfree returns its mapping.
void stackalloc(g* gp);
void stackfree(g* gp);

// The SIGSEGV handler that reports stack overflows (installed once), and the signal
// stack of the calling M (each M once, before it runs goroutines).
void initsig();
void minitSignalStack(m* mp);

// Stack bytes in use by goroutines (MemStats.StackInuse approximations use it).
extern std::atomic<uint64_t> stackMappedBytes;

}  // namespace runtime
