// mbarrier.h — the write barrier (Go's mbarrier.go, mwbbuf.go) and the typed memory
// operations that carry it.
//
// While the collector marks, runtime.writeBarrier.enabled is set and every store of a
// pointer into the heap or a global goes through a barrier: Go's hybrid barrier
// (Yuasa deletion + Dijkstra insertion) shades the pointer being overwritten and the
// one being written, so that an object reachable when marking began, or stored into a
// black object since, is never missed even though stacks are scanned only once per
// cycle. Compiled code tests the flag inline and calls runtime.gcWriteBarrier(slot,
// ptr) (which also does the store) for a single pointer, or runtime.typedmemmove for a
// value of any type; stores into the current frame's stack slots take no barrier.
// Copies of memory that holds pointers (copy(), append into existing memory, map
// internals) use typedmemmove / typedslicecopy, which shade with bulkBarrierPreWrite
// before moving.
#pragma once

#include "type.h"

#include <atomic>
#include <cstdint>

// Go's runtime.writeBarrier: compiled code loads the first word.
struct WriteBarrierFlag {
  std::atomic<uint32_t> enabled;
  uint32_t pad;
};
extern "C" WriteBarrierFlag runtime_writeBarrier __asm__("runtime.writeBarrier");

namespace runtime {

inline bool writeBarrierEnabled() {
  return runtime_writeBarrier.enabled.load(std::memory_order_relaxed) != 0;
}

// shade greys the object p points into, if p points into the heap.
void shade(uintptr_t p);

// bulkBarrierPreWrite shades, for every pointer word of the size bytes at dst (per the
// type's pointer bitmap repeated over them), the pointer there and the one at the same
// offset in src (src may be null: only the old values; dst may be null: only the new
// ones, Go's bulkBarrierPreWriteSrcOnly, for a new object whose memory is not zeroed
// yet). Nothing when the barrier is off.
void bulkBarrierPreWrite(void* dst, const void* src, uintptr_t size, const _type* typ);

// typedmemmove copies one value of type typ from src to dst, with the barrier.
void typedmemmove(const _type* typ, void* dst, const void* src);
// typedmemclr zeroes one value of type typ at dst, with the barrier.
void typedmemclr(const _type* typ, void* dst);
// memclrHasPointers zeroes n bytes of heap memory at p, shading the pointers there
// (found through the heap bitmap) first.
void memclrHasPointers(void* p, uintptr_t n);

}  // namespace runtime
