// gcbits.cpp — the gcBits arenas (see gcbits.h).
#include "gcbits.h"

#include "lock.h"
#include "mem.h"
#include "mstats.h"
#include "panic.h"

#include <atomic>
#include <cstring>

namespace runtime {

namespace {

constexpr uintptr_t gcBitsChunkBytes = 64 << 10;

struct gcBitsArena {
  std::atomic<uintptr_t> free;  // index into bits of the next free byte
  gcBitsArena* next;
  uint8_t bits[gcBitsChunkBytes - 16];
};
static_assert(sizeof(gcBitsArena) == gcBitsChunkBytes);

struct {
  mutex lock;
  gcBitsArena* free;
  std::atomic<gcBitsArena*> next;  // read without the lock; written under it
  gcBitsArena* current;
  gcBitsArena* previous;
} gcBitsArenas;

uint8_t* tryAlloc(gcBitsArena* b, uintptr_t bytes) {
  if (b == nullptr || b->free.load(std::memory_order_relaxed) + bytes > sizeof b->bits) {
    return nullptr;
  }
  uintptr_t end = b->free.fetch_add(bytes, std::memory_order_relaxed) + bytes;
  if (end > sizeof b->bits) return nullptr;
  return &b->bits[end - bytes];
}

// newArenaMayUnlock returns a fresh, zeroed arena; it may drop gcBitsArenas.lock while
// asking the OS for memory.
gcBitsArena* newArenaMayUnlock() {
  gcBitsArena* result;
  if (gcBitsArenas.free == nullptr) {
    unlock(&gcBitsArenas.lock);
    result = static_cast<gcBitsArena*>(sysAlloc(gcBitsChunkBytes, &memstats.gcMiscSys));
    if (result == nullptr) throw_("runtime: cannot allocate memory");
    lock(&gcBitsArenas.lock);
  } else {
    result = gcBitsArenas.free;
    gcBitsArenas.free = result->next;
    memset(static_cast<void*>(result), 0, gcBitsChunkBytes);
  }
  result->next = nullptr;
  result->free.store(0, std::memory_order_relaxed);
  return result;
}

}  // namespace

uint8_t* newMarkBits(uintptr_t nelems) {
  uintptr_t bytesNeeded = (nelems + 63) / 64 * 8;
  // Fast path: bump the current arena without the lock.
  if (uint8_t* p = tryAlloc(gcBitsArenas.next.load(std::memory_order_acquire), bytesNeeded)) {
    return p;
  }
  lock(&gcBitsArenas.lock);
  if (uint8_t* p = tryAlloc(gcBitsArenas.next.load(std::memory_order_relaxed), bytesNeeded)) {
    unlock(&gcBitsArenas.lock);
    return p;
  }
  gcBitsArena* fresh = newArenaMayUnlock();
  // Another thread may have installed an arena while the lock was dropped.
  if (uint8_t* p = tryAlloc(gcBitsArenas.next.load(std::memory_order_relaxed), bytesNeeded)) {
    fresh->next = gcBitsArenas.free;
    gcBitsArenas.free = fresh;
    unlock(&gcBitsArenas.lock);
    return p;
  }
  uint8_t* p = tryAlloc(fresh, bytesNeeded);
  if (p == nullptr) throw_("markBits overflow");
  fresh->next = gcBitsArenas.next.load(std::memory_order_relaxed);
  gcBitsArenas.next.store(fresh, std::memory_order_release);
  unlock(&gcBitsArenas.lock);
  return p;
}

uint8_t* newAllocBits(uintptr_t nelems) {
  return newMarkBits(nelems);
}

void newSpanBits(uintptr_t nelems, uint8_t** markBits, uint8_t** allocBits) {
  // One bump of twice the size (one atomic add instead of two).
  uintptr_t bytes = (nelems + 63) / 64 * 8;
  uint8_t* p = newMarkBits(2 * bytes * 8);
  *markBits = p;
  *allocBits = p + bytes;
}

void nextMarkBitArenaEpoch() {
  lockGuard g(&gcBitsArenas.lock);
  if (gcBitsArenas.previous != nullptr) {
    // Retire the arenas of two epochs ago.
    gcBitsArena* last = gcBitsArenas.previous;
    while (last->next != nullptr) last = last->next;
    last->next = gcBitsArenas.free;
    gcBitsArenas.free = gcBitsArenas.previous;
  }
  gcBitsArenas.previous = gcBitsArenas.current;
  gcBitsArenas.current = gcBitsArenas.next.load(std::memory_order_relaxed);
  gcBitsArenas.next.store(nullptr, std::memory_order_release);
}

}  // namespace runtime
