// mbitmap_test.cpp — the heap bitmap written on allocation reads back as the type's
// pointer map: per element for arrays, zero for the scalar tail, across arena borders.
#include "mbitmap.h"
#include "alloc_test_util.h"
#include "malloc.h"
#include "mheap.h"
#include "msize.h"

#include <gtest/gtest.h>

#include <functional>

namespace {

using namespace runtime;

// expectBits checks every word of the object at x (elemsize bytes) against n elements
// of typ.
void expectBits(uintptr_t x, uintptr_t elemsize, uintptr_t n, const alloctest::TestType& t,
                const std::function<bool(uintptr_t)>& isPtr) {
  uintptr_t words = t.t.size / 8;
  for (uintptr_t w = 0; w < elemsize / 8; w++) {
    bool want = w < n * words && isPtr(w % words);
    ASSERT_EQ(heapBitsIsPointer(x + w * 8), want) << "word " << w;
  }
}

struct Shape {
  const char* name;
  uintptr_t words;
  std::function<bool(uintptr_t)> isPtr;
};

TEST(HeapBitmap, RoundTripsTypePointerMaps) {
  const Shape shapes[] = {
      {"*T", 1, [](uintptr_t) { return true; }},
      {"string", 2, [](uintptr_t i) { return i == 0; }},
      {"slice", 3, [](uintptr_t i) { return i == 0; }},
      {"iface", 2, [](uintptr_t) { return true; }},
      {"struct{int; *T; int; *T; [3]int}", 7, [](uintptr_t i) { return i == 1 || i == 3; }},
      {"struct{[70]*T; [10]int}", 80, [](uintptr_t i) { return i < 70; }},
      {"struct{[100]int; *T}", 101, [](uintptr_t i) { return i == 100; }},
      {"alternating x 130", 130, [](uintptr_t i) { return i % 2 == 0; }},
  };
  for (const Shape& sh : shapes) {
    SCOPED_TRACE(sh.name);
    alloctest::TestType t;
    alloctest::initType(&t, sh.words, sh.isPtr);
    // One value, and arrays of several lengths (small and large objects).
    for (uintptr_t n : {uintptr_t(1), uintptr_t(2), uintptr_t(3), uintptr_t(7), uintptr_t(64),
                        uintptr_t(65), uintptr_t(1000)}) {
      SCOPED_TRACE(n);
      uintptr_t size = n * t.t.size;
      // Dirty the bitmap first: allocate and drop an all-pointer object of the same size.
      alloctest::TestType all;
      alloctest::initType(&all, 1, [](uintptr_t) { return true; });
      mallocgc(size, &all.t, true);
      alloctest::gcCycle();
      auto x = uintptr_t(mallocgc(size, &t.t, true));
      mspan* s;
      uintptr_t idx;
      ASSERT_EQ(findObject(x, &s, &idx), x);
      EXPECT_FALSE(s->spanclass.noscan());
      expectBits(x, s->elemsize < 1 << 20 ? s->elemsize : 1 << 20, n, t, sh.isPtr);
    }
  }
}

TEST(HeapBitmap, LargePointerArrayAcrossArenaBorder) {
  // 80 MB of pointers is longer than an arena, so its bits continue in the next
  // arena's bitmap.
  alloctest::TestType t;
  alloctest::initType(&t, 1, [](uintptr_t) { return true; });
  uintptr_t n = (uintptr_t(80) << 20) / 8;
  auto x = uintptr_t(mallocgc(n * 8, &t.t, true));
  uintptr_t border = alignUp(x + 1, heapArenaBytes);
  ASSERT_LT(border, x + n * 8);
  for (uintptr_t a : {x, border - 8, border, border + 8, x + n * 8 - 8}) {
    EXPECT_TRUE(heapBitsIsPointer(a)) << a - x;
  }
  for (uintptr_t a = x; a < x + n * 8; a += 4096 + 8) ASSERT_TRUE(heapBitsIsPointer(a));
  alloctest::gcCycle();
}

TEST(HeapBitmap, NoscanObjectsKeepNoBitsInTheirWay) {
  // A scan object allocated after a noscan one in the same page range must still read
  // its own bits only.
  alloctest::TestType t;
  alloctest::initType(&t, 4, [](uintptr_t i) { return i == 3; });
  auto a = uintptr_t(mallocgc(32, &t.t, true));
  auto b = uintptr_t(mallocgc(32, &t.t, true));
  for (uintptr_t x : {a, b}) {
    EXPECT_FALSE(heapBitsIsPointer(x));
    EXPECT_FALSE(heapBitsIsPointer(x + 8));
    EXPECT_FALSE(heapBitsIsPointer(x + 16));
    EXPECT_TRUE(heapBitsIsPointer(x + 24));
  }
}

}  // namespace
