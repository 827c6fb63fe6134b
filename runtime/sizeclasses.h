// sizeclasses.h — Go 1.19's size classes, generated at compile time by our own
// implementation of the algorithm in Go's runtime/mksizeclasses.go.
//
// Owns: the class table (67 classes from 8 B to 32 KB; class 0 stands for "large"), the
// pages per span of each class, the 32-bit reciprocals that turn a span offset into an
// object index, and the two size → class lookup tables (8-byte steps up to 1 KB,
// 128-byte steps up to 32 KB).
//
// How the classes are chosen (Go's rules):
//   * rounding a request up to its class wastes at most 12.5%, and chopping a span into
//     objects leaves at most 12.5% of the span unused;
//   * alignment grows with the size: 8 B below 32 B, 16 B up to 128 B, size/8 up to
//     2 KB, 256 B above;
//   * two adjacent sizes that give the same span size and object count merge into the
//     larger one; afterwards each class grows to the largest 128-byte multiple that
//     still fits the same number of objects in its span.
// Invariants (checked by static_asserts in sizeclasses.cpp and by the unit test against
// Go's literal table): exactly 68 entries; class_to_size strictly increasing;
// size_to_class8/128 give the smallest class whose size is at least the request;
// n / size == (n * class_to_divmagic) >> 32 for every offset n in a span.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace runtime {

inline constexpr uintptr_t _MaxSmallSize = 32768;
inline constexpr uintptr_t smallSizeDiv = 8;
inline constexpr uintptr_t smallSizeMax = 1024;
inline constexpr uintptr_t largeSizeDiv = 128;
inline constexpr int _NumSizeClasses = 68;
inline constexpr uintptr_t _PageShift = 13;
inline constexpr uintptr_t _PageSize = uintptr_t(1) << _PageShift;
inline constexpr uintptr_t _PageMask = _PageSize - 1;
inline constexpr uintptr_t pageSize = _PageSize;
inline constexpr uintptr_t pageShift = _PageShift;

namespace sizeclassgen {

struct sizeClass {
  uintptr_t size = 0;    // bytes per object
  uintptr_t npages = 0;  // pages per span
};

constexpr bool powerOfTwo(uintptr_t x) {
  return x != 0 && (x & (x - 1)) == 0;
}

// makeClasses is mksizeclasses.go's makeClasses, in constexpr C++.
constexpr std::array<sizeClass, _NumSizeClasses> makeClasses() {
  std::array<sizeClass, 128> classes{};
  size_t n = 1;  // class 0 is the "large object" placeholder
  uintptr_t align = 8;
  for (uintptr_t size = align; size <= _MaxSmallSize; size += align) {
    if (powerOfTwo(size)) {
      if (size >= 2048) {
        align = 256;
      } else if (size >= 128) {
        align = size / 8;
      } else if (size >= 32) {
        align = 16;  // heap bitmaps assume 16-byte alignment from 32 bytes up
      }
    }
    // The span must be large enough that its tail waste is at most 1/8 of it.
    uintptr_t allocsize = _PageSize;
    while (allocsize % size > allocsize / 8) allocsize += _PageSize;
    uintptr_t npages = allocsize / _PageSize;
    // Same span size and same object count as the previous class: grow that one.
    if (n > 1 && npages == classes[n - 1].npages &&
        allocsize / size == allocsize / classes[n - 1].size) {
      classes[n - 1].size = size;
      continue;
    }
    classes[n++] = sizeClass{size, npages};
  }
  // Give each class the largest size that still fits the same number of objects,
  // keeping largeSizeDiv alignment so that size_to_class128 stays exact.
  for (size_t i = 1; i < n; i++) {
    uintptr_t psize = classes[i].npages * _PageSize;
    uintptr_t newSize = (psize / (psize / classes[i].size)) & ~(largeSizeDiv - 1);
    if (newSize > classes[i].size) classes[i].size = newSize;
  }
  if (n != _NumSizeClasses) throw "number of size classes has changed";
  std::array<sizeClass, _NumSizeClasses> out{};
  for (size_t i = 0; i < n; i++) out[i] = classes[i];
  return out;
}

inline constexpr std::array<sizeClass, _NumSizeClasses> classes = makeClasses();

// divMagicBits returns the fractional bits F that Lemire, Kaser and Kurz's method needs
// to divide every n in [0, npages*pageSize] by d (mksizeclasses.go's computeDivMagic);
// the runtime uses 32 and needs F <= 32.
constexpr int divMagicBits(uintptr_t d, uintptr_t npages) {
  uintptr_t max = npages * _PageSize;
  int N = 0;
  while ((uintptr_t(1) << N) <= max) N++;
  if (powerOfTwo(d)) {
    int f = 0;
    while ((uintptr_t(1) << f) < d) f++;
    return f;
  }
  for (int L = 0;; L++) {
    if (d <= ((uintptr_t(1) << (N + L)) % d) + (uintptr_t(1) << L)) return N + L;
  }
}

template <typename T, size_t N, typename F>
constexpr std::array<T, N> table(F f) {
  std::array<T, N> t{};
  for (size_t i = 0; i < N; i++) t[i] = f(i);
  return t;
}

constexpr uint8_t smallestClassFor(uintptr_t size) {
  for (size_t j = 0; j < classes.size(); j++) {
    if (classes[j].size >= size) return uint8_t(j);
  }
  throw "no size class";
}

}  // namespace sizeclassgen

inline constexpr std::array<uint16_t, _NumSizeClasses> class_to_size =
    sizeclassgen::table<uint16_t, _NumSizeClasses>(
        [](size_t i) { return uint16_t(sizeclassgen::classes[i].size); });

inline constexpr std::array<uint8_t, _NumSizeClasses> class_to_allocnpages =
    sizeclassgen::table<uint8_t, _NumSizeClasses>(
        [](size_t i) { return uint8_t(sizeclassgen::classes[i].npages); });

inline constexpr std::array<uint32_t, _NumSizeClasses> class_to_divmagic =
    sizeclassgen::table<uint32_t, _NumSizeClasses>([](size_t i) {
      uintptr_t size = sizeclassgen::classes[i].size;
      return size == 0 ? uint32_t(0) : uint32_t(~uint32_t(0) / uint32_t(size) + 1);
    });

inline constexpr std::array<uint8_t, smallSizeMax / smallSizeDiv + 1> size_to_class8 =
    sizeclassgen::table<uint8_t, smallSizeMax / smallSizeDiv + 1>(
        [](size_t i) { return sizeclassgen::smallestClassFor(i * smallSizeDiv); });

inline constexpr std::array<uint8_t, (_MaxSmallSize - smallSizeMax) / largeSizeDiv + 1>
    size_to_class128 =
        sizeclassgen::table<uint8_t, (_MaxSmallSize - smallSizeMax) / largeSizeDiv + 1>(
            [](size_t i) {
              return sizeclassgen::smallestClassFor(smallSizeMax + i * largeSizeDiv);
            });

// formatSizeClassTable writes the table in the layout of the comment at the top of
// Go's sizeclasses.go (class, bytes/obj, bytes/span, objects, tail waste, max waste,
// min align), one line per class, each starting with "// ". Returns the length written
// (truncated to n-1 bytes plus a NUL when buf is too small), like snprintf.
size_t formatSizeClassTable(char* buf, size_t n);

}  // namespace runtime
