// Tests of the semaphore tables and notify lists (runtime/sema.cpp) in one goroutine:
// hashing into the 251 roots, FIFO and lifo queues per address (several addresses in
// one root), cansemacquire, acquire/release without waiting, and notify-list tickets.
// Waking a parked goroutine needs the scheduler (tests/programs/goroutines_pending).
#include "sema.h"
#include "park.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

namespace {

using runtime::semaRoot;
using runtime::sudog;

// Addresses 8*semTabSize bytes apart share a root.
struct alignas(8) Slots {
  uint32_t words[2 * runtime::semTabSize * 2 + 2];
  uint32_t* at(int i) { return &words[i * 2]; }
};

TEST(Sema, RootsSpreadAddresses) {
  static Slots s;
  std::set<semaRoot*> roots;
  for (int i = 0; i < runtime::semTabSize; i++) roots.insert(runtime::semroot(s.at(i)));
  EXPECT_EQ(roots.size(), size_t(runtime::semTabSize));
  EXPECT_EQ(runtime::semroot(s.at(3)), runtime::semroot(s.at(3 + runtime::semTabSize)));
  EXPECT_NE(runtime::semroot(s.at(3)), runtime::semroot(s.at(4)));
}

std::vector<sudog*> drain(semaRoot* root, uint32_t* addr) {
  std::vector<sudog*> out;
  while (sudog* s = root->dequeue(addr)) {
    EXPECT_EQ(s->next, nullptr);
    EXPECT_EQ(s->prev, nullptr);
    EXPECT_EQ(s->waitlink, nullptr);
    EXPECT_EQ(s->waittail, nullptr);
    out.push_back(s);
  }
  return out;
}

TEST(Sema, QueuesAreFifoPerAddress) {
  static Slots s;
  uint32_t* a = s.at(5);
  uint32_t* b = s.at(5 + runtime::semTabSize);  // same root as a
  semaRoot* root = runtime::semroot(a);
  ASSERT_EQ(root, runtime::semroot(b));
  sudog* w[6];
  for (auto& x : w) x = runtime::acquireSudog();
  lock(&root->lock);
  root->queue(a, w[0], false);
  root->queue(b, w[1], false);
  root->queue(a, w[2], false);
  root->queue(b, w[3], false);
  root->queue(a, w[4], false);
  EXPECT_EQ(root->queued(a), 3);
  EXPECT_EQ(root->queued(b), 2);
  EXPECT_EQ(root->dequeue(a), w[0]);
  root->queue(a, w[5], false);
  EXPECT_EQ(drain(root, a), (std::vector<sudog*>{w[2], w[4], w[5]}));
  EXPECT_EQ(drain(root, b), (std::vector<sudog*>{w[1], w[3]}));
  EXPECT_EQ(root->head, nullptr);
  unlock(&root->lock);
  for (auto& x : w) runtime::releaseSudog(x);
}

TEST(Sema, LifoWaitersGoFirst) {
  static Slots s;
  uint32_t* a = s.at(7);
  uint32_t* b = s.at(7 + runtime::semTabSize);
  semaRoot* root = runtime::semroot(a);
  sudog* w[5];
  for (auto& x : w) x = runtime::acquireSudog();
  lock(&root->lock);
  root->queue(b, w[4], false);
  root->queue(a, w[0], false);
  root->queue(a, w[1], false);
  root->queue(a, w[2], true);  // a waiter that waited before: ahead of w[0]
  root->queue(a, w[3], false);
  EXPECT_EQ(drain(root, a), (std::vector<sudog*>{w[2], w[0], w[1], w[3]}));
  // A lifo waiter on an empty queue, then FIFO ones behind it.
  root->queue(a, w[0], true);
  root->queue(a, w[1], false);
  root->queue(a, w[2], true);
  EXPECT_EQ(drain(root, a), (std::vector<sudog*>{w[2], w[0], w[1]}));
  EXPECT_EQ(drain(root, b), (std::vector<sudog*>{w[4]}));
  unlock(&root->lock);
  for (auto& x : w) runtime::releaseSudog(x);
}

TEST(Sema, AcquireAndReleaseWithoutWaiting) {
  uint32_t sem = 0;
  EXPECT_FALSE(runtime::cansemacquire(&sem));
  runtime::semrelease1(&sem, false);
  runtime::semrelease1(&sem, true);
  EXPECT_EQ(sem, 2u);
  runtime::semacquire1(&sem, false, runtime::waitReason::semacquire);
  EXPECT_TRUE(runtime::cansemacquire(&sem));
  EXPECT_FALSE(runtime::cansemacquire(&sem));
  EXPECT_EQ(sem, 0u);
  EXPECT_EQ(runtime::semroot(&sem)->nwait.load(), 0u);
}

TEST(Sema, NotifyListTickets) {
  runtime::notifyList l{};
  EXPECT_EQ(runtime::notifyListAdd(&l), 0u);
  EXPECT_EQ(runtime::notifyListAdd(&l), 1u);
  EXPECT_EQ(runtime::notifyListAdd(&l), 2u);
  // Ticket 0 is notified before its holder sleeps: notifyListWait returns at once.
  runtime::notifyListNotifyOne(&l);
  EXPECT_EQ(l.notify.load(), 1u);
  runtime::notifyListWait(&l, 0);
  // Broadcast notifies every ticket handed out.
  runtime::notifyListNotifyAll(&l);
  EXPECT_EQ(l.notify.load(), 3u);
  runtime::notifyListWait(&l, 1);
  runtime::notifyListWait(&l, 2);
  // Nothing more to notify.
  runtime::notifyListNotifyOne(&l);
  EXPECT_EQ(l.notify.load(), 3u);
  EXPECT_EQ(l.head, nullptr);
}

TEST(Sema, NotifyListTicketsWrapAround) {
  runtime::notifyList l{};
  l.wait.store(UINT32_MAX);
  l.notify.store(UINT32_MAX);
  EXPECT_EQ(runtime::notifyListAdd(&l), UINT32_MAX);
  EXPECT_EQ(runtime::notifyListAdd(&l), 0u);
  runtime::notifyListNotifyOne(&l);
  EXPECT_EQ(l.notify.load(), 0u);
  runtime::notifyListWait(&l, UINT32_MAX);  // notified: 0xffffffff is before 0
  runtime::notifyListNotifyOne(&l);
  runtime::notifyListWait(&l, 0);
  EXPECT_EQ(l.notify.load(), 1u);
}

}  // namespace
