// mem_linux.cpp — mmap/madvise behind mem.h. Failures that Go treats as fatal are fatal
// here too, with Go's messages; the other calls report failure to the caller.
#include "mem.h"

#include "panic.h"
#include "print.h"

#include <sys/mman.h>

#include <cerrno>

namespace runtime {

uintptr_t physPageSize;

void* sysAlloc(uintptr_t n, sysMemStat* stat) {
  void* p = mmap(nullptr, n, PROT_READ | PROT_WRITE, MAP_ANONYMOUS | MAP_PRIVATE, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  if (stat != nullptr) stat->add(int64_t(n));
  return p;
}

void sysFree(void* v, uintptr_t n, sysMemStat* stat) {
  if (stat != nullptr) stat->add(-int64_t(n));
  munmap(v, n);
}

void* sysReserve(void* v, uintptr_t n) {
  void* p = mmap(v, n, PROT_NONE, MAP_ANONYMOUS | MAP_PRIVATE | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  return p;
}

void* sysReserveAligned(uintptr_t n, uintptr_t align) {
  // Over-reserve, then trim the unaligned head and the tail.
  uintptr_t retry = n + align;
  void* p = sysReserve(nullptr, retry);
  if (p == nullptr) return nullptr;
  uintptr_t base = uintptr_t(p);
  uintptr_t aligned = (base + align - 1) & ~(align - 1);
  if (aligned > base) munmap(p, aligned - base);
  uintptr_t end = base + retry;
  if (end > aligned + n) munmap(reinterpret_cast<void*>(aligned + n), end - (aligned + n));
  return reinterpret_cast<void*>(aligned);
}

void sysMap(void* v, uintptr_t n, sysMemStat* stat) {
  void* p = mmap(v, n, PROT_READ | PROT_WRITE, MAP_ANONYMOUS | MAP_FIXED | MAP_PRIVATE, -1, 0);
  int err = p == MAP_FAILED ? errno : 0;
  if (err == ENOMEM) throw_("runtime: out of memory");
  if (p != v) {
    printlock();
    printcstr("runtime: mmap(");
    printpointer(v);
    printcstr(", ");
    printuint(n);
    printcstr(") returned ");
    printpointer(p);
    printcstr(", ");
    printint(err);
    printnl();
    printunlock();
    throw_("runtime: cannot map pages in arena address space");
  }
  if (stat != nullptr) stat->add(int64_t(n));
}

void sysUnused(void* v, uintptr_t n) {
  madvise(v, n, MADV_DONTNEED);
}

}  // namespace runtime
