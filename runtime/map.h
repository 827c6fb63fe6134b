// map.h — Go's maps (Go's map.go): a hash table of buckets of 8 slots, grown
// incrementally, with randomized iteration order.
//
// A map value is a pointer to an hmap (nil for a nil map). The table is an array of 2^B
// buckets; a bucket holds 8 tophash bytes (the hash's top byte, or a state below
// minTopHash), 8 keys, 8 elements and a pointer to an overflow bucket, laid out as the
// maptype says (keys or elements over 128 bytes are stored as pointers to heap copies).
// The low B bits of a key's hash pick its bucket.
//
// Invariants:
//   - hmap::count is the first field and is len(m); compiled code reads it directly.
//   - Load factor: a write that would make count > 6.5 * 2^B starts a grow to twice the
//     buckets; too many overflow buckets (about as many as buckets) start a same-size
//     grow that packs them. While growing, oldbuckets holds the previous array and every
//     write evacuates the old bucket it touches plus one more (nevacuate counts those
//     done), so the cost of a grow is spread over later writes.
//   - A bucket chain's tophash emptyRest marks that no live slot follows; evacuated old
//     buckets carry evacuatedX/Y/Empty so that readers and iterators find the data.
//   - hashWriting is set in flags for the whole of a write; another access that sees it
//     dies with Go's "concurrent map writes" / "concurrent map read and map write".
//   - Buckets are allocated with the maptype's bucket type (scanned precisely); when the
//     bucket type has no pointers, overflow buckets are kept alive by hmap::extra.
//
// Entry points for compiled code (asm labels runtime.<name>, scalar arguments):
//   void* makemap(const maptype* t, int64_t hint)           -> hmap*
//   void* makemap_small()                                    -> hmap*
//   void* mapaccess1(const maptype* t, void* h, const void* key)
//         -> the element, or a zeroed area of at least elemsize bytes when absent
//   MapAccess2Result mapaccess2(const maptype* t, void* h, const void* key)  -> {elem, ok}
//   void* mapassign(const maptype* t, void* h, const void* key)        -> slot to store
//   void  mapdelete(const maptype* t, void* h, const void* key)
//   void  mapiterinit(const maptype* t, void* h, void* it)   it: zeroed hiter (128 bytes)
//   void  mapiternext(void* it)
//   void  mapclear(const maptype* t, void* h)
#pragma once

#include "type.h"

#include <cstdint>

// mapaccess2's result: two words, returned in RAX:RDX (LLVM: {ptr, i1}; ok is 0 or 1).
struct MapAccess2Result {
  void* elem;  // the element, or a zeroed area of at least elemsize bytes
  bool ok;
};

extern "C" {
void* rt_makemap(const runtime::maptype* t, int64_t hint) __asm__("runtime.makemap");
void* rt_makemap_small() __asm__("runtime.makemap_small");
void* rt_mapaccess1(const runtime::maptype* t, void* h,
                    const void* key) __asm__("runtime.mapaccess1");
MapAccess2Result rt_mapaccess2(const runtime::maptype* t, void* h,
                               const void* key) __asm__("runtime.mapaccess2");
void* rt_mapassign(const runtime::maptype* t, void* h,
                   const void* key) __asm__("runtime.mapassign");
void rt_mapdelete(const runtime::maptype* t, void* h, const void* key) __asm__("runtime.mapdelete");
void rt_mapiterinit(const runtime::maptype* t, void* h, void* it) __asm__("runtime.mapiterinit");
void rt_mapiternext(void* it) __asm__("runtime.mapiternext");
void rt_mapclear(const runtime::maptype* t, void* h) __asm__("runtime.mapclear");
}

namespace runtime {

struct mapextra;
struct PtrVec;

// hmap: a map header. 48 bytes, Go's layout. Allocated with hmapType (its pointer words
// are buckets, oldbuckets and extra).
struct hmap {
  int64_t count;        // live entries == len(m). Must be first.
  uint8_t flags;        // iterator | oldIterator | hashWriting | sameSizeGrow
  uint8_t B;            // log2 of the number of buckets
  uint16_t noverflow;   // approximate count of overflow buckets (see incrnoverflow)
  uint32_t hash0;       // hash seed of this map
  void* buckets;        // 2^B buckets; null while count == 0 and nothing was allocated
  void* oldbuckets;     // the previous half-size (or same-size) array while growing
  uintptr_t nevacuate;  // old buckets below this index are evacuated
  mapextra* extra;      // overflow bookkeeping; may be null
};
static_assert(sizeof(hmap) == 48);

// hiter: the state of a range loop over a map. Compiled code allocates 16 zeroed words
// (on its stack, or on the heap with a type whose first 8 words are pointers) and passes
// their address to mapiterinit/mapiternext; key and elem are the first two words and both
// are null once the iteration is done.
struct hiter {
  void* key;   // current key (null: done)
  void* elem;  // current element
  const maptype* t;
  hmap* h;
  void* buckets;     // bucket array at mapiterinit
  void* bptr;        // current bucket
  PtrVec* overflow;  // keeps overflow buckets alive (pointer-free bucket types)
  PtrVec* oldoverflow;
  uintptr_t startBucket;  // bucket where the iteration started
  uintptr_t bucket;       // next bucket to visit
  uintptr_t checkBucket;  // bucket an old bucket is filtered for (growing), or noCheck
  uint8_t offset;         // slot where the iteration starts in each bucket
  bool wrapped;           // bucket index wrapped around to 0
  uint8_t B;
  uint8_t i;  // next slot in bptr
  uintptr_t reserved[4];
};
static_assert(sizeof(hiter) == 128, "compiled code allocates 16 words for a hiter");
static_assert(alignof(hiter) == 8);

// The C++ side of the entry points (other runtime code: fmt, reflection-like helpers).
// h is the map value (an hmap*, nil for a nil map).
hmap* makemap(const maptype* t, int64_t hint);
void* mapaccess1(const maptype* t, hmap* h, const void* key);
// mapaccessOrNull is mapaccess2 for C++: the element, or null when the key is absent.
void* mapaccessOrNull(const maptype* t, hmap* h, const void* key);
void* mapassign(const maptype* t, hmap* h, const void* key);
void mapdelete(const maptype* t, hmap* h, const void* key);
void mapclear(const maptype* t, hmap* h);
void mapiterinit(const maptype* t, hmap* h, hiter* it);
void mapiternext(hiter* it);

inline int64_t maplen(const hmap* h) {
  return h == nullptr ? 0 : h->count;
}

// mapRange calls fn(key, elem) for each entry, in the randomized order of a range loop,
// until fn returns false. Writing to the map from fn has Go's range semantics.
template <typename F>
void mapRange(const maptype* t, hmap* h, F&& fn) {
  hiter it{};
  for (mapiterinit(t, h, &it); it.key != nullptr; mapiternext(&it)) {
    if (!fn(static_cast<const void*>(it.key), it.elem)) break;
  }
}

// Observers for tests and diagnostics.
inline bool mapGrowing(const hmap* h) {
  return h != nullptr && h->oldbuckets != nullptr;
}

}  // namespace runtime
