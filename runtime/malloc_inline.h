// malloc_inline.h — the body of mallocgc. The fast path is inline so that it compiles
// into mallocgc (and any other caller) without a call of its own: size → class lookup,
// nextFreeFast on the current P's cached span (a ctz and a bump of freeindex), no lock,
// no atomic read-modify-write, and no zeroing of memory known to be zero
// (span.needzero). Every other case is a tail call to mallocgcSlow, Go's full mallocgc.
//
// Order of work in mallocgcSlow, as Go's mallocgc:
//   1. assist seam: when gcBlackenEnabled, gcAssistAllocHook(size) (mgc.h)
//   2. tiny objects (noscan, < 16 B) are packed into the mcache's 16-byte tiny block
//   3. small objects (<= 32 KB) come from the mcache's span for their span class;
//      nextFree refills it from the mcentral when it is full
//   4. large objects (> 32 KB) get a span of their own
//   5. scan objects get their heap bits written from the type's pointer bitmap
//   6. during a mark phase the new object is marked (black allocation)
//   7. after a refill or a large allocation, gcTriggerHook (the GC trigger seam)
// The fast path does steps 2, 3 (without refill, up to 1 KB) and 5, and only while
// gcphase is _GCoff: gcBlackenEnabled is only ever set during _GCmark (Go's invariant),
// so one test of gcphase sends both the assist and black allocation to the slow path.
// Its only calls are tail calls, so it needs no stack frame.
#pragma once

#include "mbitmap.h"
#include "mcache.h"
#include "mgc.h"
#include "msize.h"
#include "type.h"

#include <cstdint>
#include <cstring>

namespace runtime {

// zerobase is the address of every zero-byte allocation.
extern uintptr_t zerobase;

// mallocgcSlow is mallocgc for a given mcache, every case included (malloc.cpp).
void* mallocgcSlow(mcache* c, uintptr_t size, const _type* typ, bool needzero);
// finishScanAlloc writes the heap bits of a scan object and publishes it
// (freeIndexForScan = freeindex).
void* finishScanAlloc(mcache* c, mspan* span, uintptr_t x, uintptr_t size, uintptr_t dataSize,
                      const _type* typ);

// memclrSmall zeroes n bytes (n a multiple of 8, p 8-byte aligned) inline with 16-byte
// stores: for the sizes of the small size classes this beats a call to memset. Up to
// 64 bytes it is straight-line code (overlapping stores instead of a loop).
inline void memclrSmall(void* p, uintptr_t n) {
  auto* b = static_cast<char*>(p);
  if (n <= 64) {
    if (n < 16) {
      __builtin_memset(b, 0, 8);
      return;
    }
    __builtin_memset(b, 0, 16);
    if (n == 16) return;
    __builtin_memset(b + n - 16, 0, 16);
    if (n > 32) {
      __builtin_memset(b + 16, 0, 16);
      __builtin_memset(b + n - 32, 0, 16);
    }
    return;
  }
  char* end = b + n;
  for (; end - b >= 64; b += 64) {
    __asm__("" ::: "memory");  // keep the compiler from turning the loop into memset
    __builtin_memset(b, 0, 64);
  }
  if (end - b >= 32) {
    __builtin_memset(b, 0, 32);
    b += 32;
  }
  if (end - b >= 16) {
    __builtin_memset(b, 0, 16);
    b += 16;
  }
  if (end - b >= 8) __builtin_memset(b, 0, 8);
}

// memclrNoHeapPointers zeroes n bytes (n a multiple of 8, p 8-byte aligned).
inline void memclrNoHeapPointers(void* p, uintptr_t n) {
  if (n <= 1024) {
    memclrSmall(p, n);
  } else {
    memset(p, 0, n);
  }
}

// mallocgcFast is mallocgc's fast path for mcache c. Requests it does not handle —
// size 0 or over 1016 bytes, a full span, a mark phase — go to mallocgcSlow by a tail
// call. The three cases (tiny, noscan, scan) are kept apart so that each stays short.
[[gnu::always_inline]] inline void* mallocgcFast(mcache* c, uintptr_t size, const _type* typ,
                                                 bool needzero) {
  if (__builtin_expect(size - 1 >= smallSizeMax - 8, 0) ||
      __builtin_expect(gcphase.load(std::memory_order_relaxed) != _GCoff, 0)) {
    return mallocgcSlow(c, size, typ, needzero);
  }
  if (typ == nullptr || typ->ptrdata == 0) {
    if (size < maxTinySize) {
      // Tiny allocator: the object fits in the current 16-byte block...
      uintptr_t off = c->tinyoffset;
      if ((size & 7) == 0) {
        off = alignUp(off, 8);
      } else if ((size & 3) == 0) {
        off = alignUp(off, 4);
      } else if ((size & 1) == 0) {
        off = alignUp(off, 2);
      }
      if (off + size <= maxTinySize && c->tiny != 0) {
        c->tinyoffset = off + size;
        c->tinyAllocs++;
        return reinterpret_cast<void*>(c->tiny + off);
      }
      // ...or starts a new one: always zeroed; keep whichever block has more room left.
      uintptr_t x = nextFreeFast(c->alloc[tinySpanClass.index()]);
      if (__builtin_expect(x == 0, 0)) return mallocgcSlow(c, size, typ, needzero);
      auto* w = reinterpret_cast<uint64_t*>(x);
      w[0] = 0;
      w[1] = 0;
      if (size < c->tinyoffset || c->tiny == 0) {
        c->tiny = x;
        c->tinyoffset = size;
      }
      return reinterpret_cast<void*>(x);
    }
    mspan* span =
        c->alloc[makeSpanClass(size_to_class8[divRoundUp(size, smallSizeDiv)], true).index()];
    uintptr_t x = nextFreeFast(span);
    if (__builtin_expect(x == 0, 0)) return mallocgcSlow(c, size, typ, needzero);
    if (needzero && span->needzero != 0) memclrSmall(reinterpret_cast<void*>(x), span->elemsize);
    return reinterpret_cast<void*>(x);
  }
  mspan* span =
      c->alloc[makeSpanClass(size_to_class8[divRoundUp(size, smallSizeDiv)], false).index()];
  uintptr_t x = nextFreeFast(span);
  if (__builtin_expect(x == 0, 0)) return mallocgcSlow(c, size, typ, needzero);
  if (needzero && span->needzero != 0) memclrSmall(reinterpret_cast<void*>(x), span->elemsize);
  return finishScanAlloc(c, span, x, span->elemsize, size, typ);
}

}  // namespace runtime
