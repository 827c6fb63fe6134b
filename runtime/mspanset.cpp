// mspanset.cpp — spanSet (see mspanset.h).
#include "mspanset.h"

#include "mem.h"
#include "mstats.h"
#include "panic.h"

#include <cstring>

namespace runtime {

void spanSet::push(mspan* s) {
  lockGuard g(&lock);
  uintptr_t n = len.load(std::memory_order_relaxed);
  if (n == cap) {
    uintptr_t ncap = cap == 0 ? 512 : cap * 2;  // 4 KB to start
    auto* na = static_cast<mspan**>(sysAlloc(ncap * sizeof(mspan*), &memstats.gcMiscSys));
    if (na == nullptr) throw_("runtime: cannot allocate memory");
    if (spans != nullptr) {
      memcpy(static_cast<void*>(na), spans, n * sizeof(mspan*));
      sysFree(spans, cap * sizeof(mspan*), &memstats.gcMiscSys);
    }
    spans = na;
    cap = ncap;
  }
  spans[n] = s;
  len.store(n + 1, std::memory_order_relaxed);
}

mspan* spanSet::pop() {
  if (empty()) return nullptr;
  lockGuard g(&lock);
  uintptr_t n = len.load(std::memory_order_relaxed);
  if (n == 0) return nullptr;
  len.store(n - 1, std::memory_order_relaxed);
  return spans[n - 1];
}

void spanSet::reset() {
  if (empty()) return;
  lockGuard g(&lock);
  len.store(0, std::memory_order_relaxed);
}

uintptr_t spanSet::size() {
  return len.load(std::memory_order_relaxed);
}

}  // namespace runtime
