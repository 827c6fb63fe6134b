// mbitmap.cpp — see mbitmap.h.
#include "mbitmap.h"

#include "mheap.h"
#include "panic.h"

namespace runtime {

namespace {

// bitWriter writes a stream of heap bits starting at the word of address addr,
// crossing arena boundaries as needed.
class bitWriter {
 public:
  explicit bitWriter(uintptr_t addr) { seek(addr); }

  // put writes the low n bits of bits (n <= 64).
  void put(uint64_t bits, uintptr_t n) {
    while (n > 0) {
      if (word_ == nullptr) seek(addr_);
      uintptr_t room = 64 - bit_;
      uintptr_t k = n < room ? n : room;
      uint64_t mask = (k == 64 ? ~uint64_t(0) : ((uint64_t(1) << k) - 1)) << bit_;
      *word_ = (*word_ & ~mask) | ((bits << bit_) & mask);
      bits = k == 64 ? 0 : bits >> k;
      n -= k;
      advance(k);
    }
  }

  // zeros writes n zero bits, whole words at a time where possible.
  void zeros(uintptr_t n) {
    while (n > 0) {
      if (bit_ == 0 && n >= 64) {
        if (word_ == nullptr) seek(addr_);
        *word_ = 0;
        n -= 64;
        advance(64);
        continue;
      }
      uintptr_t room = 64 - bit_;
      uintptr_t k = n < room ? n : room;
      put(0, k);
      n -= k;
    }
  }

 private:
  void seek(uintptr_t addr) {
    addr_ = addr;
    heapArena* ha = arenaOf(addr);
    if (ha == nullptr) throw_("heapBitsSetType: address not in the heap");
    uintptr_t w = (addr % heapArenaBytes) / 8;
    word_ = &ha->bitmap[w / 64];
    bit_ = w % 64;
  }

  void advance(uintptr_t k) {
    addr_ += k * 8;
    bit_ += k;
    if (bit_ == 64) {
      bit_ = 0;
      // At an arena's end, look the next arena up only if more bits follow: an object
      // may end exactly at the end of the heap.
      word_ = addr_ % heapArenaBytes == 0 ? nullptr : word_ + 1;
    }
  }

  uintptr_t addr_;
  uint64_t* word_;
  uintptr_t bit_;
};

// loadBits returns n <= 64 bits of the bitmap src starting at bit i, without reading
// past the byte that holds bit i+n-1.
uint64_t loadBits(const uint8_t* src, uintptr_t i, uintptr_t n) {
  uint64_t v = 0;
  uintptr_t got = 0;
  while (got < n) {
    uintptr_t byte = (i + got) / 8, off = (i + got) % 8;
    uintptr_t k = 8 - off < n - got ? 8 - off : n - got;
    v |= uint64_t((src[byte] >> off) & ((1u << k) - 1)) << got;
    got += k;
  }
  return v;
}

}  // namespace

void heapBitsSetTypeGeneric(uintptr_t x, uintptr_t size, uintptr_t dataSize, const _type* typ) {
  if ((typ->kind & kindGCProg) != 0) throw_("heapBitsSetType: GC programs are not supported");
  uintptr_t nw = typ->size / 8;     // words per element
  uintptr_t pw = typ->ptrdata / 8;  // words per element that may hold pointers
  uintptr_t nelem = typ->size == 0 ? 0 : dataSize / typ->size;
  uintptr_t total = size / 8;
  bitWriter w(x);
  if (nw <= 64) {
    uint64_t pat = loadBits(typ->gcdata, 0, pw);
    if (nw == 1) {
      // Arrays of pointers (or of one-word scalars): 64 elements per bitmap word.
      uint64_t full = pat != 0 ? ~uint64_t(0) : 0;
      uintptr_t left = nelem;
      while (left >= 64) {
        w.put(full, 64);
        left -= 64;
      }
      w.put(full, left);
    } else {
      for (uintptr_t e = 0; e < nelem; e++) w.put(pat, nw);
    }
  } else {
    for (uintptr_t e = 0; e < nelem; e++) {
      for (uintptr_t i = 0; i < pw; i += 64) {
        uintptr_t k = pw - i < 64 ? pw - i : 64;
        w.put(loadBits(typ->gcdata, i, k), k);
      }
      w.zeros(nw - pw);
    }
  }
  // Scalar tail: the rest of the size class (or of a partial last word).
  uintptr_t written = nelem * nw;
  if (total > written) w.zeros(total - written);
}

bool heapBitsIsPointer(uintptr_t addr) {
  heapArena* ha = arenaOf(addr);
  if (ha == nullptr) return false;
  uintptr_t w = (addr % heapArenaBytes) / 8;
  return (ha->bitmap[w / 64] >> (w % 64) & 1) != 0;
}

uintptr_t findObject(uintptr_t p, mspan** sp, uintptr_t* objIndex) {
  mspan* s = spanOfHeap(p);
  if (s == nullptr) return 0;
  uintptr_t idx = s->objIndex(p);
  *sp = s;
  *objIndex = idx;
  return s->base() + idx * s->elemsize;
}

}  // namespace runtime
