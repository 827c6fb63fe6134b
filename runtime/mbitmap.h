// mbitmap.h — the heap bitmap and object lookup (Go's mbitmap.go).
//
// Heap bitmap: one bit per 8-byte heap word, kept in the word's heapArena (bit i of
// bitmap[] describes word i of the arena): set = the word holds a pointer. mallocgc
// writes the bits of every object allocated in a scan span from its type's pointer
// bitmap (_type.gcdata, repeated for each element of an array allocation) and clears
// the bits of the rest of the object; noscan objects have no meaningful bits (the
// collector never scans them). A span owns the bitmap words of its pages (spans are
// page-aligned and one bitmap word covers 512 bytes), so only the span's owner writes
// them.
//
// findObject maps any pointer into the heap — including interior pointers — to the
// object containing it, as Go's findObject: base address, span, object index.
#pragma once

#include "mspan.h"
#include "type.h"

#include <cstdint>

namespace runtime {

// heapBitsSetTypeGeneric writes the bits of any object (see heapBitsSetType).
void heapBitsSetTypeGeneric(uintptr_t x, uintptr_t size, uintptr_t dataSize, const _type* typ);

// heapBitsSetType records the pointer layout of an object at x in span s: dataSize
// bytes of typ values (dataSize a multiple of typ->size), followed by scalar words up to
// size. Objects of up to 512 bytes (the common case) are handled inline: their bits are
// one 64-bit pattern, written into at most two words of the span's part of the bitmap
// (s->heapBits, set for spans that lie within one arena).
[[gnu::always_inline]] inline void heapBitsSetType(mspan* s, uintptr_t x, uintptr_t size,
                                                   uintptr_t dataSize, const _type* typ) {
  uintptr_t nw = typ->size / 8;
  uintptr_t pw = typ->ptrdata / 8;
  if (size > 512 || s->heapBits == nullptr || nw > 64 || (typ->kind & kindGCProg) != 0) {
    heapBitsSetTypeGeneric(x, size, dataSize, typ);
    return;
  }
  uintptr_t total = size / 8;
  uint64_t elem = typ->gcdata[0];
  if (pw < 8) {
    elem &= (uint64_t(1) << pw) - 1;
  } else {
    for (uintptr_t i = 1; i < (pw + 7) / 8; i++) elem |= uint64_t(typ->gcdata[i]) << (8 * i);
    if (pw < 64) elem &= (uint64_t(1) << pw) - 1;
  }
  uint64_t pat;
  if (dataSize == typ->size) {
    pat = elem;
  } else if (nw == 1) {
    uintptr_t n = dataSize / 8;
    pat = elem != 0 ? (n == 64 ? ~uint64_t(0) : (uint64_t(1) << n) - 1) : 0;
  } else {
    pat = 0;
    for (uintptr_t e = 0; e * nw < dataSize / 8; e++) pat |= elem << (e * nw);
  }
  uintptr_t wi = (x - s->base()) / 8;
  uint64_t* word = s->heapBits + wi / 64;
  uintptr_t bit = wi % 64;
  uint64_t mask = total == 64 ? ~uint64_t(0) : (uint64_t(1) << total) - 1;
  pat &= mask;  // never touch the neighbours' bits
  word[0] = (word[0] & ~(mask << bit)) | (pat << bit);
  if (bit + total > 64) {
    uint64_t hiMask = mask >> (64 - bit);
    word[1] = (word[1] & ~hiMask) | (pat >> (64 - bit));
  }
}

// heapBitsIsPointer reports whether the heap word at addr (8-byte aligned) is marked as
// holding a pointer.
bool heapBitsIsPointer(uintptr_t addr);

// findObject returns the base address of the object containing p and sets *s and
// *objIndex, or returns 0 when p does not point into an allocated span's objects
// (outside the heap, into a free span, or into the tail past the span's last object).
// It does not check whether the object slot is currently allocated (span->isFree).
uintptr_t findObject(uintptr_t p, mspan** s, uintptr_t* objIndex);

}  // namespace runtime
