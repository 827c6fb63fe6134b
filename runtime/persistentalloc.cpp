// persistentalloc.cpp — a bump allocator over 256 KB chunks from sysAlloc (see
// persistentalloc.h).
#include "persistentalloc.h"

#include "lock.h"
#include "mstats.h"
#include "panic.h"

namespace runtime {

namespace {

constexpr uintptr_t persistentChunkSize = 256 << 10;
constexpr uintptr_t maxBlock = 64 << 10;

struct {
  mutex lock;
  uintptr_t base;
  uintptr_t off;
} persistent;

}  // namespace

void* persistentalloc(uintptr_t size, uintptr_t align, sysMemStat* stat) {
  if (size == 0) throw_("persistentalloc: size == 0");
  if (align == 0) align = 8;
  if ((align & (align - 1)) != 0 || align > 4096)
    throw_("persistentalloc: align is not a power of 2");
  if (size >= maxBlock) {
    void* p = sysAlloc(size, stat);
    if (p == nullptr) throw_("runtime: cannot allocate memory");
    return p;
  }
  lockGuard g(&persistent.lock);
  uintptr_t off = (persistent.off + align - 1) & ~(align - 1);
  if (persistent.base == 0 || off + size > persistentChunkSize) {
    void* chunk = sysAlloc(persistentChunkSize, &memstats.other_sys);
    if (chunk == nullptr) throw_("runtime: cannot allocate memory");
    persistent.base = uintptr_t(chunk);
    off = 0;
  }
  void* p = reinterpret_cast<void*>(persistent.base + off);
  persistent.off = off + size;
  // The chunk was charged to other_sys; move this block's bytes to the caller's stat.
  if (stat != nullptr && stat != &memstats.other_sys) {
    stat->add(int64_t(size));
    memstats.other_sys.add(-int64_t(size));
  }
  return p;
}

}  // namespace runtime
