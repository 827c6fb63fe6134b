// mstats.cpp — see mstats.h.
#include "mstats.h"

#include "stack.h"

#include "mgc.h"
#include "mgcpacer.h"

#include "mcache.h"
#include "mgc.h"
#include "runtime2.h"

#include <cstring>

namespace runtime {

constinit mstats memstats{};

void flushallmcaches() {
  forEachMcache([](mcache* c) { c->releaseAll(); });
}

void sizeClassStats(uint64_t mallocs[_NumSizeClasses], uint64_t frees[_NumSizeClasses]) {
  for (int i = 0; i < _NumSizeClasses; i++) {
    mallocs[i] = memstats.smallAllocCount[i].load(std::memory_order_relaxed);
    frees[i] = memstats.smallFreeCount[i].load(std::memory_order_relaxed);
  }
  mallocs[0] = memstats.largeAllocCount.load(std::memory_order_relaxed);
  frees[0] = memstats.largeFreeCount.load(std::memory_order_relaxed);
}

void readmemstats(MemStats* m) {
  flushallmcaches();
  memset(m, 0, sizeof *m);

  uint64_t totalAlloc = memstats.largeAlloc.load(std::memory_order_relaxed);
  uint64_t nMalloc = memstats.largeAllocCount.load(std::memory_order_relaxed);
  uint64_t totalFree = memstats.largeFree.load(std::memory_order_relaxed);
  uint64_t nFree = memstats.largeFreeCount.load(std::memory_order_relaxed);
  for (int i = 0; i < _NumSizeClasses; i++) {
    uint64_t a = memstats.smallAllocCount[i].load(std::memory_order_relaxed);
    uint64_t f = memstats.smallFreeCount[i].load(std::memory_order_relaxed);
    totalAlloc += a * class_to_size[i];
    nMalloc += a;
    totalFree += f * class_to_size[i];
    nFree += f;
    if (i < 61) {
      m->BySize[i].Size = class_to_size[i];
      m->BySize[i].Mallocs = a;
      m->BySize[i].Frees = f;
    }
  }
  // Tiny allocations count as both allocated and freed, as in Go (their 16-byte
  // blocks are what is counted as objects).
  uint64_t tiny = memstats.tinyAllocCount.load(std::memory_order_relaxed);
  nMalloc += tiny;
  nFree += tiny;

  uint64_t heapInUse = memstats.heapInUse.load(std::memory_order_relaxed);
  uint64_t heapFree = memstats.heapFree.load(std::memory_order_relaxed);
  uint64_t heapReleased = memstats.heapReleased.load(std::memory_order_relaxed);

  m->Alloc = totalAlloc - totalFree;
  m->TotalAlloc = totalAlloc;
  m->Mallocs = nMalloc;
  m->Frees = nFree;
  m->HeapAlloc = totalAlloc - totalFree;
  m->HeapSys = heapInUse + heapFree + heapReleased;
  m->HeapIdle = heapFree + heapReleased;
  m->HeapInuse = heapInUse;
  m->HeapReleased = heapReleased;
  m->HeapObjects = nMalloc - nFree;
  m->StackInuse = stackInuseBytes.load(std::memory_order_relaxed);
  m->StackSys = memstats.stacks_sys.load();
  m->MSpanInuse = memstats.mspan_inuse.load(std::memory_order_relaxed);
  m->MSpanSys = memstats.mspan_sys.load();
  m->MCacheInuse = memstats.mcache_inuse.load(std::memory_order_relaxed);
  m->MCacheSys = memstats.mcache_sys.load();
  m->BuckHashSys = memstats.buckhash_sys.load();
  m->GCSys = memstats.gcMiscSys.load();
  m->OtherSys = memstats.other_sys.load();
  m->Sys = m->HeapSys + m->StackSys + m->MSpanSys + m->MCacheSys + m->BuckHashSys + m->GCSys +
           m->OtherSys;
  m->EnableGC = true;
  // The collector's figures.
  m->NextGC = gcController.heapGoal.load(std::memory_order_relaxed);
  if (m->NextGC == ~uint64_t(0)) m->NextGC = 0;
  m->LastGC = memstats.lastGC.load();
  m->PauseTotalNs = memstats.pauseTotalNs.load();
  for (int i = 0; i < 256; i++) {
    m->PauseNs[i] = memstats.pauseNs[i];
    m->PauseEnd[i] = memstats.pauseEnd[i];
  }
  m->NumGC = memstats.numgc.load();
  m->NumForcedGC = memstats.numforcedgc.load();
  m->GCCPUFraction = gcCPUFraction();
}

}  // namespace runtime
