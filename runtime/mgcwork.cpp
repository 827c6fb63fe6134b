// mgcwork.cpp — see mgcwork.h.
#include "mgcwork.h"

#include "mem.h"
#include "mstats.h"
#include "panic.h"

namespace runtime {

workState work;

workbuf* getempty() {
  {
    lockGuard g(&work.lock);
    if (workbuf* b = work.emptyList) {
      work.emptyList = b->next;
      b->next = nullptr;
      b->nobj = 0;
      return b;
    }
  }
  auto* b = static_cast<workbuf*>(sysAlloc(sizeof(workbuf), &memstats.gcMiscSys));
  if (b == nullptr) throw_("runtime: out of memory");
  return b;
}

void putfull(workbuf* b) {
  lockGuard g(&work.lock);
  b->next = work.full;
  work.full = b;
  work.nfull.fetch_add(1, std::memory_order_release);
}

void putempty(workbuf* b) {
  b->nobj = 0;
  lockGuard g(&work.lock);
  b->next = work.emptyList;
  work.emptyList = b;
}

workbuf* trygetfull() {
  if (work.nfull.load(std::memory_order_acquire) == 0) return nullptr;
  lockGuard g(&work.lock);
  workbuf* b = work.full;
  if (b != nullptr) {
    work.full = b->next;
    b->next = nullptr;
    work.nfull.fetch_sub(1, std::memory_order_release);
  }
  return b;
}

void gcWork::put(uintptr_t obj) {
  if (wbuf1 == nullptr) {
    wbuf1 = getempty();
    wbuf2 = getempty();
  }
  if (wbuf1->nobj == workbuf::capacity) {
    workbuf* t = wbuf1;
    wbuf1 = wbuf2;
    wbuf2 = t;
    if (wbuf1->nobj == workbuf::capacity) {
      putfull(wbuf1);
      wbuf1 = getempty();
    }
  }
  wbuf1->obj[wbuf1->nobj++] = obj;
}

bool gcWork::tryGetLocal(uintptr_t* obj) {
  if (wbuf1 == nullptr) return false;
  if (wbuf1->nobj == 0) {
    workbuf* t = wbuf1;
    wbuf1 = wbuf2;
    wbuf2 = t;
    if (wbuf1->nobj == 0) return false;
  }
  *obj = wbuf1->obj[--wbuf1->nobj];
  return true;
}

bool gcWork::tryGet(uintptr_t* obj) {
  if (tryGetLocal(obj)) return true;
  workbuf* b = trygetfull();
  if (b == nullptr) return false;
  if (wbuf1 == nullptr) {
    wbuf1 = b;
    wbuf2 = getempty();
  } else {
    putempty(wbuf1);
    wbuf1 = b;
  }
  *obj = wbuf1->obj[--wbuf1->nobj];
  return true;
}

bool gcWork::empty() const {
  return (wbuf1 == nullptr || wbuf1->nobj == 0) && (wbuf2 == nullptr || wbuf2->nobj == 0);
}

void gcWork::balance() {
  if (wbuf2 != nullptr && wbuf2->nobj != 0 && work.nfull.load(std::memory_order_relaxed) == 0) {
    putfull(wbuf2);
    wbuf2 = getempty();
  }
}

void gcWork::dispose() {
  for (workbuf** b : {&wbuf1, &wbuf2}) {
    if (*b == nullptr) continue;
    if ((*b)->nobj != 0) {
      putfull(*b);
    } else {
      putempty(*b);
    }
    *b = nullptr;
  }
  if (bytesMarked != 0) work.bytesMarked.fetch_add(bytesMarked, std::memory_order_relaxed);
  if (scanWork != 0) work.scanWork.fetch_add(scanWork, std::memory_order_relaxed);
  bytesMarked = 0;
  scanWork = 0;
}

}  // namespace runtime
