// mgcwork.h — the mark work queue (Go's mgcwork.go): grey objects waiting to be
// scanned.
//
// A grey object is one that is marked but whose pointers have not been followed yet.
// Each marker (a P — its background mark worker, or its goroutine doing assists or
// write barriers —, the controller marking roots) owns a gcWork: two workbufs of object
// addresses used as a stack, so that most puts and gets touch no shared state. Full
// buffers go to the global full list and empty ones come from the global empty list
// (work.full / work.empty, under one lock); dispose() hands a gcWork's buffers back.
//
// Marking is done when the global full list is empty and every gcWork is empty — the
// controller checks that with the world stopped (mark termination), after the
// workers went idle.
//
// Invariants: a workbuf is on at most one list or owned by at most one gcWork; the
// lists hold only non-empty (full list) or empty (empty list) buffers.
#pragma once

#include "lock.h"

#include <atomic>
#include <cstdint>

namespace runtime {

struct workbuf {
  workbuf* next;
  uintptr_t nobj;
  uintptr_t obj[(4096 - 16) / 8];
  static constexpr uintptr_t capacity = (4096 - 16) / 8;
};

struct gcWork {
  workbuf* wbuf1 = nullptr;  // the current buffer (puts and gets go here first)
  workbuf* wbuf2 = nullptr;  // a second one, so a get/put pair at a boundary does not thrash
  // Statistics, flushed into the cycle's totals by dispose().
  uint64_t bytesMarked = 0;  // bytes of objects this gcWork marked
  uint64_t scanWork = 0;     // bytes this gcWork scanned (the pacer's unit of mark work)

  void put(uintptr_t obj);
  // tryGet pops an object to scan; false when neither local buffers nor the global
  // list have any.
  bool tryGet(uintptr_t* obj);
  // tryGetLocal pops only from the local buffers.
  bool tryGetLocal(uintptr_t* obj);
  bool empty() const;
  // dispose returns the buffers (non-empty ones to the full list) and adds the
  // statistics to the cycle's totals.
  void dispose();
  // balance hands one buffer to the global list when this gcWork holds plenty and the
  // list is empty, so that idle workers can help.
  void balance();
};

struct workState {
  mutex lock;
  workbuf* full = nullptr;
  workbuf* emptyList = nullptr;
  std::atomic<uintptr_t> nfull{0};
  // Totals of the cycle in progress (dispose adds to them).
  std::atomic<uint64_t> bytesMarked{0};
  std::atomic<uint64_t> scanWork{0};
};

extern workState work;

// getempty returns an empty workbuf (from the empty list, or freshly allocated).
workbuf* getempty();
void putfull(workbuf* b);
void putempty(workbuf* b);
// trygetfull takes a full workbuf off the global list (null when there is none).
workbuf* trygetfull();

}  // namespace runtime
