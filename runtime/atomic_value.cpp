// atomic_value.cpp — the word-level operations behind sync/atomic.Value
// (stdlib/sync/atomic/value.go holds the logic and the panics).
//
// A Value is {typ, data}, an interface{} laid out as Go lays it out. Invariants, as in
// Go's value.go: typ goes once from null to firstStoreInProgress (the first storer won
// the CAS) and then to the stored type, and never changes again; data is written
// before typ is published, so a reader that sees a type sees a valid data word. Only
// data changes afterwards, atomically. Writes of data shade the old and the new
// pointer while the write barrier is on (Go's atomicwb): the Value may be in an object
// the collector has already scanned.
#include "abi.h"
#include "mbarrier.h"
#include "panic.h"

#include <sched.h>

#include <atomic>
#include <cstdint>

namespace {

struct Value {
  std::atomic<uintptr_t> typ;
  std::atomic<void*> data;
};
static_assert(sizeof(Value) == 16);

// typ while the first Store is publishing the value (a static address: never a heap
// pointer, so the collector ignores it).
const char firstStoreInProgress = 0;
uintptr_t inProgress() {
  return reinterpret_cast<uintptr_t>(&firstStoreInProgress);
}

// A nil *Value: Go's nil dereference panic (the fault Go's own code would take).
Value* check(Value* v) {
  if (v == nullptr) runtime::panicmem(0);
  return v;
}

void barrier(Value* v, void* nw) {
  if (runtime::writeBarrierEnabled()) {
    runtime::shade(reinterpret_cast<uintptr_t>(v->data.load()));
    runtime::shade(reinterpret_cast<uintptr_t>(nw));
  }
}

}  // namespace

extern "C" {
uintptr_t atomic_valueType(Value* v) __asm__("\"sync/atomic.valueType\"");
uintptr_t atomic_efaceType(const runtime::_type* t,
                           void* data) __asm__("\"sync/atomic.efaceType\"");
runtime::GoEface atomic_valueLoad(Value* v) __asm__("\"sync/atomic.valueLoad\"");
bool atomic_valueStoreFirst(Value* v, const runtime::_type* t,
                            void* data) __asm__("\"sync/atomic.valueStoreFirst\"");
void atomic_valueStoreData(Value* v, const runtime::_type* t,
                           void* data) __asm__("\"sync/atomic.valueStoreData\"");
runtime::GoEface atomic_valueSwapData(Value* v, const runtime::_type* t,
                                      void* data) __asm__("\"sync/atomic.valueSwapData\"");
bool atomic_valueCASData(Value* v, const runtime::_type* ot, void* old, const runtime::_type* nt,
                         void* nw) __asm__("\"sync/atomic.valueCASData\"");
}

// The stored type (0: none yet), waiting out a first store in progress.
uintptr_t atomic_valueType(Value* v) {
  check(v);
  for (;;) {
    uintptr_t t = v->typ.load();
    if (t != inProgress()) return t;
    sched_yield();
  }
}

uintptr_t atomic_efaceType(const runtime::_type* t, void*) {
  return reinterpret_cast<uintptr_t>(t);
}

runtime::GoEface atomic_valueLoad(Value* v) {
  check(v);
  uintptr_t t = v->typ.load();
  if (t == 0 || t == inProgress()) return {nullptr, nullptr};
  return {reinterpret_cast<const runtime::_type*>(t), v->data.load()};
}

// The first store: reports false if another one got there first.
bool atomic_valueStoreFirst(Value* v, const runtime::_type* t, void* data) {
  check(v);
  uintptr_t none = 0;
  if (!v->typ.compare_exchange_strong(none, inProgress())) return false;
  barrier(v, data);
  v->data.store(data);
  v->typ.store(reinterpret_cast<uintptr_t>(t));
  return true;
}

// Store, Swap and CompareAndSwap of the data word (the type is already v's).
void atomic_valueStoreData(Value* v, const runtime::_type*, void* data) {
  check(v);
  barrier(v, data);
  v->data.store(data);
}

runtime::GoEface atomic_valueSwapData(Value* v, const runtime::_type*, void* data) {
  check(v);
  barrier(v, data);
  void* old = v->data.exchange(data);
  return {reinterpret_cast<const runtime::_type*>(v->typ.load()), old};
}

bool atomic_valueCASData(Value* v, const runtime::_type*, void* old, const runtime::_type*,
                         void* nw) {
  check(v);
  barrier(v, nw);
  return v->data.compare_exchange_strong(old, nw);
}
