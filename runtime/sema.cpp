// sema.cpp — semaphores and notify lists for package sync (see sema.h), and the other
// runtime services stdlib/sync declares without bodies (spinning, nanotime, throw).
//
// Invariants: a sudog is on at most one semaRoot queue, with semaaddr set to the
// address it waits for while queued; every list link is cleared when it leaves the
// queue (releaseSudog checks). Nothing here holds a root's lock while it calls goready
// or runs Go code, and nothing reads getg() across gopark.
#include "sema.h"

#include "nanotime.h"
#include "panic.h"
#include "print.h"
#include "proc.h"
#include "runtime2.h"

#include <cstring>

namespace runtime {

namespace {

semaRoot semtable[semTabSize];

// Go's less for the ticket counters of notify lists: a before b, with wraparound.
bool ticketLess(uint32_t a, uint32_t b) {
  return int32_t(a - b) < 0;
}

// Yields the P to the goroutine just readied (Go's goyield), so that a handed-off
// semaphore is used at once.
void goyieldAfterHandoff() {
  goyield();
}

// unlinkHead replaces the root-list entry old with repl (null: removes old).
void replaceHead(semaRoot* root, sudog* old, sudog* repl) {
  sudog* prev = old->prev;
  sudog* next = old->next;
  if (repl != nullptr) {
    repl->prev = prev;
    repl->next = next;
    if (prev != nullptr) {
      prev->next = repl;
    } else {
      root->head = repl;
    }
    if (next != nullptr) next->prev = repl;
  } else {
    if (prev != nullptr) {
      prev->next = next;
    } else {
      root->head = next;
    }
    if (next != nullptr) next->prev = prev;
  }
  old->prev = nullptr;
  old->next = nullptr;
}

sudog* findHead(semaRoot* root, uint32_t* addr) {
  for (sudog* s = root->head; s != nullptr; s = s->next) {
    if (s->semaaddr == addr) return s;
  }
  return nullptr;
}

}  // namespace

semaRoot* semroot(uint32_t* addr) {
  return &semtable[(reinterpret_cast<uintptr_t>(addr) >> 3) % semTabSize];
}

void semaRoot::queue(uint32_t* addr, sudog* s, bool lifo) {
  s->semaaddr = addr;
  s->ticket = 0;
  s->next = s->prev = s->waitlink = s->waittail = nullptr;
  sudog* t = findHead(this, addr);
  if (t == nullptr) {
    // The first waiter for addr: a new entry on the root's list.
    s->next = head;
    if (head != nullptr) head->prev = s;
    head = s;
    return;
  }
  if (lifo) {
    // s takes t's place at the front; t's queue follows s.
    replaceHead(this, t, s);
    s->waitlink = t;
    s->waittail = t->waittail != nullptr ? t->waittail : t;
    t->waittail = nullptr;
    return;
  }
  if (t->waittail == nullptr) {
    t->waitlink = s;
  } else {
    t->waittail->waitlink = s;
  }
  t->waittail = s;
}

sudog* semaRoot::dequeue(uint32_t* addr) {
  sudog* s = findHead(this, addr);
  if (s == nullptr) return nullptr;
  if (sudog* t = s->waitlink; t != nullptr) {
    // The next waiter becomes the head of addr's queue.
    replaceHead(this, s, t);
    t->waittail = s->waittail == t ? nullptr : s->waittail;
  } else {
    replaceHead(this, s, nullptr);
  }
  s->waitlink = nullptr;
  s->waittail = nullptr;
  s->semaaddr = nullptr;
  return s;
}

int semaRoot::queued(uint32_t* addr) {
  int n = 0;
  for (sudog* s = findHead(this, addr); s != nullptr; s = s->waitlink) n++;
  return n;
}

bool cansemacquire(uint32_t* addr) {
  uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
  while (v != 0) {
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
      return true;
    }
  }
  return false;
}

