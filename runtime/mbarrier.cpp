// mbarrier.cpp — see mbarrier.h.
#include "mbarrier.h"

#include "lock.h"
#include "mbitmap.h"
#include "mgcmark.h"
#include "mheap.h"
#include "runtime2.h"

#include <cstring>

WriteBarrierFlag runtime_writeBarrier{{0}, 0};

namespace runtime {

namespace {

// Barriers normally run on a goroutine's thread, which holds a P; a thread without one
// shades into this shared gcWork instead.
mutex fallbackGcwLock;
gcWork fallbackGcw;

}  // namespace

void shade(uintptr_t p) {
  if (p == 0) return;
  mspan* s = spanOfHeap(p);
  if (s == nullptr) return;
  uintptr_t idx = s->objIndex(p);
  if (idx >= s->nelems) return;
  uintptr_t obj = s->base() + idx * s->elemsize;
  if (runtime::p* pp = getp()) {
    greyobject(obj, s, idx, &pp->gcw);
  } else {
    lockGuard g(&fallbackGcwLock);
    greyobject(obj, s, idx, &fallbackGcw);
    fallbackGcw.dispose();
  }
}

void bulkBarrierPreWrite(void* dst, const void* src, uintptr_t size, const _type* typ) {
  if (!writeBarrierEnabled() || typ == nullptr || typ->ptrdata == 0) return;
  auto* d = static_cast<const uintptr_t*>(dst);
  auto* sp = static_cast<const uintptr_t*>(src);
  uintptr_t words = typ->size / 8;
  uintptr_t pwords = typ->ptrdata / 8;
  for (uintptr_t off = 0; off < size / 8; off += words) {
    for (uintptr_t i = 0; i < pwords; i++) {
      if ((typ->gcdata[i / 8] >> (i % 8) & 1) == 0) continue;
      if (d != nullptr) shade(d[off + i]);
      if (sp != nullptr) shade(sp[off + i]);
    }
    if (words == 0) break;
  }
}

void typedmemmove(const _type* typ, void* dst, const void* src) {
  if (dst == src || typ->size == 0) return;
  bulkBarrierPreWrite(dst, src, typ->size, typ);
  memmove(dst, src, typ->size);
}

void memclrHasPointers(void* p, uintptr_t n) {
  if (writeBarrierEnabled()) {
    auto a = reinterpret_cast<uintptr_t>(p);
    for (uintptr_t off = 0; off + 8 <= n; off += 8) {
      if (heapBitsIsPointer(a + off)) shade(*reinterpret_cast<const uintptr_t*>(a + off));
    }
  }
  memset(p, 0, n);
}

void typedmemclr(const _type* typ, void* dst) {
  bulkBarrierPreWrite(dst, nullptr, typ->size, typ);
  memset(dst, 0, typ->size);
}

}  // namespace runtime

// ---------------------------------------------------------------------------
// Entry points for compiled code.

extern "C" {
void rt_gcWriteBarrierSlow(void** slot, void* ptr) __asm__("runtime.gcWriteBarrierSlow");
void rt_typedmemmove(const runtime::_type* typ, void* dst,
                     const void* src) __asm__("runtime.typedmemmove");
int64_t rt_typedslicecopy(const runtime::_type* elem, void* dst, int64_t dstLen, const void* src,
                          int64_t srcLen) __asm__("runtime.typedslicecopy");
void rt_wbmove(const runtime::_type* elem, void* dst, const void* src,
               int64_t n) __asm__("runtime.wbmove");
}

// *slot = ptr, shading the old and the new pointer (called only while the barrier is
// on; compiled code stores directly otherwise), through runtime.gcWriteBarrier
// (asm_amd64.S), which keeps the caller's registers.
void rt_gcWriteBarrierSlow(void** slot, void* ptr) {
  runtime::shade(reinterpret_cast<uintptr_t>(*slot));
  runtime::shade(reinterpret_cast<uintptr_t>(ptr));
  *slot = ptr;
}

void rt_typedmemmove(const runtime::_type* typ, void* dst, const void* src) {
  runtime::typedmemmove(typ, dst, src);
}

// copy(dst, src) for element types with pointers: min(dstLen, srcLen) elements.
int64_t rt_typedslicecopy(const runtime::_type* elem, void* dst, int64_t dstLen, const void* src,
                          int64_t srcLen) {
  int64_t n = dstLen < srcLen ? dstLen : srcLen;
  if (n <= 0 || dst == src) return n;
  uintptr_t bytes = uintptr_t(n) * elem->size;
  runtime::bulkBarrierPreWrite(dst, src, bytes, elem);
  memmove(dst, src, bytes);
  return n;
}

// n elements of type elem from src to dst (which may overlap), with the barrier.
void rt_wbmove(const runtime::_type* elem, void* dst, const void* src, int64_t n) {
  if (n <= 0 || dst == src) return;
  uintptr_t bytes = uintptr_t(n) * elem->size;
  runtime::bulkBarrierPreWrite(dst, src, bytes, elem);
  memmove(dst, src, bytes);
}
