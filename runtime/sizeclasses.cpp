// sizeclasses.cpp — compile-time checks of the generated size classes, and the printed
// form of the table (mksizeclasses.go's printComment). See sizeclasses.h.
#include "sizeclasses.h"

#include <cstdio>

namespace runtime {

namespace {

constexpr bool classesIncrease() {
  for (int i = 2; i < _NumSizeClasses; i++) {
    if (class_to_size[i] <= class_to_size[i - 1]) return false;
  }
  return true;
}

constexpr bool divMagicFits() {
  for (int i = 1; i < _NumSizeClasses; i++) {
    if (sizeclassgen::divMagicBits(class_to_size[i], class_to_allocnpages[i]) > 32) return false;
  }
  return true;
}

static_assert(class_to_size[0] == 0 && class_to_size[1] == 8);
static_assert(class_to_size[_NumSizeClasses - 1] == _MaxSmallSize);
static_assert(classesIncrease(), "size classes must strictly increase");
static_assert(divMagicFits(), "size class requires more than 32 bits of precision");
static_assert(size_to_class8[1] == 1 && size_to_class128[0] == 32);

int trailingZeros(uintptr_t x) {
  return x == 0 ? 64 : __builtin_ctzll(x);
}

}  // namespace

size_t formatSizeClassTable(char* buf, size_t n) {
  size_t len = 0;
  auto put = [&](int w) {
    if (w > 0) len += size_t(w);
  };
  auto rest = [&]() -> char* { return len < n ? buf + len : nullptr; };
  auto room = [&]() -> size_t { return len < n ? n - len : 0; };
  put(snprintf(rest(), room(), "// %-5s  %-9s  %-10s  %-7s  %-10s  %-9s  %-9s\n", "class",
               "bytes/obj", "bytes/span", "objects", "tail waste", "max waste", "min align"));
  uintptr_t prevSize = 0;
  for (int i = 1; i < _NumSizeClasses; i++) {
    uintptr_t size = class_to_size[i];
    uintptr_t spanSize = class_to_allocnpages[i] * _PageSize;
    uintptr_t objects = spanSize / size;
    uintptr_t tailWaste = spanSize - size * objects;
    double maxWaste = double((size - prevSize - 1) * objects + tailWaste) / double(spanSize);
    int alignBits = trailingZeros(size);
    if (alignBits > int(_PageShift)) alignBits = int(_PageShift);
    prevSize = size;
    put(snprintf(rest(), room(), "// %5d  %9lu  %10lu  %7lu  %10lu  %8.2f%%  %9lu\n", i,
                 (unsigned long)size, (unsigned long)spanSize, (unsigned long)objects,
                 (unsigned long)tailWaste, 100 * maxWaste,
                 (unsigned long)(uintptr_t(1) << alignBits)));
  }
  if (n > 0 && len >= n) buf[n - 1] = 0;
  return len;
}

}  // namespace runtime
