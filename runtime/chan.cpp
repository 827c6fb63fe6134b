// chan.cpp — channels (Go's chan.go): makechan, send, receive, close, len and cap, and
// the wait queues. See chan.h for the layout and invariants; select is in select.cpp.
//
// Blocking follows park.h: the goroutine enqueues a sudog under c->lock and parks with
// chanparkcommit, which drops the lock only once it is parked. A waker dequeues the
// sudog under the lock, copies the element directly to or from the sleeper's sudog::elem
// (sendDirect / recvDirect, with the bulk barrier: that memory may be another
// goroutine's already-scanned stack), sets sudog::success and g::param and readies it.
#include "chan.h"

#include "malloc.h"
#include "mbarrier.h"
#include "panic.h"

#include <cstring>

namespace runtime {

namespace {

constexpr uintptr_t maxAlloc = uintptr_t(1) << 48;
constexpr uintptr_t hchanSize = (sizeof(hchan) + 7) & ~uintptr_t(7);

// The hchan of a channel whose buffer is a separate object: its one pointer word for
// the collector is buf (word 2). elemtype is static; sudogs are off the heap.
const uint8_t hchanGCBits[] = {0x04};
const _type hchanType = {sizeof(hchan),
                         3 * sizeof(void*),
                         0,
                         0,
                         8,
                         8,
                         kindStruct,
                         nullptr,
                         hchanGCBits,
                         {reinterpret_cast<const uint8_t*>("runtime.hchan"), 13},
                         nullptr};

}  // namespace

void* chanbuf(hchan* c, uintptr_t i) {
  return static_cast<uint8_t*>(c->buf) + i * c->elemsize;
}

// q->first is also read without the lock (full/empty, the non-blocking fast paths):
// written atomically.
static void setFirst(waitq* q, sudog* s) {
  __atomic_store_n(&q->first, s, __ATOMIC_RELEASE);
}

void waitqEnqueue(waitq* q, sudog* sgp) {
  sgp->next = nullptr;
  sudog* x = q->last;
  if (x == nullptr) {
    sgp->prev = nullptr;
    setFirst(q, sgp);
    q->last = sgp;
    return;
  }
  sgp->prev = x;
  x->next = sgp;
  q->last = sgp;
}

// The first sudog whose goroutine can take this operation (for a select, the one that
// wins its selectDone), off the queue; null if none.
sudog* waitqDequeue(waitq* q) {
  for (;;) {
    sudog* sgp = q->first;
    if (sgp == nullptr) return nullptr;
    sudog* y = sgp->next;
    if (y == nullptr) {
      setFirst(q, nullptr);
      q->last = nullptr;
    } else {
      y->prev = nullptr;
      setFirst(q, y);
      sgp->next = nullptr;
    }
    if (sgp->isSelect) {
      uint32_t expected = 0;
      if (!sgp->gp->selectDone.compare_exchange_strong(expected, 1)) continue;
    }
    return sgp;
  }
}

// Removes sgp from q (a select's losing cases); it may already be off it.
void waitqDequeueSudoG(waitq* q, sudog* sgp) {
  sudog* x = sgp->prev;
  sudog* y = sgp->next;
  if (x != nullptr) {
    if (y != nullptr) {
      x->next = y;
      y->prev = x;
      sgp->next = nullptr;
      sgp->prev = nullptr;
      return;
    }
    x->next = nullptr;
    q->last = x;
    sgp->prev = nullptr;
    return;
  }
  if (y != nullptr) {
    y->prev = nullptr;
    setFirst(q, y);
    sgp->next = nullptr;
    return;
  }
  if (q->first == sgp) {
    setFirst(q, nullptr);
    q->last = nullptr;
  }
}

namespace {

uintptr_t loadAcquire(const uintptr_t* p) {
  return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

// full: a send would block (read without the lock by the non-blocking fast path).
bool full(hchan* c) {
  if (c->dataqsiz == 0) return __atomic_load_n(&c->recvq.first, __ATOMIC_ACQUIRE) == nullptr;
  return loadAcquire(&c->qcount) == c->dataqsiz;
}

// empty: a receive would block (without the lock).
bool empty(hchan* c) {
  if (c->dataqsiz == 0) return __atomic_load_n(&c->sendq.first, __ATOMIC_ACQUIRE) == nullptr;
  return loadAcquire(&c->qcount) == 0;
}

bool chanparkcommit(g*, void* chanLock) {
  unlock(static_cast<mutex*>(chanLock));
  return true;
}

void sendDirect(const _type* t, sudog* sg, const void* src) {
  void* dst = sg->elem;
  if (t->pointers()) bulkBarrierPreWrite(dst, src, t->size, t);
  std::memmove(dst, src, t->size);
}

void recvDirect(const _type* t, sudog* sg, void* dst) {
  const void* src = sg->elem;
  if (t->pointers()) bulkBarrierPreWrite(dst, src, t->size, t);
  std::memmove(dst, src, t->size);
}

}  // namespace

// Wakes the blocked peer sg whose operation just completed (after unlocking c).
static void completePeer(sudog* sg, void (*unlockf)(void*), void* arg) {
  g* gp = sg->gp;
  unlockf(arg);
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

// send: a blocked receiver sg takes ep directly. c is locked; unlockf unlocks it.
void chanSendTo(hchan* c, sudog* sg, const void* ep, void (*unlockf)(void*), void* arg) {
  if (sg->elem != nullptr) {
    sendDirect(c->elemtype, sg, ep);
    sg->elem = nullptr;
  }
  completePeer(sg, unlockf, arg);
}

// recv: take a value from a blocked sender sg (unbuffered), or the head of the full
// buffer, whose freed slot the sender's value fills. c is locked; unlockf unlocks it.
void chanRecvFrom(hchan* c, sudog* sg, void* ep, void (*unlockf)(void*), void* arg) {
  if (c->dataqsiz == 0) {
    if (ep != nullptr) recvDirect(c->elemtype, sg, ep);
  } else {
    void* qp = chanbuf(c, c->recvx);
    if (ep != nullptr) typedmemmove(c->elemtype, ep, qp);
    typedmemmove(c->elemtype, qp, sg->elem);
    c->recvx++;
    if (c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  sg->elem = nullptr;
  completePeer(sg, unlockf, arg);
}

static void unlockChan(void* c) {
  unlock(&static_cast<hchan*>(c)->lock);
}

hchan* makechan(const chantype* t, int64_t size) {
  const _type* elem = t->elem;
  if (elem->size >= (uintptr_t(1) << 16)) throw_("makechan: invalid channel element type");
  unsigned __int128 mem128 = (unsigned __int128)elem->size * (unsigned __int128)uint64_t(size);
  if (size < 0 || mem128 > maxAlloc - hchanSize) panicPlain("makechan: size out of range");
  uintptr_t mem = uintptr_t(mem128);
  hchan* c;
  if (mem == 0) {
    c = static_cast<hchan*>(mallocgc(hchanSize, nullptr, true));
    c->buf = c;
  } else if (!elem->pointers()) {
    c = static_cast<hchan*>(mallocgc(hchanSize + mem, nullptr, true));
    c->buf = reinterpret_cast<uint8_t*>(c) + hchanSize;
  } else {
    c = static_cast<hchan*>(mallocgc(sizeof(hchan), &hchanType, true));
    void* buf = mallocgc(mem, elem, true);
    // c is fresh (not yet reachable by anyone): a plain store.
    c->buf = buf;
  }
  c->elemsize = uint16_t(elem->size);
  c->elemtype = elem;
  c->dataqsiz = uintptr_t(size);
  return c;
}

namespace {

// blockOn parks the current goroutine on q (c's send or receive queue, c->lock held;
// gopark releases it) with its element at elem, until a peer completes the operation
// (true) or c is closed (false).
bool blockOn(hchan* c, waitq* q, void* elem, waitReason reason) {
  g* gp = getg();
  sudog* mysg = acquireSudog();
  mysg->elem = elem;
  mysg->waitlink = nullptr;
  mysg->gp = gp;
  mysg->isSelect = false;
  mysg->c = c;
  gp->waiting = mysg;
  gp->param = nullptr;
  waitqEnqueue(q, mysg);
  gopark(chanparkcommit, &c->lock, reason);
  // Woken (possibly on another thread): gp is still this goroutine.
  if (mysg != gp->waiting) throw_("G waiting list is corrupted");
  gp->waiting = nullptr;
  bool success = mysg->success;
  gp->param = nullptr;
  mysg->c = nullptr;
  releaseSudog(mysg);
  return success;
}

}  // namespace

bool chansend(hchan* c, const void* ep, bool block) {
  if (c == nullptr) {
    if (!block) return false;
    gopark(nullptr, nullptr, waitReason::chanSendNilChan);
    throw_("unreachable");
  }
  if (!block && __atomic_load_n(&c->closed, __ATOMIC_ACQUIRE) == 0 && full(c)) return false;

  lock(&c->lock);
  if (c->closed != 0) {
    unlock(&c->lock);
    panicPlain("send on closed channel");
  }
  if (sudog* sg = waitqDequeue(&c->recvq)) {
    chanSendTo(c, sg, ep, unlockChan, c);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    void* qp = chanbuf(c, c->sendx);
    typedmemmove(c->elemtype, qp, ep);
    c->sendx++;
    if (c->sendx == c->dataqsiz) c->sendx = 0;
    __atomic_store_n(&c->qcount, c->qcount + 1, __ATOMIC_RELEASE);
    unlock(&c->lock);
    return true;
  }
  if (!block) {
    unlock(&c->lock);
    return false;
  }

  // Block: ep stays on this goroutine's stack, where the receiver copies it from.
  bool closed = !blockOn(c, &c->sendq, const_cast<void*>(ep), waitReason::chanSend);
  if (closed) {
    if (__atomic_load_n(&c->closed, __ATOMIC_ACQUIRE) == 0) throw_("chansend: spurious wakeup");
    panicPlain("send on closed channel");
  }
  return true;
}

RecvResult chanrecv(hchan* c, void* ep, bool block) {
  if (c == nullptr) {
    if (!block) return {false, false};
    gopark(nullptr, nullptr, waitReason::chanReceiveNilChan);
    throw_("unreachable");
  }
  if (!block && empty(c)) {
    if (__atomic_load_n(&c->closed, __ATOMIC_ACQUIRE) == 0) return {false, false};
    // Closed: re-check emptiness (a send may have landed before the close).
    if (empty(c)) {
      if (ep != nullptr) typedmemclr(c->elemtype, ep);
      return {true, false};
    }
  }

  lock(&c->lock);
  if (c->closed != 0) {
    if (c->qcount == 0) {
      unlock(&c->lock);
      if (ep != nullptr) typedmemclr(c->elemtype, ep);
      return {true, false};
    }
  } else if (sudog* sg = waitqDequeue(&c->sendq)) {
    chanRecvFrom(c, sg, ep, unlockChan, c);
    return {true, true};
  }
  if (c->qcount > 0) {
    void* qp = chanbuf(c, c->recvx);
    if (ep != nullptr) typedmemmove(c->elemtype, ep, qp);
    typedmemclr(c->elemtype, qp);
    c->recvx++;
    if (c->recvx == c->dataqsiz) c->recvx = 0;
    __atomic_store_n(&c->qcount, c->qcount - 1, __ATOMIC_RELEASE);
    unlock(&c->lock);
    return {true, true};
  }
  if (!block) {
    unlock(&c->lock);
    return {false, false};
  }

  bool success = blockOn(c, &c->recvq, ep, waitReason::chanReceive);
  return {true, success};
}

void closechan(hchan* c) {
  if (c == nullptr) panicPlain("close of nil channel");
  lock(&c->lock);
  if (c->closed != 0) {
    unlock(&c->lock);
    panicPlain("close of closed channel");
  }
  __atomic_store_n(&c->closed, 1, __ATOMIC_RELEASE);

  // Release every waiter: receivers get zero values, senders will panic. They are
  // collected first (chained through sudog::next, free once dequeued) and readied
  // after the lock is dropped.
  sudog* glist = nullptr;
  while (sudog* sg = waitqDequeue(&c->recvq)) {
    if (sg->elem != nullptr) {
      typedmemclr(c->elemtype, sg->elem);
      sg->elem = nullptr;
    }
    sg->gp->param = sg;
    sg->success = false;
    sg->next = glist;
    glist = sg;
  }
  while (sudog* sg = waitqDequeue(&c->sendq)) {
    sg->elem = nullptr;
    sg->gp->param = sg;
    sg->success = false;
    sg->next = glist;
    glist = sg;
  }
  unlock(&c->lock);
  while (glist != nullptr) {
    sudog* sg = glist;
    glist = sg->next;
    sg->next = nullptr;
    goready(sg->gp);  // sg may be released by its owner from here on
  }
}

}  // namespace runtime

// ---------------------------------------------------------------------------
// Entry points for compiled code.

using runtime::hchan;

void* rt_makechan(const runtime::chantype* t, int64_t size) {
  return runtime::makechan(t, size);
}

void rt_chansend1(hchan* c, const void* elem) {
  runtime::chansend(c, elem, true);
}

void rt_chanrecv1(hchan* c, void* elem) {
  runtime::chanrecv(c, elem, true);
}

bool rt_chanrecv2(hchan* c, void* elem) {
  return runtime::chanrecv(c, elem, true).received;
}

void rt_closechan(hchan* c) {
  runtime::closechan(c);
}

int64_t rt_chanlen(hchan* c) {
  if (c == nullptr) return 0;
  return int64_t(__atomic_load_n(&c->qcount, __ATOMIC_ACQUIRE));
}

int64_t rt_chancap(hchan* c) {
  if (c == nullptr) return 0;
  return int64_t(c->dataqsiz);
}

bool rt_selectnbsend(hchan* c, const void* elem) {
  return runtime::chansend(c, elem, false);
}

bool rt_selectnbrecv(void* elem, hchan* c, bool* received) {
  runtime::RecvResult r = runtime::chanrecv(c, elem, false);
  *received = r.received;
  return r.selected;
}
