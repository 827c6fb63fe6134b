// alg.h — hashing for maps and interface values (Go's alg.go, hash64.go), and the
// per-thread fast random numbers the map uses (Go's fastrand).
//
// Every hash function has the C ABI `uintptr_t f(const void* p, uintptr_t seed)`: it hashes
// the value at p. Type descriptors and maptype::hasher point at them through their
// runtime.* symbols; compiler-generated hashers for structs and arrays combine them and
// call runtime.memhash for runs of plain memory.
//
// Invariants:
//   - The bytes are hashed by xxHash (XXH3, 64-bit) keyed with seed ^ a process-wide key
//     drawn from getrandom at start-up, so hashes differ between runs and between maps
//     (each map has its own seed).
//   - Values that are equal by the type's `equal` hash equal: +0 and -0 hash as +0; a
//     string hashes its bytes, not its pointer; an interface hashes its dynamic value with
//     the dynamic type's hasher (nil hashes to the seed).
//   - NaN != NaN, so a NaN gets a random hash: each insert of a NaN key adds a new entry
//     and such chains do not pile up in one bucket.
//   - A type is hashable exactly when its `equal` is non-null and typehash finds a hasher
//     for it; hashing an interface holding anything else panics with Go's text
//     "runtime error: hash of unhashable type T".
#pragma once

#include "type.h"

#include <cstdint>

extern "C" {
// runtime.memhash(p, seed, size): the hash of size bytes at p.
uintptr_t rt_memhash(const void* p, uintptr_t seed, uintptr_t size) __asm__("runtime.memhash");
uintptr_t rt_memhash0(const void* p, uintptr_t seed) __asm__("runtime.memhash0");
uintptr_t rt_memhash8(const void* p, uintptr_t seed) __asm__("runtime.memhash8");
uintptr_t rt_memhash16(const void* p, uintptr_t seed) __asm__("runtime.memhash16");
uintptr_t rt_memhash32(const void* p, uintptr_t seed) __asm__("runtime.memhash32");
uintptr_t rt_memhash64(const void* p, uintptr_t seed) __asm__("runtime.memhash64");
uintptr_t rt_memhash128(const void* p, uintptr_t seed) __asm__("runtime.memhash128");
// p points to a string header {ptr, len}.
uintptr_t rt_strhash(const void* p, uintptr_t seed) __asm__("runtime.strhash");
uintptr_t rt_f32hash(const void* p, uintptr_t seed) __asm__("runtime.f32hash");
uintptr_t rt_f64hash(const void* p, uintptr_t seed) __asm__("runtime.f64hash");
uintptr_t rt_c64hash(const void* p, uintptr_t seed) __asm__("runtime.c64hash");
uintptr_t rt_c128hash(const void* p, uintptr_t seed) __asm__("runtime.c128hash");
// p points to an eface {_type*, data}.
uintptr_t rt_nilinterhash(const void* p, uintptr_t seed) __asm__("runtime.nilinterhash");
// p points to an iface {itab*, data}; the itab's second word is the dynamic _type*.
uintptr_t rt_interhash(const void* p, uintptr_t seed) __asm__("runtime.interhash");
}

namespace runtime {

// typehash returns the hash function for values of type t, or null when t is not
// hashable (t->equal is null). Structs and arrays use the hasher the compiler emitted
// in their descriptor (structtype::hasher, arraytype::hasher).
// Scalars hash by size (memhash8..128), floats and complexes by value (+0 == -0),
// strings by content, interfaces by their dynamic value; an empty interface is told
// from a non-empty one by its equal function (nilinterequal vs interequal).
hasherFunc typehash(const _type* t);

// panicUnhashable panics with "runtime error: hash of unhashable type <t>".
[[noreturn]] void panicUnhashable(const _type* t);

// fastrand / fastrand64 / fastrandn: cheap per-thread pseudo-random numbers (wyrand),
// seeded from the process key and a per-thread counter on a thread's first use. Not for
// cryptography; used for map seeds, iteration starting points and NaN hashes.
uint32_t fastrand();
uint64_t fastrand64();
// fastrandn returns a number in [0, n).
inline uint32_t fastrandn(uint32_t n) {
  return uint32_t((uint64_t(fastrand()) * n) >> 32);
}

}  // namespace runtime
