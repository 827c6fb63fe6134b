// select.cpp — the select statement (Go's select.go): selectgo and block.
//
// selectgo(cas0, order0, nsends, nrecvs, block), Go's algorithm:
//   1. a random poll order over the cases with a non-nil channel (fastrandn), and a lock
//      order by channel address (heap sort), so that every select locks channels in the
//      same global order and cannot deadlock against another;
//   2. with every channel locked, the first ready case in poll order wins; with none
//      ready, a non-blocking select (default) returns -1;
//   3. otherwise one sudog per case goes on its channel's queue (all chained on
//      g::waiting in lock order) and the goroutine parks (selparkcommit unlocks all);
//      a waker must win g::selectDone (waitqDequeue), and passes the winning sudog in
//      g::param;
//   4. woken, it locks everything again and takes its other sudogs off their queues.
// Compiled code lays out the cases as nsends sends followed by nrecvs receives; a case
// on a nil channel never fires. order0 is scratch for 2 * ncases uint16 indices.
#include "alg.h"
#include "chan.h"
#include "mbarrier.h"
#include "panic.h"

namespace runtime {

namespace {

struct SelLocks {
  scase* scases;
  uint16_t* lockorder;
  int n;
};

void sellock(scase* scases, const uint16_t* lockorder, int n) {
  hchan* c = nullptr;
  for (int i = 0; i < n; i++) {
    hchan* c0 = scases[lockorder[i]].c;
    if (c0 != c) {
      c = c0;
      lock(&c->lock);
    }
  }
}

void selunlock(scase* scases, const uint16_t* lockorder, int n) {
  // Unlock in reverse order; a channel appearing in several cases is unlocked once.
  for (int i = n - 1; i >= 0; i--) {
    hchan* c = scases[lockorder[i]].c;
    if (i > 0 && c == scases[lockorder[i - 1]].c) continue;
    unlock(&c->lock);
  }
}

void selunlockThunk(void* arg) {
  auto* l = static_cast<SelLocks*>(arg);
  selunlock(l->scases, l->lockorder, l->n);
}

bool selparkcommit(g* gp, void*) {
  // Unlock every channel once: g::waiting is in lock order, so equal channels are
  // adjacent.
  hchan* lastc = nullptr;
  for (sudog* sg = gp->waiting; sg != nullptr; sg = sg->waitlink) {
    if (sg->c != lastc && lastc != nullptr) unlock(&lastc->lock);
    lastc = sg->c;
  }
  if (lastc != nullptr) unlock(&lastc->lock);
  return true;
}

uintptr_t addr(hchan* c) {
  return reinterpret_cast<uintptr_t>(c);
}

}  // namespace

SelectResult selectgo(scase* scases, uint16_t* order1, int nsends, int nrecvs, bool block) {
  int ncases = nsends + nrecvs;
  uint16_t* pollorder = order1;
  uint16_t* lockorder = order1 + ncases;

  // Poll order: a random permutation of the cases with a channel.
  int norder = 0;
  for (int i = 0; i < ncases; i++) {
    scase* cas = &scases[i];
    if (cas->c == nullptr) {
      cas->elem = nullptr;  // so that unlock/dequeue never look at it
      continue;
    }
    uint32_t j = fastrandn(uint32_t(norder + 1));
    pollorder[norder] = pollorder[j];
    pollorder[j] = uint16_t(i);
    norder++;
  }

  // Lock order: heap sort by channel address.
  for (int i = 0; i < norder; i++) {
    int j = i;
    uint16_t casei = pollorder[i];
    hchan* c = scases[casei].c;
    while (j > 0 && addr(scases[lockorder[(j - 1) / 2]].c) < addr(c)) {
      int k = (j - 1) / 2;
      lockorder[j] = lockorder[k];
      j = k;
    }
    lockorder[j] = casei;
  }
  for (int i = norder - 1; i >= 0; i--) {
    uint16_t o = lockorder[i];
    hchan* c = scases[o].c;
    lockorder[i] = lockorder[0];
    int j = 0;
    for (;;) {
      int k = j * 2 + 1;
      if (k >= i) break;
      if (k + 1 < i && addr(scases[lockorder[k]].c) < addr(scases[lockorder[k + 1]].c)) k++;
      if (addr(c) < addr(scases[lockorder[k]].c)) {
        lockorder[j] = lockorder[k];
        j = k;
        continue;
      }
      break;
    }
    lockorder[j] = o;
  }

  sellock(scases, lockorder, norder);
  SelLocks locks{scases, lockorder, norder};

  // Pass 1: the first ready case in poll order.
  for (int n = 0; n < norder; n++) {
    int casi = pollorder[n];
    scase* cas = &scases[casi];
    hchan* c = cas->c;
    if (casi >= nsends) {
      if (sudog* sg = waitqDequeue(&c->sendq)) {
        chanRecvFrom(c, sg, cas->elem, selunlockThunk, &locks);
        return {casi, true};
      }
      if (c->qcount > 0) {
        void* qp = chanbuf(c, c->recvx);
        if (cas->elem != nullptr) typedmemmove(c->elemtype, cas->elem, qp);
        typedmemclr(c->elemtype, qp);
        c->recvx++;
        if (c->recvx == c->dataqsiz) c->recvx = 0;
        __atomic_store_n(&c->qcount, c->qcount - 1, __ATOMIC_RELEASE);
        selunlock(scases, lockorder, norder);
        return {casi, true};
      }
      if (c->closed != 0) {
        selunlock(scases, lockorder, norder);
        if (cas->elem != nullptr) typedmemclr(c->elemtype, cas->elem);
        return {casi, false};
      }
    } else {
      if (c->closed != 0) {
        selunlock(scases, lockorder, norder);
        panicPlain("send on closed channel");
      }
      if (sudog* sg = waitqDequeue(&c->recvq)) {
        chanSendTo(c, sg, cas->elem, selunlockThunk, &locks);
        return {casi, false};
      }
      if (c->qcount < c->dataqsiz) {
        typedmemmove(c->elemtype, chanbuf(c, c->sendx), cas->elem);
        c->sendx++;
        if (c->sendx == c->dataqsiz) c->sendx = 0;
        __atomic_store_n(&c->qcount, c->qcount + 1, __ATOMIC_RELEASE);
        selunlock(scases, lockorder, norder);
        return {casi, false};
      }
    }
  }

  if (!block) {
    selunlock(scases, lockorder, norder);
    return {-1, false};
  }

  // Pass 2: enqueue on every channel, in lock order.
  g* gp = getg();
  if (gp->waiting != nullptr) throw_("gp.waiting != nil");
  sudog** nextp = &gp->waiting;
  for (int n = 0; n < norder; n++) {
    int casi = lockorder[n];
    scase* cas = &scases[casi];
    sudog* sg = acquireSudog();
    sg->gp = gp;
    sg->isSelect = true;
    sg->elem = cas->elem;
    sg->c = cas->c;
    *nextp = sg;
    nextp = &sg->waitlink;
    waitqEnqueue(casi < nsends ? &cas->c->sendq : &cas->c->recvq, sg);
  }
  gp->param = nullptr;
  gopark(selparkcommit, nullptr, waitReason::select);

  // Woken (gp is still this goroutine, maybe on another thread).
  sellock(scases, lockorder, norder);
  gp->selectDone.store(0);
  auto* won = static_cast<sudog*>(gp->param);
  gp->param = nullptr;

  // Pass 3: dequeue from the cases that did not fire.
  int casi = -1;
  bool caseSuccess = false;
  sudog* sglist = gp->waiting;
  for (sudog* sg1 = gp->waiting; sg1 != nullptr; sg1 = sg1->waitlink) {
    sg1->isSelect = false;
    sg1->elem = nullptr;
    sg1->c = nullptr;
  }
  gp->waiting = nullptr;
  for (int n = 0; n < norder; n++) {
    int k = lockorder[n];
    if (sglist == won) {
      casi = k;
      caseSuccess = sglist->success;
    } else {
      hchan* c = scases[k].c;
      waitqDequeueSudoG(k < nsends ? &c->sendq : &c->recvq, sglist);
    }
    sudog* sgnext = sglist->waitlink;
    sglist->waitlink = nullptr;
    releaseSudog(sglist);
    sglist = sgnext;
  }
  if (casi < 0) throw_("selectgo: bad wakeup");
  selunlock(scases, lockorder, norder);
  if (casi < nsends) {
    if (!caseSuccess) panicPlain("send on closed channel");
    return {casi, false};
  }
  return {casi, caseSuccess};
}

}  // namespace runtime

SelectResult rt_selectgo(runtime::scase* cas0, uint16_t* order0, int64_t nsends, int64_t nrecvs,
                         bool block) {
  return runtime::selectgo(cas0, order0, int(nsends), int(nrecvs), block);
}

void rt_block() {
  runtime::gopark(nullptr, nullptr, runtime::waitReason::selectNoCases);
  runtime::throw_("unreachable");
}
