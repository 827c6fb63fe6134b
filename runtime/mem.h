// mem.h — the runtime's view of the OS's address space (Go's mem.go / mem_linux.go).
//
// Memory moves through Go's four states:
//   None      unreserved, unmapped
//   Reserved  owned by the runtime, PROT_NONE; touching it faults (sysReserve)
//   Prepared  mapped read/write but not backed (sysMap), or released back to the OS with
//             MADV_DONTNEED (sysUnused); reads as zero
//   Ready     in use (sysUsed is a no-op on Linux: the first touch faults the page in)
// sysAlloc goes from None to Ready in one step, for runtime metadata.
//
// A sysMemStat counts the bytes a component holds in the Ready/Prepared states; the
// MemStats *Sys fields are sums of them.
#pragma once

#include <atomic>
#include <cstdint>

namespace runtime {

struct sysMemStat {
  std::atomic<uint64_t> v{0};
  void add(int64_t n) { v.fetch_add(uint64_t(n), std::memory_order_relaxed); }
  uint64_t load() const { return v.load(std::memory_order_relaxed); }
};

// physPageSize is the OS page size, set by mallocinit.
extern uintptr_t physPageSize;

// sysAlloc returns n bytes of zeroed, ready memory, or null when the OS refuses.
void* sysAlloc(uintptr_t n, sysMemStat* stat);
// sysFree returns memory obtained from sysAlloc.
void sysFree(void* v, uintptr_t n, sysMemStat* stat);
// sysReserve reserves n bytes of address space, at v if the OS agrees (v is a hint),
// without backing it. Returns null when the OS refuses.
void* sysReserve(void* v, uintptr_t n);
// sysReserveAligned reserves n bytes aligned to align anywhere in the address space.
void* sysReserveAligned(uintptr_t n, uintptr_t align);
// sysMap makes reserved memory [v, v+n) usable (Prepared). When the OS refuses with
// ENOMEM the program dies with Go's "fatal error: runtime: out of memory".
void sysMap(void* v, uintptr_t n, sysMemStat* stat);
// sysUnused returns the pages of [v, v+n) to the OS; they read as zero afterwards.
void sysUnused(void* v, uintptr_t n);
// sysUsed notes that [v, v+n) is in use again (nothing to do on Linux).
inline void sysUsed(void*, uintptr_t) {}

}  // namespace runtime
