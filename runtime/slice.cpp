// slice.cpp — slices for compiled code (Go's slice.go): makeslice allocates the
// backing array of make([]T, len, cap) with Go's checks and panic messages.
#include "malloc.h"
#include "mbarrier.h"
#include "panic.h"
#include "type.h"

#define RT_ENTRY(name) __asm__("runtime." #name)

using runtime::_type;

namespace {

// Largest allocation Go permits on amd64 (maxAlloc = 1<<48).
constexpr uint64_t maxAlloc = uint64_t(1) << 48;

}  // namespace

extern "C" void* rt_makeslice(const _type* et, int64_t len, int64_t cap) RT_ENTRY(makeslice);

void* rt_makeslice(const _type* et, int64_t len, int64_t cap) {
  uint64_t size = et->size;
  auto tooBig = [&](int64_t n) { return n < 0 || (size != 0 && uint64_t(n) > maxAlloc / size); };
  if (tooBig(cap) || len < 0 || len > cap) {
    // Go reports the length first when both are wrong.
    if (tooBig(len)) runtime::panicRuntimeError("makeslice: len out of range");
    runtime::panicRuntimeError("makeslice: cap out of range");
  }
  return runtime::mallocgc(size * uint64_t(cap), et, true);
}

// ---------------------------------------------------------------------------
// growslice (Go 1.19's policy, so cap() after append matches Go): the new capacity is
// at least newlen; below 256 elements the capacity doubles, above it grows by
// (cap + 3*256)/4 per step; then the byte size is rounded up to the allocator's size
// class and the capacity recomputed from it.

#include "msize.h"

#include <cstring>

using runtime::GoSlice;

extern "C" GoSlice rt_growslice(const _type* et, void* oldptr, intptr_t oldlen, intptr_t oldcap,
                                intptr_t newlen) RT_ENTRY(growslice);

GoSlice rt_growslice(const _type* et, void* oldptr, intptr_t oldlen, intptr_t oldcap,
                     intptr_t newlen) {
  if (newlen < oldcap) runtime::panicRuntimeError("growslice: cap out of range");
  uintptr_t size = et->size;
  if (size == 0) {
    // Zero-size elements need no memory; Go returns zerobase.
    static uint64_t zerobase;
    return GoSlice{&zerobase, oldlen, newlen};
  }
  intptr_t newcap = oldcap;
  intptr_t doublecap = newcap + newcap;
  if (newlen > doublecap) {
    newcap = newlen;
  } else {
    constexpr intptr_t threshold = 256;
    if (oldcap < threshold) {
      newcap = doublecap;
    } else {
      // Transition smoothly from 2x for small slices to 1.25x for large ones.
      while (0 < newcap && newcap < newlen) newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0) newcap = newlen;
    }
  }
  bool overflow = uintptr_t(newcap) > maxAlloc / size;
  uintptr_t capmem = overflow ? 0 : runtime::roundupsize(uintptr_t(newcap) * size);
  if (overflow || capmem > maxAlloc) runtime::panicRuntimeError("growslice: cap out of range");
  newcap = intptr_t(capmem / size);
  uintptr_t oldmem = uintptr_t(oldlen) * size;
  void* p;
  if (et->ptrdata == 0) {
    p = runtime::mallocgc(capmem, nullptr, false);
    // Only the part past the old elements needs clearing.
    memset(static_cast<char*>(p) + oldmem, 0, capmem - oldmem);
  } else {
    p = runtime::mallocgc(capmem, et, true);
    // The new array is zeroed (and black while marking): only the copied pointers need
    // shading (Go's bulkBarrierPreWriteSrcOnly).
    if (oldmem > 0) runtime::bulkBarrierPreWrite(p, oldptr, oldmem, et);
  }
  if (oldmem > 0) memmove(p, oldptr, oldmem);
  return GoSlice{p, oldlen, newcap};
}
