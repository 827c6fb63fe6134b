// malloc.cpp — the allocator's front door: mallocgc and the runtime entry points that
// compiled code calls to allocate (runtime.newobject).
//
// mallocgc allocates through the current P's mcache (malloc_inline.h has the inline fast
// path; mallocgcSlow here is the whole of Go's mallocgc). A thread that holds no P allocates
// through the shared fallback mcache under its lock (runtime2.h); the first allocation of a process
// that has not run schedinit initialises the heap.
#include "malloc.h"

#include "malloc_inline.h"
#include "mheap.h"
#include "panic.h"
#include "runtime2.h"

namespace runtime {

uintptr_t zerobase;

namespace {

[[gnu::noinline]] void* mallocgcNoP(uintptr_t size, const _type* typ, bool needzero) {
  if (size == 0) return &zerobase;
  if (!mallocinited()) mallocinit();
  lockGuard g(&fallbackMcacheLock);
  if (fallbackMcache == nullptr) fallbackMcache = allocmcache();
  fallbackMcache->prepareForSweep();
  return mallocgcFast(fallbackMcache, size, typ, needzero);
}

}  // namespace

void* finishScanAlloc(mcache* c, mspan* span, uintptr_t x, uintptr_t size, uintptr_t dataSize,
                      const _type* typ) {
  heapBitsSetType(span, x, size, dataSize, typ);
  c->scanAlloc += dataSize > typ->size ? dataSize - typ->size + typ->ptrdata : typ->ptrdata;
  // The object's memory and heap bits are written before a conservative scanner may see
  // the slot as allocated (x86 does not reorder stores; keep the compiler honest).
  std::atomic_signal_fence(std::memory_order_release);
  span->freeIndexForScan = span->freeindex;
  return reinterpret_cast<void*>(x);
}

void* mallocgcSlow(mcache* c, uintptr_t size, const _type* typ, bool needzero) {
  if (size == 0) return &zerobase;
  if (gcBlackenEnabled.load(std::memory_order_relaxed) != 0 && gcAssistAllocHook != nullptr) {
    gcAssistAllocHook(size);
    // An assist may park the goroutine, which then resumes on another P: allocate from
    // that P's mcache. (Without a P, c is the fallback mcache and stays.)
    if (mcache* cur = getmcache(); cur != nullptr) c = cur;
  }
  bool noscan = typ == nullptr || typ->ptrdata == 0;
  uintptr_t dataSize = size;
  bool shouldhelpgc = false;
  mspan* span;
  uintptr_t x;
  if (size <= _MaxSmallSize) {
    if (noscan && size < maxTinySize) {
      // Tiny allocator: pack pointer-free objects into one 16-byte block, each at its
      // size's natural alignment. The block is freed when all of them are dead.
      uintptr_t off = c->tinyoffset;
      if ((size & 7) == 0) {
        off = alignUp(off, 8);
      } else if ((size & 3) == 0) {
        off = alignUp(off, 4);
      } else if ((size & 1) == 0) {
        off = alignUp(off, 2);
      }
      if (off + size <= maxTinySize && c->tiny != 0) {
        // Not marked during a mark phase: gcMarkTinyAllocs marked the block.
        c->tinyoffset = off + size;
        c->tinyAllocs++;
        return reinterpret_cast<void*>(c->tiny + off);
      }
      span = c->alloc[tinySpanClass.index()];
      x = nextFreeFast(span);
      if (x == 0) x = c->nextFree(tinySpanClass, &span, &shouldhelpgc);
      auto* w = reinterpret_cast<uint64_t*>(x);
      w[0] = 0;
      w[1] = 0;
      if (size < c->tinyoffset || c->tiny == 0) {
        c->tiny = x;
        c->tinyoffset = size;
      }
      size = maxTinySize;
    } else {
      uint8_t sizeclass = sizeToClass(size);
      size = class_to_size[sizeclass];
      spanClass spc = makeSpanClass(sizeclass, noscan);
      span = c->alloc[spc.index()];
      x = nextFreeFast(span);
      if (x == 0) x = c->nextFree(spc, &span, &shouldhelpgc);
      if (needzero && span->needzero != 0) memclrNoHeapPointers(reinterpret_cast<void*>(x), size);
    }
  } else {
    shouldhelpgc = true;
    span = c->allocLarge(size, noscan);
    span->freeindex = 1;
    span->allocCount = 1;
    size = span->elemsize;
    x = span->base();
    if (needzero && span->needzero != 0) memclrNoHeapPointers(reinterpret_cast<void*>(x), size);
  }
  if (!noscan) {
    heapBitsSetType(span, x, size, dataSize, typ);
    c->scanAlloc += dataSize > typ->size ? dataSize - typ->size + typ->ptrdata : typ->ptrdata;
    std::atomic_signal_fence(std::memory_order_release);
    span->freeIndexForScan = span->freeindex;
  }
  if (gcphase.load(std::memory_order_relaxed) != _GCoff) gcmarknewobject(span, x, size);
  if (shouldhelpgc && gcTriggerHook != nullptr) gcTriggerHook();
  return reinterpret_cast<void*>(x);
}

void* mallocgc(uintptr_t size, const _type* typ, bool needzero) {
  mcache* c = getmcache();
  if (__builtin_expect(c == nullptr, 0)) return mallocgcNoP(size, typ, needzero);
  return mallocgcFast(c, size, typ, needzero);
}

}  // namespace runtime

// runtime.newobject(typ): allocate and zero one object of type typ.
extern "C" void* runtime_newobject(const runtime::_type* typ) __asm__("runtime.newobject");
extern "C" void* runtime_newobject(const runtime::_type* typ) {
  return runtime::mallocgc(typ->size, typ, true);
}
