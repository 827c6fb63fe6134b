// alg.cpp — the hash functions type descriptors point to (Go's alg.go), built on xxHash
// (XXH3), and the per-thread fast random generator (Go's fastrand, wyrand).
//
// Invariants (see alg.h): equal values hash equal under one seed; the byte hash is keyed
// by the seed and by hashkey, a process-wide random key read from getrandom before any
// other initialiser of the runtime runs; NaNs hash randomly.
#include "alg.h"

#include "panic.h"

#include <sys/random.h>
#include <xxhash.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <ctime>

extern "C" {
// Equality functions of iface.cpp: they tell an empty interface type from a non-empty
// one, and plain-memory types whose hash is a memhash of their size.
bool rt_memequal0(const void*, const void*) __asm__("runtime.memequal0");
bool rt_memequal8(const void*, const void*) __asm__("runtime.memequal8");
bool rt_memequal16(const void*, const void*) __asm__("runtime.memequal16");
bool rt_memequal32(const void*, const void*) __asm__("runtime.memequal32");
bool rt_memequal64(const void*, const void*) __asm__("runtime.memequal64");
bool rt_memequal128(const void*, const void*) __asm__("runtime.memequal128");
bool rt_nilinterequal(const void*, const void*) __asm__("runtime.nilinterequal");
bool rt_interequal(const void*, const void*) __asm__("runtime.interequal");
}

namespace runtime {

namespace {

uint64_t readRandomKey() {
  uint64_t k = 0;
  if (getrandom(&k, sizeof k, 0) != ssize_t(sizeof k)) {
    // No entropy source: fall back to the clock and an address (ASLR), as Go does
    // when /dev/urandom is unreadable.
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    k = uint64_t(ts.tv_nsec) * 0x9E3779B97F4A7C15ull ^ uint64_t(uintptr_t(&ts));
  }
  return k | 1;
}

// hashkey keys every byte hash of the process. Set by a constructor of the highest
// priority, before any C++ static initialiser could hash.
constinit uint64_t hashkey = 0;

__attribute__((constructor(101))) void initHashkey() {
  hashkey = readRandomKey();
}

// Threads get distinct fastrand streams: the n-th thread to draw starts at
// hashkey-derived state + n * a large odd constant.
std::atomic<uint64_t> fastrandThreads{0};
constinit thread_local uint64_t fastrandState __attribute__((tls_model("initial-exec"))) = 0;

inline uintptr_t hashBytes(const void* p, size_t n, uintptr_t seed) {
  return uintptr_t(XXH3_64bits_withSeed(p, n, XXH64_hash_t(seed ^ hashkey)));
}

// The hash of a NaN: random, so that NaN keys spread over the buckets.
inline uintptr_t nanHash(uintptr_t seed) {
  uint64_t r = fastrand64();
  return hashBytes(&r, sizeof r, seed);
}

}  // namespace

uint64_t fastrand64() {
  uint64_t s = fastrandState;
  if (__builtin_expect(s == 0, 0)) {
    uint64_t n = fastrandThreads.fetch_add(1, std::memory_order_relaxed) + 1;
    s = XXH3_64bits_withSeed(&n, sizeof n, hashkey);
  }
  // wyrand: a Weyl sequence mixed by a 64x64->128 multiply.
  s += 0xa0761d6478bd642full;
  fastrandState = s;
  unsigned __int128 m = (unsigned __int128)s * (s ^ 0xe7037ed1a0b428dbull);
  return uint64_t(m >> 64) ^ uint64_t(m);
}

uint32_t fastrand() {
  return uint32_t(fastrand64());
}

[[noreturn]] void panicUnhashable(const _type* t) {
  panicRuntimeErrorType("hash of unhashable type ", t);
}

hasherFunc typehash(const _type* t) {
  if (t == nullptr || t->equal == nullptr) return nullptr;
  // Plain memory compared bytewise hashes bytewise, whatever its kind.
  auto eq = t->equal;
  if (eq == rt_memequal0) return rt_memhash0;
  if (eq == rt_memequal8) return rt_memhash8;
  if (eq == rt_memequal16) return rt_memhash16;
  if (eq == rt_memequal32) return rt_memhash32;
  if (eq == rt_memequal64) return rt_memhash64;
  if (eq == rt_memequal128) return rt_memhash128;
  switch (t->kindOf()) {
    case kindBool:
    case kindInt:
    case kindInt8:
    case kindInt16:
    case kindInt32:
    case kindInt64:
    case kindUint:
    case kindUint8:
    case kindUint16:
    case kindUint32:
    case kindUint64:
    case kindUintptr:
    case kindChan:
    case kindPtr:
    case kindUnsafePointer:
      switch (t->size) {
        case 0: return rt_memhash0;
        case 1: return rt_memhash8;
        case 2: return rt_memhash16;
        case 4: return rt_memhash32;
        case 8: return rt_memhash64;
        case 16: return rt_memhash128;
        default: return nullptr;
      }
    case kindFloat32: return rt_f32hash;
    case kindFloat64: return rt_f64hash;
    case kindComplex64: return rt_c64hash;
    case kindComplex128: return rt_c128hash;
    case kindString: return rt_strhash;
    case kindInterface:
      if (eq == rt_nilinterequal) return rt_nilinterhash;
      if (eq == rt_interequal) return rt_interhash;
      return nullptr;
    case kindStruct: return reinterpret_cast<const structtype*>(t)->hasher;
    case kindArray: return reinterpret_cast<const arraytype*>(t)->hasher;
    default: return nullptr;  // func, map, slice: not comparable
  }
}

}  // namespace runtime

