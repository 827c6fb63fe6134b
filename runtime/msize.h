// msize.h — size → size class and size → allocated size (Go's msize.go and the lookup
// at the top of mallocgc). Inline: this is on the allocation fast path.
//
// Invariant: for 0 < size <= _MaxSmallSize, sizeToClass(size) is the smallest class
// whose size is >= size; larger sizes are rounded up to whole pages.
#pragma once

#include "sizeclasses.h"

namespace runtime {

inline constexpr uintptr_t divRoundUp(uintptr_t n, uintptr_t a) {
  return (n + a - 1) / a;
}
inline constexpr uintptr_t alignUp(uintptr_t n, uintptr_t a) {
  return (n + a - 1) & ~(a - 1);
}
inline constexpr uintptr_t alignDown(uintptr_t n, uintptr_t a) {
  return n & ~(a - 1);
}

// sizeToClass returns the size class of a small request (0 < size <= _MaxSmallSize).
inline uint8_t sizeToClass(uintptr_t size) {
  if (size <= smallSizeMax - 8) return size_to_class8[divRoundUp(size, smallSizeDiv)];
  return size_to_class128[divRoundUp(size - smallSizeMax, largeSizeDiv)];
}

// roundupsize returns the size of the memory block that mallocgc will allocate if you
// ask for size bytes.
inline uintptr_t roundupsize(uintptr_t size) {
  if (size < _MaxSmallSize) return class_to_size[sizeToClass(size)];
  if (size + _PageSize < size) return size;
  return alignUp(size, _PageSize);
}

}  // namespace runtime
