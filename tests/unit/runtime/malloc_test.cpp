// malloc_test.cpp — mallocgc end to end: alignment of every size class, the tiny
// allocator, zeroing, large objects, the Ps, and the runtime.newobject entry point.
#include "malloc.h"
#include "alloc_test_util.h"
#include "malloc_inline.h"
#include "mbitmap.h"
#include "mheap.h"
#include "msize.h"
#include "runtime2.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <set>
#include <thread>
#include <vector>

extern "C" void* runtime_newobject(const runtime::_type* typ) __asm__("runtime.newobject");

namespace {

using namespace runtime;
using alloctest::gcCycle;

alloctest::TestType ptrType() {
  alloctest::TestType t;
  alloctest::initType(&t, 1, [](uintptr_t) { return true; });
  return t;
}

uintptr_t minAlign(uintptr_t size) {
  int bits = __builtin_ctzll(size);
  if (bits > int(_PageShift)) bits = int(_PageShift);
  return uintptr_t(1) << bits;
}

TEST(Malloc, ZeroSizeAllocationsShareZerobase) {
  void* a = mallocgc(0, nullptr, true);
  void* b = mallocgc(0, nullptr, true);
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, static_cast<void*>(&zerobase));
}

TEST(Malloc, EveryClassIsAlignedAsGoDocuments) {
  // Objects of class size s sit at span base + i*s in page-aligned spans, so each is
  // aligned to the largest power of two dividing s (capped at the page size) — Go's
  // "min align" column — and always to 8 bytes; from 16 bytes up to 16.
  alloctest::TestType pt = ptrType();
  for (int c = 1; c < _NumSizeClasses; c++) {
    uintptr_t size = class_to_size[c];
    for (bool scan : {false, true}) {
      if (!scan && size < maxTinySize) continue;  // the tiny allocator's (tested below)
      for (int i = 0; i < 20; i++) {
        auto x = uintptr_t(mallocgc(size, scan ? &pt.t : nullptr, true));
        ASSERT_NE(x, 0u);
        EXPECT_EQ(x % minAlign(size), 0u) << "class " << c << " size " << size;
        EXPECT_EQ(x % 8, 0u);
        if (size >= 32) {
          EXPECT_EQ(x % 16, 0u) << "class " << c;
        }
        mspan* s;
        uintptr_t idx;
        ASSERT_EQ(findObject(x, &s, &idx), x);
        EXPECT_EQ(s->spanclass, makeSpanClass(uint8_t(c), !scan));
        EXPECT_EQ(s->elemsize, size);
      }
    }
  }
  // Large objects start on a page.
  for (uintptr_t size : {_MaxSmallSize + 1, uintptr_t(100000), uintptr_t(1) << 20}) {
    EXPECT_EQ(uintptr_t(mallocgc(size, nullptr, true)) % _PageSize, 0u);
  }
}

TEST(Malloc, RequestsGoToTheirSizeClass) {
  for (uintptr_t size : {uintptr_t(16), uintptr_t(17), uintptr_t(100), uintptr_t(1024),
                         uintptr_t(1025), uintptr_t(20000), _MaxSmallSize}) {
    auto x = uintptr_t(mallocgc(size, nullptr, true));
    mspan* s;
    uintptr_t idx;
    ASSERT_EQ(findObject(x, &s, &idx), x);
    EXPECT_EQ(s->elemsize, roundupsize(size)) << size;
    EXPECT_EQ(s->spanclass.sizeclass(), sizeToClass(size)) << size;
  }
}