void semacquire1(uint32_t* addr, bool lifo, waitReason reason) {
  if (cansemacquire(addr)) return;
  // Publish as a waiter (nwait) before the last try under the lock, so that a release
  // either sees the waiter or the try sees its count.
  sudog* s = acquireSudog();
  semaRoot* root = semroot(addr);
  for (;;) {
    lock(&root->lock);
    root->nwait.fetch_add(1);
    if (cansemacquire(addr)) {
      root->nwait.fetch_sub(1);
      unlock(&root->lock);
      break;
    }
    root->queue(addr, s, lifo);
    goparkunlock(&root->lock, reason);
    // Woken by semrelease: handed the count (ticket 1), or it must compete for it.
    if (s->ticket != 0 || cansemacquire(addr)) break;
  }
  releaseSudog(s);
}

void semrelease1(uint32_t* addr, bool handoff) {
  semaRoot* root = semroot(addr);
  __atomic_fetch_add(addr, 1, __ATOMIC_SEQ_CST);
  if (root->nwait.load() == 0) return;  // nobody to wake
  lock(&root->lock);
  if (root->nwait.load() == 0) {
    unlock(&root->lock);
    return;
  }
  sudog* s = root->dequeue(addr);
  if (s != nullptr) root->nwait.fetch_sub(1);
  unlock(&root->lock);
  if (s == nullptr) return;
  if (s->ticket != 0) throw_("corrupted semaphore ticket");
  bool handed = handoff && cansemacquire(addr);
  if (handed) s->ticket = 1;
  goready(s->gp);  // s belongs to the woken goroutine from here on
  if (handed) goyieldAfterHandoff();
}

uint32_t notifyListAdd(notifyList* l) {
  return l->wait.fetch_add(1);
}

void notifyListWait(notifyList* l, uint32_t t) {
  lock(&l->lock);
  if (ticketLess(t, l->notify.load())) {
    // Already notified.
    unlock(&l->lock);
    return;
  }
  sudog* s = acquireSudog();
  s->ticket = t;
  if (l->tail == nullptr) {
    l->head = s;
  } else {
    l->tail->next = s;
  }
  l->tail = s;
  goparkunlock(&l->lock, waitReason::syncCondWait);
  releaseSudog(s);
}

void notifyListNotifyAll(notifyList* l) {
  if (l->wait.load() == l->notify.load()) return;  // no waiter since the last notify
  lock(&l->lock);
  sudog* s = l->head;
  l->head = nullptr;
  l->tail = nullptr;
  l->notify.store(l->wait.load());
  unlock(&l->lock);
  while (s != nullptr) {
    sudog* next = s->next;
    s->next = nullptr;
    goready(s->gp);
    s = next;
  }
}

void notifyListNotifyOne(notifyList* l) {
  if (l->wait.load() == l->notify.load()) return;
  lock(&l->lock);
  uint32_t t = l->notify.load();
  if (t == l->wait.load()) {
    unlock(&l->lock);
    return;
  }
  l->notify.store(t + 1);
  // The waiter holding ticket t may not have queued yet (it added itself but has not
  // reached notifyListWait): then it sees notify > t there and does not sleep.
  for (sudog *p = nullptr, *s = l->head; s != nullptr; p = s, s = s->next) {
    if (s->ticket != t) continue;
    sudog* n = s->next;
    if (p != nullptr) {
      p->next = n;
    } else {
      l->head = n;
    }
    if (l->tail == s) l->tail = p;
    unlock(&l->lock);
    s->next = nullptr;
    goready(s->gp);
    return;
  }
  unlock(&l->lock);
}

}  // namespace runtime

// ---------------------------------------------------------------------------
// Entry points for stdlib/sync (bodiless Go functions).

namespace {

// Go's throw/fatal take a Go string; ours take a C string.
[[noreturn]] void dieWith(bool isThrow, const uint8_t* s, intptr_t n) {
  char buf[256];
  size_t len = n < 0 ? 0 : size_t(n) < sizeof buf - 1 ? size_t(n) : sizeof buf - 1;
  std::memcpy(buf, s, len);
  buf[len] = 0;
  if (isThrow) runtime::throw_(buf);
  runtime::fatal(buf);
}

}  // namespace

