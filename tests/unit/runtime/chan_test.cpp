// chan_test.cpp — Go's channels (runtime/chan.cpp, select.cpp) in one goroutine,
// against hand-built chantype descriptors: the ring buffer (FIFO across wrap-around,
// qcount/sendx/recvx, freed slots zeroed), the non-blocking forms, close semantics,
// selectgo's choice among ready cases (every ready case is taken sometimes, a nil
// channel never) and Go's panics and deadlock (death tests, exit status 2).
#include "chan.h"

#include "malloc.h"

#include <gtest/gtest.h>

#include <cstring>

namespace {

using namespace runtime;

GoString name(const char* s) {
  return GoString{reinterpret_cast<const uint8_t*>(s), intptr_t(strlen(s))};
}

// int64 elements (no pointers) and *T elements (pointers: a separate typed buffer).
struct Types {
  _type i64{};
  _type ptr{};
  uint8_t ptrBits[1] = {0x01};
  chantype chanI64{};
  chantype chanPtr{};
  Types() {
    i64.size = 8;
    i64.align = 8;
    i64.fieldAlign = 8;
    i64.kind = kindInt64;
    i64.str = name("int64");
    ptr.size = 8;
    ptr.ptrdata = 8;
    ptr.align = 8;
    ptr.fieldAlign = 8;
    ptr.kind = kindPtr | kindDirectIface;
    ptr.gcdata = ptrBits;
    ptr.str = name("*int64");
    chanI64.typ.size = 8;
    chanI64.typ.ptrdata = 8;
    chanI64.typ.kind = kindChan | kindDirectIface;
    chanI64.typ.str = name("chan int64");
    chanI64.elem = &i64;
    chanI64.dir = 3;
    chanPtr = chanI64;
    chanPtr.typ.str = name("chan *int64");
    chanPtr.elem = &ptr;
  }
};

const Types& T() {
  static Types t;
  return t;
}

TEST(ChanTest, MakeChanLayout) {
  hchan* c = makechan(&T().chanI64, 5);
  EXPECT_EQ(c->dataqsiz, 5u);
  EXPECT_EQ(c->qcount, 0u);
  EXPECT_EQ(c->elemsize, 8);
  EXPECT_EQ(c->elemtype, &T().i64);
  // Pointer-free elements: the buffer follows the hchan in the same object.
  EXPECT_GT(reinterpret_cast<uintptr_t>(c->buf), reinterpret_cast<uintptr_t>(c));
  hchan* u = makechan(&T().chanI64, 0);
  EXPECT_EQ(u->dataqsiz, 0u);
  hchan* p = makechan(&T().chanPtr, 3);
  EXPECT_NE(p->buf, nullptr);
  EXPECT_EQ(rt_chanlen(nullptr), 0);
  EXPECT_EQ(rt_chancap(nullptr), 0);
  EXPECT_EQ(rt_chancap(c), 5);
}

TEST(ChanTest, FifoAcrossWrapAround) {
  hchan* c = makechan(&T().chanI64, 4);
  int64_t next = 0, expect = 0;
  for (int round = 0; round < 50; round++) {
    int n = 1 + round % 4;
    for (int i = 0; i < n; i++) {
      int64_t v = next++;
      rt_chansend1(c, &v);
    }
    EXPECT_EQ(rt_chanlen(c), n);
    EXPECT_LT(c->sendx, 4u);
    for (int i = 0; i < n; i++) {
      int64_t v = -1;
      rt_chanrecv1(c, &v);
      EXPECT_EQ(v, expect++);
    }
    EXPECT_EQ(c->recvx, c->sendx);
  }
  EXPECT_EQ(rt_chanlen(c), 0);
}

TEST(ChanTest, ReceivedSlotsAreZeroed) {
  hchan* c = makechan(&T().chanPtr, 2);
  int64_t* obj = static_cast<int64_t*>(mallocgc(8, &T().i64, true));
  rt_chansend1(c, &obj);
  rt_chansend1(c, &obj);
  void* got = nullptr;
  rt_chanrecv1(c, &got);
  EXPECT_EQ(got, obj);
  void** slots = static_cast<void**>(c->buf);
  EXPECT_EQ(slots[0], nullptr);  // the collector must not see stale pointers
  EXPECT_EQ(slots[1], obj);
  rt_chanrecv1(c, nullptr);  // value discarded
  EXPECT_EQ(slots[1], nullptr);
}

TEST(ChanTest, NonBlockingForms) {
  hchan* c = makechan(&T().chanI64, 1);
  int64_t v = 7;
  EXPECT_TRUE(rt_selectnbsend(c, &v));
  EXPECT_FALSE(rt_selectnbsend(c, &v));  // full
  int64_t got = 0;
  bool received = false;
  EXPECT_TRUE(rt_selectnbrecv(&got, c, &received));
  EXPECT_TRUE(received);
  EXPECT_EQ(got, 7);
  EXPECT_FALSE(rt_selectnbrecv(&got, c, &received));  // empty
  // Unbuffered with nobody waiting: neither direction is ready.
  hchan* u = makechan(&T().chanI64, 0);
  EXPECT_FALSE(rt_selectnbsend(u, &v));
  EXPECT_FALSE(rt_selectnbrecv(&got, u, &received));
  // Nil channels never are.
  EXPECT_FALSE(rt_selectnbsend(nullptr, &v));
  EXPECT_FALSE(rt_selectnbrecv(&got, nullptr, &received));
}

TEST(ChanTest, CloseDrainsThenGivesZero) {
  hchan* c = makechan(&T().chanI64, 3);
  for (int64_t i = 1; i <= 2; i++) rt_chansend1(c, &i);
  rt_closechan(c);
  int64_t v = -1;
  EXPECT_TRUE(rt_chanrecv2(c, &v));
  EXPECT_EQ(v, 1);
  EXPECT_TRUE(rt_chanrecv2(c, &v));
  EXPECT_EQ(v, 2);
  v = 99;
  EXPECT_FALSE(rt_chanrecv2(c, &v));
  EXPECT_EQ(v, 0);
  bool received = true;
  v = 99;
  EXPECT_TRUE(rt_selectnbrecv(&v, c, &received));  // a closed channel is ready
  EXPECT_FALSE(received);
  EXPECT_EQ(v, 0);
}

TEST(ChanTest, SelectChoosesAmongReadyCases) {
  hchan* a = makechan(&T().chanI64, 1000);
  hchan* b = makechan(&T().chanI64, 1000);
  hchan* s = makechan(&T().chanI64, 1000);
  for (int64_t i = 0; i < 1000; i++) {
    rt_chansend1(a, &i);
    rt_chansend1(b, &i);
  }
  int counts[4] = {};
  for (int64_t i = 0; i < 1000; i++) {
    int64_t out = i, in = -1;
    // Sends first (s, nil), then receives (a, b).
    scase cases[4] = {{s, &out}, {nullptr, &out}, {a, &in}, {b, &in}};
    uint16_t order[8];
    SelectResult r = rt_selectgo(cases, order, 2, 2, true);
    ASSERT_GE(r.chosen, 0);
    ASSERT_LT(r.chosen, 4);
    counts[r.chosen]++;
    EXPECT_EQ(r.recvOK, r.chosen >= 2);
  }
  EXPECT_GT(counts[0], 100);
  EXPECT_EQ(counts[1], 0);
  EXPECT_GT(counts[2], 100);
  EXPECT_GT(counts[3], 100);
  EXPECT_EQ(rt_chanlen(s), counts[0]);
  // Nothing ready and a default: -1.
  hchan* u = makechan(&T().chanI64, 0);
  int64_t in = 0;
  scase none[2] = {{u, &in}, {nullptr, &in}};
  uint16_t order[4];
  EXPECT_EQ(rt_selectgo(none, order, 0, 2, false).chosen, -1);
}

TEST(ChanDeathTest, Panics) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(rt_closechan(nullptr), testing::ExitedWithCode(2), "^panic: close of nil channel\n");
  hchan* c = makechan(&T().chanI64, 1);
  rt_closechan(c);
  EXPECT_EXIT(rt_closechan(c), testing::ExitedWithCode(2), "^panic: close of closed channel\n");
  int64_t v = 1;
  EXPECT_EXIT(rt_chansend1(c, &v), testing::ExitedWithCode(2), "^panic: send on closed channel\n");
  EXPECT_EXIT(rt_makechan(&T().chanI64, -1), testing::ExitedWithCode(2),
              "^panic: makechan: size out of range\n");
  EXPECT_EXIT(rt_makechan(&T().chanI64, int64_t(1) << 60), testing::ExitedWithCode(2),
              "^panic: makechan: size out of range\n");
}

TEST(ChanDeathTest, BlockingWithNobodyToWakeIsDeadlock) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  hchan* c = makechan(&T().chanI64, 0);
  int64_t v = 0;
  const char* deadlock = "fatal error: all goroutines are asleep - deadlock!";
  EXPECT_EXIT(rt_chanrecv1(c, &v), testing::ExitedWithCode(2), deadlock);
  EXPECT_EXIT(rt_chansend1(c, &v), testing::ExitedWithCode(2), deadlock);
  EXPECT_EXIT(rt_chanrecv1(nullptr, &v), testing::ExitedWithCode(2), deadlock);
  EXPECT_EXIT(rt_block(), testing::ExitedWithCode(2), deadlock);
  scase cases[1] = {{c, &v}};
  uint16_t order[2];
  EXPECT_EXIT(rt_selectgo(cases, order, 0, 1, true), testing::ExitedWithCode(2), deadlock);
}

}  // namespace
