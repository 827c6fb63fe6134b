// persistentalloc.h — memory for runtime metadata that is never freed (Go's
// persistentalloc in malloc.go): mcaches, Ps, fixalloc chunks, page-allocator chunk
// data, span-set blocks. It is not Go heap: nothing here is scanned or swept.
//
// Invariants: the result is zeroed and aligned to align (a power of two, at most 4096);
// blocks of more than 64 KB come straight from the OS. Thread-safe (one global lock).
#pragma once

#include "mem.h"

#include <cstdint>

namespace runtime {

void* persistentalloc(uintptr_t size, uintptr_t align, sysMemStat* stat);

}  // namespace runtime
