// findobject_test.cpp — interior-pointer lookup (findObject), as the collector's
// conservative stack scan and markobject use it.
#include "alloc_test_util.h"
#include "malloc.h"
#include "mbitmap.h"
#include "mheap.h"

#include <gtest/gtest.h>

#include <vector>

namespace {

using namespace runtime;
using alloctest::gcCycle;

TEST(FindObject, EveryInteriorByteMapsToItsObject) {
  alloctest::TestType pt;  // pointerful, so that 8-byte objects are not tiny
  alloctest::initType(&pt, 1, [](uintptr_t) { return true; });
  for (int c = 1; c < _NumSizeClasses; c++) {
    uintptr_t size = class_to_size[c];
    for (int k = 0; k < 3; k++) {
      auto x = uintptr_t(mallocgc(size, k == 0 || size < maxTinySize ? &pt.t : nullptr, true));
      for (uintptr_t off = 0; off < size; off++) {
        mspan* s;
        uintptr_t idx;
        ASSERT_EQ(findObject(x + off, &s, &idx), x) << "class " << c << " offset " << off;
        ASSERT_EQ(s->base() + idx * s->elemsize, x);
      }
    }
  }
}

TEST(FindObject, LargeObjectInteriorAndTail) {
  uintptr_t size = 300000;  // 37 pages (303104 bytes); the last 3104 bytes are past limit
  auto x = uintptr_t(mallocgc(size, nullptr, true));
  mspan* s;
  uintptr_t idx;
  for (uintptr_t off = 0; off < size; off += 97) {
    ASSERT_EQ(findObject(x + off, &s, &idx), x) << off;
    ASSERT_EQ(idx, 0u);
  }
  EXPECT_EQ(findObject(x + size - 1, &s, &idx), x);
  EXPECT_EQ(findObject(x + size, &s, &idx), 0u);  // past the object: not a pointer to it
  EXPECT_EQ(findObject(x + 37 * _PageSize - 1, &s, &idx), 0u);
}

TEST(FindObject, SpanTailPastLastObjectIsNotAnObject) {
  // Class 3 (24 bytes): 341 objects in 8192 bytes, 8 bytes of tail waste.
  auto x = uintptr_t(mallocgc(24, nullptr, true));
  mspan* s;
  uintptr_t idx;
  ASSERT_NE(findObject(x, &s, &idx), 0u);
  EXPECT_EQ(s->limit, s->base() + 341 * 24);
  EXPECT_EQ(findObject(s->limit, &s, &idx), 0u);
  EXPECT_EQ(findObject(s->limit + 7, &s, &idx), 0u);
}

TEST(FindObject, NonHeapAndFreedAddressesAreNotObjects) {
  mspan* s;
  uintptr_t idx;
  int local = 0;
  static int global = 0;
  EXPECT_EQ(findObject(uintptr_t(&local), &s, &idx), 0u);
  EXPECT_EQ(findObject(uintptr_t(&global), &s, &idx), 0u);
  EXPECT_EQ(findObject(0, &s, &idx), 0u);
  EXPECT_EQ(findObject(~uintptr_t(0), &s, &idx), 0u);
  auto big = uintptr_t(mallocgc(1 << 18, nullptr, true));
  EXPECT_EQ(findObject(big + 100, &s, &idx), big);
  gcCycle();  // frees it: the span is dead
  EXPECT_EQ(findObject(big + 100, &s, &idx), 0u);
}

}  // namespace