TEST(Malloc, TinyObjectsArePackedIntoSixteenByteBlocks) {
  gcCycle();  // start from a fresh mcache: no tiny block yet
  auto* a = static_cast<char*>(mallocgc(1, nullptr, true));
  auto* b = static_cast<char*>(mallocgc(2, nullptr, true));
  auto* c = static_cast<char*>(mallocgc(4, nullptr, true));
  auto* d = static_cast<char*>(mallocgc(8, nullptr, true));
  // Same 16-byte block, each at its natural alignment: 1 at 0, 2 at 2, 4 at 4, 8 at 8.
  uintptr_t block = uintptr_t(a) & ~uintptr_t(15);
  EXPECT_EQ(uintptr_t(a), block);
  EXPECT_EQ(uintptr_t(b), block + 2);
  EXPECT_EQ(uintptr_t(c), block + 4);
  EXPECT_EQ(uintptr_t(d), block + 8);
  // The block is full: the next tiny object starts a new one.
  auto* e = static_cast<char*>(mallocgc(8, nullptr, true));
  EXPECT_NE(uintptr_t(e) & ~uintptr_t(15), block);
  mspan* s;
  uintptr_t idx;
  ASSERT_EQ(findObject(uintptr_t(d) + 3, &s, &idx), block);
  EXPECT_EQ(s->spanclass, tinySpanClass);
  EXPECT_EQ(s->elemsize, 16u);
  // Pointerful small objects never use the tiny allocator.
  alloctest::TestType pt = ptrType();
  auto p = uintptr_t(mallocgc(8, &pt.t, true));
  ASSERT_NE(findObject(p, &s, &idx), 0u);
  EXPECT_EQ(s->spanclass, makeSpanClass(1, false));
}

TEST(Malloc, ReusedMemoryIsZeroed) {
  std::vector<char*> objs;
  for (int i = 0; i < 5000; i++) {
    auto* p = static_cast<char*>(mallocgc(48, nullptr, true));
    memset(p, 0xab, 48);
    objs.push_back(p);
  }
  auto* big = static_cast<char*>(mallocgc(1 << 20, nullptr, true));
  memset(big, 0xcd, 1 << 20);
  gcCycle();  // everything above is garbage now
  std::set<char*> old(objs.begin(), objs.end());
  int reused = 0;
  for (int i = 0; i < 5000; i++) {
    auto* p = static_cast<char*>(mallocgc(48, nullptr, true));
    if (old.count(p) != 0) reused++;
    for (int j = 0; j < 48; j++) ASSERT_EQ(p[j], 0) << "object " << i << " byte " << j;
  }
  EXPECT_GT(reused, 0);
  auto* big2 = static_cast<char*>(mallocgc(1 << 20, nullptr, true));
  for (int j = 0; j < (1 << 20); j += 8) ASSERT_EQ(*reinterpret_cast<uint64_t*>(big2 + j), 0u);
}

TEST(Malloc, NeedzeroFalseSkipsClearing) {
  // mallocgc(needzero=false) hands out recycled memory as it is (Go's contract for
  // callers that overwrite everything, such as makeslicecopy). Recycled memory is what
  // a sweep freed in a span that still has live objects.
  gcCycle();
  std::vector<char*> objs;
  for (int i = 0; i < 1000; i++) {
    auto* p = static_cast<char*>(mallocgc(64, nullptr, true));
    memset(p, 0x5a, 64);
    objs.push_back(p);
  }
  gcCycle([&] {
    for (size_t i = 0; i < objs.size(); i += 2) markobject(uintptr_t(objs[i]));
  });
  std::set<char*> dead;
  for (size_t i = 1; i < objs.size(); i += 2) dead.insert(objs[i]);
  bool sawDirty = false;
  for (int i = 0; i < 500 && !sawDirty; i++) {
    auto* p = static_cast<char*>(mallocgc(64, nullptr, false));
    if (dead.count(p) != 0 && p[0] == 0x5a) sawDirty = true;
  }
  EXPECT_TRUE(sawDirty);
  // needzero=true on the same kind of slot clears it.
  for (int i = 0; i < 400; i++) {
    auto* p = static_cast<char*>(mallocgc(64, nullptr, true));
    for (int j = 0; j < 64; j++) ASSERT_EQ(p[j], 0);
  }
}