using runtime::_type;
using runtime::GoEface;
using runtime::GoString;

uintptr_t rt_memhash(const void* p, uintptr_t seed, uintptr_t size) {
  return runtime::hashBytes(p, size, seed);
}
uintptr_t rt_memhash0(const void*, uintptr_t seed) {
  return seed;
}
uintptr_t rt_memhash8(const void* p, uintptr_t seed) {
  return runtime::hashBytes(p, 1, seed);
}
uintptr_t rt_memhash16(const void* p, uintptr_t seed) {
  return runtime::hashBytes(p, 2, seed);
}
uintptr_t rt_memhash32(const void* p, uintptr_t seed) {
  return runtime::hashBytes(p, 4, seed);
}
uintptr_t rt_memhash64(const void* p, uintptr_t seed) {
  return runtime::hashBytes(p, 8, seed);
}
uintptr_t rt_memhash128(const void* p, uintptr_t seed) {
  return runtime::hashBytes(p, 16, seed);
}

uintptr_t rt_strhash(const void* p, uintptr_t seed) {
  auto* s = static_cast<const GoString*>(p);
  return runtime::hashBytes(s->str, size_t(s->len), seed);
}

uintptr_t rt_f32hash(const void* p, uintptr_t seed) {
  float f;
  memcpy(&f, p, sizeof f);
  if (f == 0) {
    const float z = 0;  // +0 and -0 are equal: hash both as +0
    return runtime::hashBytes(&z, sizeof z, seed);
  }
  if (f != f) return runtime::nanHash(seed);
  return runtime::hashBytes(p, 4, seed);
}

uintptr_t rt_f64hash(const void* p, uintptr_t seed) {
  double f;
  memcpy(&f, p, sizeof f);
  if (f == 0) {
    const double z = 0;
    return runtime::hashBytes(&z, sizeof z, seed);
  }
  if (f != f) return runtime::nanHash(seed);
  return runtime::hashBytes(p, 8, seed);
}

uintptr_t rt_c64hash(const void* p, uintptr_t seed) {
  auto* f = static_cast<const float*>(p);
  return rt_f32hash(f + 1, rt_f32hash(f, seed));
}

uintptr_t rt_c128hash(const void* p, uintptr_t seed) {
  auto* f = static_cast<const double*>(p);
  return rt_f64hash(f + 1, rt_f64hash(f, seed));
}

namespace {

// hashDynamic hashes the value an interface holds: its data word itself when the type
// is pointer-shaped (kindDirectIface), else what the data word points to. The dynamic
// type is checked first so that the error names the outermost unhashable type.
uintptr_t hashDynamic(const _type* t, const void* const* data, uintptr_t seed) {
  runtime::hasherFunc h = runtime::typehash(t);
  if (h == nullptr) runtime::panicUnhashable(t);
  const void* v = (t->kind & runtime::kindDirectIface) != 0 ? data : *data;
  // Mix so that an interface holding x does not hash exactly as x does.
  return h(v, seed ^ 0x5bd1e9955bd1e995ull);
}

}  // namespace

uintptr_t rt_nilinterhash(const void* p, uintptr_t seed) {
  auto* e = static_cast<const GoEface*>(p);
  if (e->type == nullptr) return seed;
  return hashDynamic(e->type, &e->data, seed);
}

uintptr_t rt_interhash(const void* p, uintptr_t seed) {
  auto* e = static_cast<const GoEface*>(p);  // {itab*, data}
  if (e->type == nullptr) return seed;
  const _type* dyn = reinterpret_cast<const _type* const*>(e->type)[1];
  return hashDynamic(dyn, &e->data, seed);
}
