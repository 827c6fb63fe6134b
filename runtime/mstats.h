// mstats.h — memory statistics (Go's mstats.go): the allocator's counters, and
// MemStats, laid out exactly as Go 1.19's runtime.MemStats so that
// runtime.ReadMemStats can fill a Go value directly.
//
// Counting (as Go 1.19): small objects are counted per span when the span leaves an
// mcache (so the fast path touches no counter), tiny allocations when the tiny
// span is refilled or flushed, large objects at allocation; frees when sweeping.
// Heap memory is in exactly one of three states: in use (in an in-use span), free
// (in the page allocator, backed by RAM), released (in the page allocator, returned
// to the OS or never touched). The *_sys counters are the bytes of OS memory each part
// of the runtime holds.
//
// Invariants: counters only grow except heapInUse/heapFree/heapReleased and the
// *_inuse gauges; readmemstats' numbers are exact when no thread is allocating (Go
// stops the world for ReadMemStats; the collector issue will too).
#pragma once

#include "mem.h"
#include "sizeclasses.h"

#include <atomic>
#include <cstdint>

namespace runtime {

struct mstats {
  // Allocation and free counts.
  std::atomic<uint64_t> smallAllocCount[_NumSizeClasses];
  std::atomic<uint64_t> smallFreeCount[_NumSizeClasses];
  std::atomic<uint64_t> largeAlloc;  // bytes
  std::atomic<uint64_t> largeAllocCount;
  std::atomic<uint64_t> largeFree;  // bytes
  std::atomic<uint64_t> largeFreeCount;
  std::atomic<uint64_t> tinyAllocCount;

  // Heap memory by state (bytes), changed under mheap_.lock.
  std::atomic<uint64_t> heapInUse;
  std::atomic<uint64_t> heapFree;
  std::atomic<uint64_t> heapReleased;

  // OS memory held by runtime structures.
  sysMemStat stacks_sys;
  sysMemStat mspan_sys;
  sysMemStat mcache_sys;
  sysMemStat buckhash_sys;
  sysMemStat gcMiscSys;
  sysMemStat other_sys;
  std::atomic<uint64_t> mspan_inuse;
  std::atomic<uint64_t> mcache_inuse;

  // The collector's (mgc.cpp), written at the end of each cycle.
  std::atomic<uint32_t> numgc;
  std::atomic<uint32_t> numforcedgc;
  std::atomic<uint64_t> pauseTotalNs;
  std::atomic<uint64_t> lastGC;  // Unix time in ns
  uint64_t pauseNs[256];         // circular, the last at (numgc-1) % 256
  uint64_t pauseEnd[256];
};

extern mstats memstats;

// Go 1.19's runtime.MemStats, field for field.
struct MemStats {
  uint64_t Alloc;
  uint64_t TotalAlloc;
  uint64_t Sys;
  uint64_t Lookups;
  uint64_t Mallocs;
  uint64_t Frees;
  uint64_t HeapAlloc;
  uint64_t HeapSys;
  uint64_t HeapIdle;
  uint64_t HeapInuse;
  uint64_t HeapReleased;
  uint64_t HeapObjects;
  uint64_t StackInuse;
  uint64_t StackSys;
  uint64_t MSpanInuse;
  uint64_t MSpanSys;
  uint64_t MCacheInuse;
  uint64_t MCacheSys;
  uint64_t BuckHashSys;
  uint64_t GCSys;
  uint64_t OtherSys;
  uint64_t NextGC;
  uint64_t LastGC;
  uint64_t PauseTotalNs;
  uint64_t PauseNs[256];
  uint64_t PauseEnd[256];
  uint32_t NumGC;
  uint32_t NumForcedGC;
  double GCCPUFraction;
  bool EnableGC;
  bool DebugGC;
  // BySize reports per-size class allocation statistics; as in Go it stops at 61
  // entries (classes 0..60); sizeClassStats gives all 68.
  struct BySizeEntry {
    uint32_t Size;
    uint64_t Mallocs;
    uint64_t Frees;
  } BySize[61];
};

static_assert(sizeof(MemStats) == 5776, "Go 1.19's unsafe.Sizeof(runtime.MemStats{})");
static_assert(offsetof(MemStats, NumGC) == 4288);
static_assert(offsetof(MemStats, GCCPUFraction) == 4296);
static_assert(offsetof(MemStats, EnableGC) == 4304);
static_assert(offsetof(MemStats, BySize) == 4312);

// readmemstats fills *m. It first flushes every mcache (flushallmcaches), so call it
// with no other thread allocating — the world stopped, in Go's terms.
void readmemstats(MemStats* m);

// sizeClassStats gives Mallocs and Frees of every size class, 0..67 (class 0 = large).
void sizeClassStats(uint64_t mallocs[_NumSizeClasses], uint64_t frees[_NumSizeClasses]);

// flushallmcaches hands every P's cached spans back to the mcentrals (world stopped).
void flushallmcaches();

}  // namespace runtime
