// mgcscavenge.h — the scavenger (Go's mgcscavenge.go): returns free heap pages to the
// OS with madvise(MADV_DONTNEED), so the process's resident memory shrinks after the
// heap does.
//
// Policy: a background thread wakes every `period`, and whenever a sweep finishes. It
// first releases free pages (any, from the highest address down) until the heap keeps
// at most 10% more than the pacer's goal and the runtime's memory stays under 95% of
// GOMEMLIMIT (Go 1.19's two scavenger goals); then it releases the free pages that
// have stayed free for at least `idle` (each page carries the time it was freed;
// mpagealloc.h), walking the heap from its highest address down. Freed pages are thus
// not released at once — a program that frees and reallocates keeps its pages — but
// they do not stay resident forever. scavengeAll releases every free page now (what
// debug.FreeOSMemory does after its GC).
//
// Invariants: pages being released are taken out of the page allocator (marked in use)
// while madvise runs without mheap_.lock, then put back as free and scavenged;
// heapFree/heapReleased move by exactly the released bytes. Released pages read as
// zero, which is what lets allocSpan skip zeroing them.
#pragma once

#include <cstdint>

namespace runtime {

inline constexpr int64_t defaultScavengeIdleNs = 5'000'000'000;    // 5 s
inline constexpr int64_t defaultScavengePeriodNs = 1'000'000'000;  // 1 s

// scavengerStart starts the background scavenger thread (once; schedinit calls it).
void scavengerStart();
// scavengerSetParams changes how long a page must stay free before the background
// scavenger releases it, and how often it looks; it wakes the scavenger.
void scavengerSetParams(int64_t idleNs, int64_t periodNs);
// scavengerReady wakes the background scavenger (e.g. when a sweep completes).
void scavengerReady();
// scavengerReleasedBytes is the total the background scavenger has released.
uint64_t scavengerReleasedBytes();

// scavenge releases free pages to the OS — only those idle for idleNs when idleOnly —
// until at least maxBytes are released, and returns the bytes released.
uintptr_t scavenge(bool idleOnly, int64_t idleNs, uintptr_t maxBytes = ~uintptr_t(0));
// scavengeAll releases every free page now and returns the bytes released.
uintptr_t scavengeAll();

}  // namespace runtime