extern "C" {
void sync_runtime_Semacquire(uint32_t* addr) __asm__("sync.runtime_Semacquire");
void sync_runtime_SemacquireMutex(uint32_t* addr, bool lifo,
                                  int64_t skipframes) __asm__("sync.runtime_SemacquireMutex");
void sync_runtime_Semrelease(uint32_t* addr, bool handoff,
                             int64_t skipframes) __asm__("sync.runtime_Semrelease");
uint32_t sync_runtime_notifyListAdd(runtime::notifyList* l) __asm__("sync.runtime_notifyListAdd");
void sync_runtime_notifyListWait(runtime::notifyList* l,
                                 uint32_t t) __asm__("sync.runtime_notifyListWait");
void sync_runtime_notifyListNotifyAll(runtime::notifyList* l) __asm__(
    "sync.runtime_notifyListNotifyAll");
void sync_runtime_notifyListNotifyOne(runtime::notifyList* l) __asm__(
    "sync.runtime_notifyListNotifyOne");
void sync_runtime_notifyListCheck(uintptr_t size) __asm__("sync.runtime_notifyListCheck");
bool sync_runtime_canSpin(int64_t i) __asm__("sync.runtime_canSpin");
void sync_runtime_doSpin() __asm__("sync.runtime_doSpin");
int64_t sync_runtime_nanotime() __asm__("sync.runtime_nanotime");
uintptr_t sync_addressOf(void* p) __asm__("sync.addressOf");
[[noreturn]] void sync_throw(const uint8_t* s, intptr_t n) __asm__("sync.throw");
[[noreturn]] void sync_fatal(const uint8_t* s, intptr_t n) __asm__("sync.fatal");
}

void sync_runtime_Semacquire(uint32_t* addr) {
  runtime::semacquire1(addr, false, runtime::waitReason::semacquire);
}

// Go 1.19 parks every semaphore waiter as "semacquire" (Mutex and RWMutex included).
void sync_runtime_SemacquireMutex(uint32_t* addr, bool lifo, int64_t) {
  runtime::semacquire1(addr, lifo, runtime::waitReason::semacquire);
}

void sync_runtime_Semrelease(uint32_t* addr, bool handoff, int64_t) {
  runtime::semrelease1(addr, handoff);
}

uint32_t sync_runtime_notifyListAdd(runtime::notifyList* l) {
  return runtime::notifyListAdd(l);
}

void sync_runtime_notifyListWait(runtime::notifyList* l, uint32_t t) {
  runtime::notifyListWait(l, t);
}

void sync_runtime_notifyListNotifyAll(runtime::notifyList* l) {
  runtime::notifyListNotifyAll(l);
}

void sync_runtime_notifyListNotifyOne(runtime::notifyList* l) {
  runtime::notifyListNotifyOne(l);
}

void sync_runtime_notifyListCheck(uintptr_t size) {
  if (size != sizeof(runtime::notifyList)) {
    runtime::printlock();
    runtime::printcstr("runtime: bad notifyList size - sync=");
    runtime::printuint(size);
    runtime::printcstr(" runtime=");
    runtime::printuint(sizeof(runtime::notifyList));
    runtime::printnl();
    runtime::printunlock();
    runtime::throw_("bad notifyList size");
  }
}

// Spinning pays only with another processor running the lock's holder.
bool sync_runtime_canSpin(int64_t i) {
  return runtime::canSpin(i);
}

void sync_runtime_doSpin() {
  for (int i = 0; i < 30; i++) __builtin_ia32_pause();
}

int64_t sync_runtime_nanotime() {
  return runtime::nanotime();
}

// sync.Cond's copy check: the address of its checker field.
uintptr_t sync_addressOf(void* p) {
  return reinterpret_cast<uintptr_t>(p);
}

void sync_throw(const uint8_t* s, intptr_t n) {
  dieWith(true, s, n);
}

void sync_fatal(const uint8_t* s, intptr_t n) {
  dieWith(false, s, n);
}
