// stack.h — segmented goroutine stacks (design.md, "Goroutines and stacks"; Go's
// stack.go before Go 1.3, gccgo's split stacks).
//
// Every compiled Go function starts with LLVM's split-stack prologue: it compares its
// frame's lowest address with the stack guard (the word at %fs:0x70, set for the
// goroutine at every switch) and, when the frame does not fit, calls __morestack
// (asm_amd64.S) with the frame size in r10 and the size of its stack arguments in r11.
// __morestack asks morestack_new for a new segment, copies the arguments there, calls
// the rest of the function on it and, when it returns, morestack_done goes back to the
// previous segment. A goroutine's stack is a chain of segments (g::seg the current one,
// stkseg::prev the older ones).
//
// Segments: the first is 8 KB; the next at least twice the current (up to 1 MB) and
// large enough for the frame. Sizes are powers of two from 8 KB to 1 MB, kept on free
// lists (no guard pages: the mappings stay few however many goroutines there are);
// bigger ones are mapped and unmapped individually. The hot-split case (a call at a
// segment boundary in a loop) does not allocate: a goroutine keeps the segment it just
// left (g::cachedseg) and takes it again. A goroutine whose segments total more than
// maxstacksize (1 GB, as Go) dies with Go's "stack overflow" fatal error.
//
// The guard leaves stackReserve bytes below it in every segment for the C++ runtime
// and the libraries it calls (the unwinder, libc), which have no prologue check: C++
// code called from Go runs on the goroutine's stack. The lowest word of each segment
// is a canary that nothing writes (it stays zero): it is checked when the segment is
// left, and a runtime that overran it throws. The segment's header (stkseg) is at its
// top, above hi, in the page the goroutine's first frames use anyway: a goroutine
// blocked with a shallow stack keeps one resident page of its 8 KB, not two.
//
// Invariant: the heap never points into a stack (escape analysis); the collector scans
// each segment of a goroutine conservatively: the current one from the saved stack
// pointer up, each older one from the stack pointer saved when it was left.
#pragma once

#include "runtime2.h"

#include <atomic>
#include <cstdint>

namespace runtime {

// A stack segment: the stack is [lo, hi); this header is at hi, in the segment's
// last segHeader bytes.
struct stkseg {
  uintptr_t lo;
  uintptr_t hi;
  stkseg* prev;       // the older segment below this one in the chain
  uintptr_t savedsp;  // when not the current one: the lowest live address in it
};
constexpr uintptr_t segHeader = 64;
static_assert(sizeof(stkseg) <= segHeader);

constexpr uintptr_t firstStackSize = 8 << 10;
constexpr uintptr_t maxPooledStack = 1 << 20;
// Below the guard, for C++ code: the deepest use measured (a panic unwinding with
// fmt, maps, GC and recover in goroutines) was 2.7 KB; programs are linked with
// -z now, so no lazy binding (which saves the vector registers on the stack) runs there.
constexpr uintptr_t stackReserve = 5 << 10;
constexpr uintptr_t maxstacksize = 1000000000;

// stackalloc gives gp its first segment; stackfree gives back all of gp's segments.
void stackalloc(g* gp);
void stackfree(g* gp);

// stackguard of the current segment of gp; setstackguard stores it for the thread
// (the split-stack prologue's %fs:0x70; 0 disables the check, as on g0).
uintptr_t stackguardOf(const g* gp);
inline void setstackguard(uintptr_t v) {
  asm volatile("movq %0, %%fs:0x70" : : "r"(v) : "memory");
}

// stackResync: after an exception unwound out of newer segments (a panic caught by a
// landing pad or a catch), makes the segment holding sp current again.
void stackResync(uintptr_t sp);

// forEachStackRange calls f(lo, hi) for each live range of gp's stack (gp stopped).
template <typename F>
void forEachStackRange(const g* gp, F f) {
  if (gp->seg == nullptr || gp->ctx[6] == 0) return;
  f(gp->ctx[6], gp->seg->hi);
  for (stkseg* s = gp->seg->prev; s != nullptr; s = s->prev) f(s->savedsp, s->hi);
}

// Bytes of stack segments in use (MemStats.StackInuse; the mappings they come from
// are memstats.stacks_sys, MemStats.StackSys).
extern std::atomic<uint64_t> stackInuseBytes;

}  // namespace runtime
