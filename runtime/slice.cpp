// slice.cpp — slices for compiled code (Go's slice.go): makeslice allocates the
// backing array of make([]T, len, cap) with Go's checks and panic messages.
#include "malloc.h"
#include "panic.h"
#include "type.h"

#define RT_ENTRY(name) __asm__("runtime." #name)

using runtime::_type;

namespace {

// Largest allocation Go permits on amd64 (maxAlloc = 1<<48).
constexpr uint64_t maxAlloc = uint64_t(1) << 48;

}  // namespace

extern "C" void* rt_makeslice(const _type* et, int64_t len, int64_t cap) RT_ENTRY(makeslice);

void* rt_makeslice(const _type* et, int64_t len, int64_t cap) {
  uint64_t size = et->size;
  auto tooBig = [&](int64_t n) { return n < 0 || (size != 0 && uint64_t(n) > maxAlloc / size); };
  if (tooBig(cap) || len > cap) {
    // Go reports the length first when both are wrong.
    if (tooBig(len)) runtime::panicRuntimeError("makeslice: len out of range");
    runtime::panicRuntimeError("makeslice: cap out of range");
  }
  return runtime::mallocgc(size * uint64_t(cap), et, true);
}