TEST(Malloc, LargeObjectsGetTheirOwnSpan) {
  for (uintptr_t size :
       {_MaxSmallSize + 1, uintptr_t(40000), uintptr_t(1) << 20, uintptr_t(3) << 20}) {
    auto x = uintptr_t(mallocgc(size, nullptr, true));
    mspan* s;
    uintptr_t idx;
    ASSERT_EQ(findObject(x, &s, &idx), x);
    EXPECT_EQ(s->spanclass.sizeclass(), 0);
    EXPECT_EQ(s->nelems, 1u);
    EXPECT_EQ(s->base(), x);
    EXPECT_EQ(s->npages, alignUp(size, _PageSize) / _PageSize);
    EXPECT_EQ(s->elemsize, s->npages * _PageSize);
    EXPECT_EQ(s->limit, x + size);
    EXPECT_EQ(idx, 0u);
    memset(reinterpret_cast<void*>(x), 1, size);  // the whole object is usable
  }
  // 32768 bytes is still small (class 67); one more byte is large.
  auto x = uintptr_t(mallocgc(_MaxSmallSize, nullptr, true));
  mspan* s;
  uintptr_t idx;
  ASSERT_NE(findObject(x, &s, &idx), 0u);
  EXPECT_EQ(s->spanclass.sizeclass(), _NumSizeClasses - 1);
}

TEST(Malloc, HugeObjectSpansArenas) {
  // 200 MB: more than three 64 MB arenas, contiguous; fresh memory is not zeroed by
  // hand (needzero clear), yet reads as zero.
  uintptr_t size = uintptr_t(200) << 20;
  auto* p = static_cast<char*>(mallocgc(size, nullptr, true));
  ASSERT_NE(p, nullptr);
  mspan* s;
  uintptr_t idx;
  ASSERT_EQ(findObject(uintptr_t(p) + size - 1, &s, &idx), uintptr_t(p));
  EXPECT_EQ(s->npages, size / _PageSize);
  EXPECT_EQ(p[0], 0);
  EXPECT_EQ(p[size / 2], 0);
  EXPECT_EQ(p[size - 1], 0);
  p[size - 1] = 1;
  gcCycle();  // free it
  EXPECT_EQ(spanOfHeap(uintptr_t(p)), nullptr);
}

TEST(Malloc, NewobjectAllocatesZeroedObjectOfType) {
  alloctest::TestType t;
  alloctest::initType(&t, 3, [](uintptr_t i) { return i == 1; });
  auto* p = static_cast<uint64_t*>(runtime_newobject(&t.t));
  EXPECT_EQ(p[0] | p[1] | p[2], 0u);
  mspan* s;
  uintptr_t idx;
  ASSERT_EQ(findObject(uintptr_t(p), &s, &idx), uintptr_t(p));
  EXPECT_EQ(s->elemsize, 24u);
  EXPECT_FALSE(s->spanclass.noscan());
  EXPECT_TRUE(heapBitsIsPointer(uintptr_t(p) + 8));
  EXPECT_FALSE(heapBitsIsPointer(uintptr_t(p)));
}

TEST(Procs, GomaxprocsPsExistAndMainThreadHoldsP0) {
  int32_t want = getproccount();
  if (const char* s = getenv("GOMAXPROCS"); s != nullptr && atoi(s) > 0) want = atoi(s);
  EXPECT_EQ(gomaxprocs, want);
  for (int32_t i = 0; i < gomaxprocs; i++) {
    ASSERT_NE(allp[i], nullptr);
    EXPECT_EQ(allp[i]->id, i);
    EXPECT_NE(allp[i]->mcache, nullptr);
  }
  ASSERT_NE(getp(), nullptr);
  EXPECT_EQ(getp()->id, 0);
  EXPECT_EQ(getp()->status.load(), uint32_t(_Prunning));
}

TEST(Procs, ThreadsAllocateThroughTheirPOrTheFallback) {
  uintptr_t withP = 0, withoutP = 0;
  std::thread t([&] {
    EXPECT_EQ(getp(), nullptr);
    withoutP = uintptr_t(mallocgc(32, nullptr, true));  // fallback mcache
    p* pp = pidleget();
    if (pp != nullptr) {
      acquirep(pp);
      EXPECT_EQ(getp(), pp);
      withP = uintptr_t(mallocgc(32, nullptr, true));
      EXPECT_EQ(releasep(), pp);
      pidleput(pp);
    }
  });
  t.join();
  EXPECT_NE(withoutP, 0u);
  mspan* s;
  uintptr_t idx;
  EXPECT_EQ(findObject(withoutP, &s, &idx), withoutP);
  if (gomaxprocs > 1) {
    EXPECT_NE(withP, 0u);
  }
}

}  // namespace
