// fixalloc.h — a free-list allocator for fixed-size runtime objects (Go's mfixalloc.go),
// used for mspans and mcaches so that their memory never comes from the Go heap.
//
// Invariants: not thread-safe — every fixalloc belongs to a lock (mheap_.lock for
// spanalloc and cachealloc). Memory comes in 16 KB chunks from persistentalloc and is
// never returned to the OS; freed objects go on a LIFO free list and are reused.
// alloc returns zeroed memory when zero is true (the default); a reused object is
// cleared then, except its first word when the caller keeps zero == false.
// inuse counts the bytes handed out; stat counts the chunks.
#pragma once

#include "mem.h"
#include "persistentalloc.h"

#include <cstdint>
#include <cstring>

namespace runtime {

struct fixalloc {
  struct mlink {
    mlink* next;
  };

  static constexpr uintptr_t _FixAllocChunk = 16 << 10;

  uintptr_t size = 0;
  mlink* list = nullptr;
  uintptr_t chunk = 0;
  uint32_t nchunk = 0;
  uintptr_t inuse = 0;
  sysMemStat* stat = nullptr;
  bool zero = true;

  void init(uintptr_t sz, sysMemStat* st) {
    size = sz < sizeof(mlink) ? sizeof(mlink) : (sz + 7) & ~uintptr_t(7);
    list = nullptr;
    chunk = 0;
    nchunk = 0;
    inuse = 0;
    stat = st;
    zero = true;
  }

  void* alloc() {
    if (size == 0) return nullptr;  // not initialised: a bug in the caller
    if (list != nullptr) {
      void* v = list;
      list = list->next;
      inuse += size;
      if (zero) memset(v, 0, size);
      return v;
    }
    if (uintptr_t(nchunk) < size) {
      chunk = uintptr_t(persistentalloc(_FixAllocChunk, 64, stat));
      nchunk = uint32_t(_FixAllocChunk);
    }
    void* v = reinterpret_cast<void*>(chunk);  // fresh chunk memory is already zero
    chunk += size;
    nchunk -= uint32_t(size);
    inuse += size;
    return v;
  }

  void free(void* p) {
    inuse -= size;
    auto* v = static_cast<mlink*>(p);
    v->next = list;
    list = v;
  }
};

}  // namespace runtime
