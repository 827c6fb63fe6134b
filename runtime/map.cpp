// map.cpp — Go's hash maps (Go's map.go): lookup, assignment, deletion, incremental
// growth with evacuation, and randomized iteration that tolerates writes.
//
// Bucket layout (from the maptype, emitted by the compiler):
//   [0, 8)                         tophash[8]: the top byte of each slot's hash, or a state
//   [8, 8 + 8*keysize)             keys (pointers to heap copies when indirectKey)
//   [.., .. + 8*elemsize)          elements (pointers when indirectElem)
//   [bucketsize - 8, bucketsize)   overflow bucket pointer
//
// Invariants (beyond map.h's):
//   - A slot is live when its tophash >= minTopHash; emptyOne is a hole, emptyRest a hole
//     after which the chain holds nothing; evacuatedX/Y/Empty appear only in old buckets
//     and say where a slot's data went (X: same index, Y: index + old bucket count).
//   - An old bucket is evacuated as a whole chain, by the write that touches it or by the
//     one-more-per-write sweep that nevacuate drives; when nevacuate reaches the old count,
//     oldbuckets is dropped and the grow is over.
//   - When the collector cannot see a bucket's overflow pointer (the bucket type has no
//     pointer bit for it), every overflow bucket is also listed in extra->overflow (the
//     current array's) or extra->oldoverflow (the old array's), and an iterator keeps the
//     lists it started with, so no bucket it may walk is freed under it.
//   - flags are accessed atomically (relaxed) because concurrent readers and iterators
//     are legal: iterators set iterator/oldIterator with an atomic or; everything else
//     about a map is written only under hashWriting.
//   - Pointer stores into map memory go through the write barrier (storePtr,
//     typedmemmove, memclrHasPointers below; mbarrier.h).
#include "map.h"

#include "alg.h"
#include "lock.h"
#include "malloc.h"
#include "mbarrier.h"
#include "msize.h"
#include "panic.h"
#include "print.h"

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace runtime {

// PtrVec: a growable list of bucket pointers (Go's []*bmap), on the GC heap.
struct PtrVec {
  void** array;
  intptr_t len;
  intptr_t cap;
};

struct mapextra {
  PtrVec* overflow;     // overflow buckets of buckets (pointer-free bucket types only)
  PtrVec* oldoverflow;  // overflow buckets of oldbuckets
  void* nextOverflow;   // next free preallocated overflow bucket
};

namespace {

constexpr uintptr_t bucketCntBits = 3;
constexpr uintptr_t bucketCnt = uintptr_t(1) << bucketCntBits;
constexpr uintptr_t loadFactorNum = 13;  // 6.5 = 13/2 entries per bucket
constexpr uintptr_t loadFactorDen = 2;
constexpr uintptr_t dataOffset = 8;  // keys follow the 8 tophash bytes
constexpr uint64_t maxAlloc = uint64_t(1) << 48;

// tophash states.
constexpr uint8_t emptyRest = 0;
constexpr uint8_t emptyOne = 1;
constexpr uint8_t evacuatedX = 2;
constexpr uint8_t evacuatedY = 3;
constexpr uint8_t evacuatedEmpty = 4;
constexpr uint8_t minTopHash = 5;
static_assert(evacuatedX + 1 == evacuatedY && (evacuatedX ^ 1) == evacuatedY);

// hmap::flags.
constexpr uint8_t iteratorFlag = 1;     // there may be an iterator using buckets
constexpr uint8_t oldIteratorFlag = 2;  // there may be an iterator using oldbuckets
constexpr uint8_t hashWriting = 4;      // a write is in progress
constexpr uint8_t sameSizeGrow = 8;     // the current grow keeps the bucket count

constexpr uintptr_t noCheck = ~uintptr_t(0);

// Descriptors of the map's own heap objects.
const uint8_t hmapGCBits[] = {0x2C};  // words 2 (buckets), 3 (oldbuckets), 5 (extra)
const _type hmapType = {sizeof(hmap),
                        sizeof(hmap),
                        0,
                        0,
                        8,
                        8,
                        kindStruct,
                        nullptr,
                        hmapGCBits,
                        {reinterpret_cast<const uint8_t*>("runtime.hmap"), 12},
                        nullptr};
const uint8_t extraGCBits[] = {0x07};
const _type mapextraType = {sizeof(mapextra),
                            sizeof(mapextra),
                            0,
                            0,
                            8,
                            8,
                            kindStruct,
                            nullptr,
                            extraGCBits,
                            {reinterpret_cast<const uint8_t*>("runtime.mapextra"), 16},
                            nullptr};
const uint8_t firstWordGCBits[] = {0x01};
const _type ptrvecType = {sizeof(PtrVec),
                          8,
                          0,
                          0,
                          8,
                          8,
                          kindSlice,
                          nullptr,
                          firstWordGCBits,
                          {reinterpret_cast<const uint8_t*>("[]*runtime.bmap"), 15},
                          nullptr};
const _type bucketPtrType = {8,
                             8,
                             0,
                             0,
                             8,
                             8,
                             kindUnsafePointer | kindDirectIface,
                             nullptr,
                             firstWordGCBits,
                             {reinterpret_cast<const uint8_t*>("*runtime.bmap"), 13},
                             nullptr};
static_assert(sizeof(mapextra) == 24 && sizeof(PtrVec) == 24);

// ---------------------------------------------------------------------------
// Write-barrier seams.

inline void storePtr(void* slot, void* v) {
  if (writeBarrierEnabled()) {
    shade(*static_cast<uintptr_t*>(slot));
    shade(reinterpret_cast<uintptr_t>(v));
  }
  *static_cast<void**>(slot) = v;
}
inline void memclrHasPointers(void* p, uintptr_t n) {
  runtime::memclrHasPointers(p, n);
}

// ---------------------------------------------------------------------------
// Flags.

inline uint8_t loadFlags(const hmap* h) {
  return std::atomic_ref<uint8_t>(const_cast<hmap*>(h)->flags).load(std::memory_order_relaxed);
}
inline void storeFlags(hmap* h, uint8_t f) {
  std::atomic_ref<uint8_t>(h->flags).store(f, std::memory_order_relaxed);
}
inline void orFlags(hmap* h, uint8_t f) {
  std::atomic_ref<uint8_t>(h->flags).fetch_or(f, std::memory_order_relaxed);
}

// ---------------------------------------------------------------------------
// Bucket geometry.

inline uintptr_t bucketShift(uint8_t b) {
  return uintptr_t(1) << (b & 63);
}
inline uintptr_t bucketMask(uint8_t b) {
  return bucketShift(b) - 1;
}
inline uint8_t tophash(uintptr_t hash) {
  auto top = uint8_t(hash >> 56);
  return top < minTopHash ? uint8_t(top + minTopHash) : top;
}
inline bool isEmpty(uint8_t x) {
  return x <= emptyOne;
}

inline uint8_t* bytes(void* p) {
  return static_cast<uint8_t*>(p);
}
inline void* bucketAt(const maptype* t, void* array, uintptr_t i) {
  return bytes(array) + i * t->bucketsize;
}
inline uint8_t* tophashes(void* b) {
  return bytes(b);
}
inline void* keySlot(const maptype* t, void* b, uintptr_t i) {
  return bytes(b) + dataOffset + i * t->keysize;
}
inline void* elemSlot(const maptype* t, void* b, uintptr_t i) {
  return bytes(b) + dataOffset + bucketCnt * t->keysize + i * t->elemsize;
}
inline void* overflowOf(const maptype* t, void* b) {
  return *reinterpret_cast<void**>(bytes(b) + t->bucketsize - 8);
}
inline void setOverflow(const maptype* t, void* b, void* ovf) {
  storePtr(bytes(b) + t->bucketsize - 8, ovf);
}
inline bool indirectKey(const maptype* t) {
  return (t->flags & maptype::indirectKey) != 0;
}
inline bool indirectElem(const maptype* t) {
  return (t->flags & maptype::indirectElem) != 0;
}
inline bool reflexiveKey(const maptype* t) {
  return (t->flags & maptype::reflexiveKey) != 0;
}
inline bool needKeyUpdate(const maptype* t) {
  return (t->flags & maptype::needKeyUpdate) != 0;
}
// The key (element) stored in a slot, looking through the indirection.
inline void* keyOf(const maptype* t, void* slot) {
  return indirectKey(t) ? *static_cast<void**>(slot) : slot;
}
inline void* elemOf(const maptype* t, void* slot) {
  return indirectElem(t) ? *static_cast<void**>(slot) : slot;
}

inline bool evacuated(void* b) {
  uint8_t h = tophashes(b)[0];
  return h > emptyOne && h < minTopHash;
}

// overflowUntracked: the collector does not see the overflow word of a bucket (the
// bucket type's bitmap has no bit for it), so overflow buckets must be listed in extra.
bool overflowUntracked(const maptype* t) {
  const _type* bt = t->bucket;
  uintptr_t w = (uintptr_t(t->bucketsize) - 8) / 8;
  if (bt->ptrdata <= w * 8 || bt->gcdata == nullptr) return true;
  return ((bt->gcdata[w / 8] >> (w % 8)) & 1) == 0;
}

// Hashing a key can panic only for keys that may hold interfaces; Go hashes such a key
// even when a nil or empty map makes the hash useless, so that m[k] with an unhashable
// k panics whatever m holds.
inline bool hashMightPanic(const maptype* t) {
  Kind k = t->key->kindOf();
  return k == kindInterface || k == kindStruct || k == kindArray;
}

// overLoadFactor: would count entries in 2^B buckets exceed the load factor?
inline bool overLoadFactor(uint64_t count, uint8_t B) {
  return count > bucketCnt && count > loadFactorNum * (bucketShift(B) / loadFactorDen);
}

// tooManyOverflowBuckets: about as many overflow buckets as buckets (counted up to 2^15).
inline bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B) {
  if (B > 15) B = 15;
  return noverflow >= uint16_t(uint16_t(1) << (B & 15));
}

inline bool growing(const hmap* h) {
  return h->oldbuckets != nullptr;
}
inline bool isSameSizeGrow(const hmap* h) {
  return (loadFlags(h) & sameSizeGrow) != 0;
}
// noldbuckets: the bucket count before the current grow.
inline uintptr_t noldbuckets(const hmap* h) {
  uint8_t b = h->B;
  if (!isSameSizeGrow(h)) b--;
  return bucketShift(b);
}
inline uintptr_t oldbucketmask(const hmap* h) {
  return noldbuckets(h) - 1;
}

// ---------------------------------------------------------------------------
// The zero value returned for absent keys.

constexpr uintptr_t zeroSize = 1024;
alignas(64) const uint8_t zeroVal[zeroSize] = {};
mutex bigZeroLock;
std::atomic<void*> bigZero{nullptr};
std::atomic<uintptr_t> bigZeroSize{0};

// zeroArea returns size zero bytes that are never written. Large areas live outside the
// Go heap (they hold no live pointers) and are never freed: a caller may still read one.
const void* zeroArea(uintptr_t size) {
  if (size <= zeroSize) return zeroVal;
  if (bigZeroSize.load(std::memory_order_acquire) >= size) {
    return bigZero.load(std::memory_order_acquire);
  }
  lockGuard g(&bigZeroLock);
  if (bigZeroSize.load(std::memory_order_relaxed) < size) {
    void* p = calloc(1, size);
    if (p == nullptr) throw_("out of memory allocating map zero value");
    bigZero.store(p, std::memory_order_release);
    bigZeroSize.store(size, std::memory_order_release);
  }
  return bigZero.load(std::memory_order_relaxed);
}

// ---------------------------------------------------------------------------
// Allocation.

hmap* newHmap() {
  return static_cast<hmap*>(mallocgc(sizeof(hmap), &hmapType, true));
}

mapextra* newExtra() {
  return static_cast<mapextra*>(mallocgc(sizeof(mapextra), &mapextraType, true));
}

void* newBucket(const maptype* t) {
  return mallocgc(t->bucketsize, t->bucket, true);
}

// makeBucketArray allocates (or clears, when dirty is an array it made before with the
// same t and b) 2^b buckets plus, for b >= 4, preallocated overflow buckets filling the
// size class; *nextOverflow is the first of those (or null). The last preallocated bucket
// has a non-null overflow pointer (the array) to mark the end of the run.
void* makeBucketArray(const maptype* t, uint8_t b, void* dirty, void** nextOverflow) {
  uintptr_t base = bucketShift(b);
  uintptr_t nbuckets = base;
  if (b >= 4) {
    nbuckets += bucketShift(uint8_t(b - 4));
    uintptr_t sz = t->bucketsize * nbuckets;
    uintptr_t up = roundupsize(sz);
    if (up != sz) nbuckets = up / t->bucketsize;
  }
  void* buckets;
  if (dirty == nullptr) {
    buckets = mallocgc(t->bucketsize * nbuckets, t->bucket, true);
  } else {
    buckets = dirty;
    memclrHasPointers(buckets, t->bucketsize * nbuckets);
  }
  *nextOverflow = nullptr;
  if (base != nbuckets) {
    *nextOverflow = bucketAt(t, buckets, base);
    setOverflow(t, bucketAt(t, buckets, nbuckets - 1), buckets);
  }
  return buckets;
}

// createOverflow makes sure h->extra->overflow exists. Iterators call it concurrently
// with each other (legal), so both pointers are installed with compare-and-swap.
void createOverflow(hmap* h) {
  std::atomic_ref<mapextra*> extra(h->extra);
  mapextra* e = extra.load(std::memory_order_acquire);
  if (e == nullptr) {
    mapextra* fresh = newExtra();
    if (!extra.compare_exchange_strong(e, fresh, std::memory_order_acq_rel)) {
      // Another iterator won; e is its extra.
    } else {
      e = fresh;
    }
  }
  std::atomic_ref<PtrVec*> ovf(e->overflow);
  if (ovf.load(std::memory_order_acquire) == nullptr) {
    auto* fresh = static_cast<PtrVec*>(mallocgc(sizeof(PtrVec), &ptrvecType, true));
    PtrVec* expected = nullptr;
    ovf.compare_exchange_strong(expected, fresh, std::memory_order_acq_rel);
  }
}

void appendBucket(PtrVec* v, void* b) {
  if (v->len == v->cap) {
    intptr_t ncap = v->cap == 0 ? 4 : v->cap * 2;
    auto** a = static_cast<void**>(mallocgc(uintptr_t(ncap) * 8, &bucketPtrType, true));
    if (v->len != 0) {
      // The new array is black while marking: shade the copied pointers (Go's needwb).
      bulkBarrierPreWrite(a, v->array, uintptr_t(v->len) * 8, &bucketPtrType);
      memcpy(a, v->array, uintptr_t(v->len) * 8);
    }
    v->array = a;
    v->cap = ncap;
  }
  storePtr(&v->array[v->len], b);
  v->len++;
}

// incrnoverflow counts a new overflow bucket: exactly below 2^16 buckets, then with
// probability 2^15 / 2^B so that the uint16 reaches 2^15 at about 2^B overflow buckets.
void incrnoverflow(hmap* h) {
  if (h->B < 16) {
    h->noverflow++;
    return;
  }
  uint32_t mask = (uint32_t(1) << (h->B - 15)) - 1;
  if ((fastrand() & mask) == 0) h->noverflow++;
}

void* newoverflow(const maptype* t, hmap* h, void* b) {
  void* ovf;
  if (h->extra != nullptr && h->extra->nextOverflow != nullptr) {
    ovf = h->extra->nextOverflow;
    if (overflowOf(t, ovf) == nullptr) {
      h->extra->nextOverflow = bytes(ovf) + t->bucketsize;
    } else {
      setOverflow(t, ovf, nullptr);  // the last preallocated one: drop the end marker
      h->extra->nextOverflow = nullptr;
    }
  } else {
    ovf = newBucket(t);
  }
  incrnoverflow(h);
  if (overflowUntracked(t)) {
    createOverflow(h);
    appendBucket(h->extra->overflow, ovf);
  }
  setOverflow(t, b, ovf);
  return ovf;
}

// ---------------------------------------------------------------------------
// Growth.

void hashGrow(const maptype* t, hmap* h) {
  uint8_t bigger = 1;
  if (!overLoadFactor(uint64_t(h->count) + 1, h->B)) {
    bigger = 0;  // too many overflow buckets: rebuild at the same size
    storeFlags(h, loadFlags(h) | sameSizeGrow);
  }
  void* oldbuckets = h->buckets;
  void* nextOverflow;
  void* newbuckets = makeBucketArray(t, uint8_t(h->B + bigger), nullptr, &nextOverflow);

  uint8_t flags = loadFlags(h) & uint8_t(~(iteratorFlag | oldIteratorFlag));
  if ((loadFlags(h) & iteratorFlag) != 0) flags |= oldIteratorFlag;
  h->B = uint8_t(h->B + bigger);
  storeFlags(h, flags);
  h->oldbuckets = oldbuckets;
  h->buckets = newbuckets;
  h->nevacuate = 0;
  h->noverflow = 0;

  if (h->extra != nullptr && h->extra->overflow != nullptr) {
    if (h->extra->oldoverflow != nullptr) throw_("oldoverflow is not nil");
    h->extra->oldoverflow = h->extra->overflow;
    h->extra->overflow = nullptr;
  }
  if (nextOverflow != nullptr) {
    if (h->extra == nullptr) h->extra = newExtra();
    h->extra->nextOverflow = nextOverflow;
  }
  // The entries move in growWork, a little at each later write.
}

bool bucketEvacuated(const maptype* t, hmap* h, uintptr_t bucket) {
  return evacuated(bucketAt(t, h->oldbuckets, bucket));
}

void advanceEvacuationMark(hmap* h, const maptype* t, uintptr_t newbit) {
  h->nevacuate++;
  // Skip buckets already evacuated by writes, but look at most 1024 ahead so that one
  // write stays O(1).
  uintptr_t stop = h->nevacuate + 1024;
  if (stop > newbit) stop = newbit;
  while (h->nevacuate != stop && bucketEvacuated(t, h, h->nevacuate)) h->nevacuate++;
  if (h->nevacuate == newbit) {
    // Done: drop the old array and its overflow list.
    h->oldbuckets = nullptr;
    if (h->extra != nullptr) h->extra->oldoverflow = nullptr;
    storeFlags(h, loadFlags(h) & uint8_t(~sameSizeGrow));
  }
}

// A destination of evacuation: X (same index) or Y (index + old bucket count).
struct evacDst {
  void* b;
  uintptr_t i;
  uint8_t* k;
  uint8_t* e;
};

void evacuate(const maptype* t, hmap* h, uintptr_t oldbucket) {
  void* b = bucketAt(t, h->oldbuckets, oldbucket);
  uintptr_t newbit = noldbuckets(h);
  if (!evacuated(b)) {
    evacDst xy[2];
    xy[0].b = bucketAt(t, h->buckets, oldbucket);
    xy[0].i = 0;
    xy[0].k = static_cast<uint8_t*>(keySlot(t, xy[0].b, 0));
    xy[0].e = static_cast<uint8_t*>(elemSlot(t, xy[0].b, 0));
    bool sameSize = isSameSizeGrow(h);
    if (!sameSize) {
      xy[1].b = bucketAt(t, h->buckets, oldbucket + newbit);
      xy[1].i = 0;
      xy[1].k = static_cast<uint8_t*>(keySlot(t, xy[1].b, 0));
      xy[1].e = static_cast<uint8_t*>(elemSlot(t, xy[1].b, 0));
    }
    bool iterating = (loadFlags(h) & iteratorFlag) != 0;
    for (; b != nullptr; b = overflowOf(t, b)) {
      uint8_t* th = tophashes(b);
      for (uintptr_t i = 0; i < bucketCnt; i++) {
        uint8_t top = th[i];
        if (isEmpty(top)) {
          th[i] = evacuatedEmpty;
          continue;
        }
        if (top < minTopHash) throw_("bad map state");
        void* kslot = keySlot(t, b, i);
        void* k = keyOf(t, kslot);
        unsigned useY = 0;
        if (!sameSize) {
          uintptr_t hash = t->hasher(k, h->hash0);
          if (iterating && !reflexiveKey(t) && !t->key->equal(k, k)) {
            // k != k (a NaN): its hash is random, so the split is arbitrary. An iterator
            // must agree with it, so take the old tophash's low bit, and a fresh tophash
            // so that NaNs spread out over later grows.
            useY = top & 1;
            top = tophash(hash);
          } else if ((hash & newbit) != 0) {
            useY = 1;
          }
        }
        th[i] = uint8_t(evacuatedX + useY);
        evacDst* dst = &xy[useY];
        if (dst->i == bucketCnt) {
          dst->b = newoverflow(t, h, dst->b);
          dst->i = 0;
          dst->k = static_cast<uint8_t*>(keySlot(t, dst->b, 0));
          dst->e = static_cast<uint8_t*>(elemSlot(t, dst->b, 0));
        }
        tophashes(dst->b)[dst->i & (bucketCnt - 1)] = top;
        if (indirectKey(t)) {
          storePtr(dst->k, *static_cast<void**>(kslot));
        } else {
          typedmemmove(t->key, dst->k, k);
        }
        void* eslot = elemSlot(t, b, i);
        if (indirectElem(t)) {
          storePtr(dst->e, *static_cast<void**>(eslot));
        } else {
          typedmemmove(t->elem, dst->e, eslot);
        }
        dst->i++;
        dst->k += t->keysize;
        dst->e += t->elemsize;
      }
    }
    // No iterator walks the old buckets: drop their keys, elements and overflow chain
    // so the collector can free what they referred to. tophash stays (evacuation state).
    if ((loadFlags(h) & oldIteratorFlag) == 0 && t->bucket->ptrdata != 0) {
      void* ob = bucketAt(t, h->oldbuckets, oldbucket);
      memclrHasPointers(bytes(ob) + dataOffset, t->bucketsize - dataOffset);
    }
  }
  if (oldbucket == h->nevacuate) advanceEvacuationMark(h, t, newbit);
}

void growWork(const maptype* t, hmap* h, uintptr_t bucket) {
  // The old bucket the write is about to use, then one more for progress.
  evacuate(t, h, bucket & oldbucketmask(h));
  if (growing(h)) evacuate(t, h, h->nevacuate);
}

// ---------------------------------------------------------------------------
// Lookup.

// lookup finds key; returns its element (through the indirection) and sets *keyOut to
// the stored key, or returns null. checkWriting: die if a write is in progress.
void* lookup(const maptype* t, hmap* h, const void* key, void** keyOut, bool checkWriting) {
  if (h == nullptr || h->count == 0) {
    if (hashMightPanic(t)) t->hasher(key, 0);
    return nullptr;
  }
  if (checkWriting && (loadFlags(h) & hashWriting) != 0) {
    fatal("concurrent map read and map write");
  }
  uintptr_t hash = t->hasher(key, h->hash0);
  uintptr_t m = bucketMask(h->B);
  void* b = bucketAt(t, h->buckets, hash & m);
  if (void* c = h->oldbuckets; c != nullptr) {
    if (!isSameSizeGrow(h)) m >>= 1;  // the old array had half as many buckets
    void* ob = bucketAt(t, c, hash & m);
    if (!evacuated(ob)) b = ob;
  }
  uint8_t top = tophash(hash);
  for (; b != nullptr; b = overflowOf(t, b)) {
    const uint8_t* th = tophashes(b);
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (th[i] != top) {
        if (th[i] == emptyRest) return nullptr;
        continue;
      }
      void* k = keyOf(t, keySlot(t, b, i));
      if (t->key->equal(key, k)) {
        if (keyOut != nullptr) *keyOut = k;
        return elemOf(t, elemSlot(t, b, i));
      }
    }
  }
  return nullptr;
}

inline void beginWrite(hmap* h) {
  storeFlags(h, loadFlags(h) ^ hashWriting);
}

inline void endWrite(hmap* h) {
  uint8_t f = loadFlags(h);
  if ((f & hashWriting) == 0) fatal("concurrent map writes");
  storeFlags(h, f & uint8_t(~hashWriting));
}

// deleteAt empties slot i of bucket b (whose chain starts at first) and turns trailing
// emptyOne slots into emptyRest.
void deleteAt(const maptype* t, hmap* h, void* first, void* b, uintptr_t i) {
  void* kslot = keySlot(t, b, i);
  if (indirectKey(t)) {
    storePtr(kslot, nullptr);
  } else if (t->key->ptrdata != 0) {
    memclrHasPointers(kslot, t->key->size);
  }
  void* eslot = elemSlot(t, b, i);
  if (indirectElem(t)) {
    storePtr(eslot, nullptr);
  } else if (t->elem->ptrdata != 0) {
    memclrHasPointers(eslot, t->elem->size);
  } else {
    memset(eslot, 0, t->elem->size);
  }
  uint8_t* th = tophashes(b);
  th[i] = emptyOne;
  // Is this now the last live slot of the chain? Only then can emptyRest spread back.
  bool last;
  if (i == bucketCnt - 1) {
    void* next = overflowOf(t, b);
    last = next == nullptr || tophashes(next)[0] == emptyRest;
  } else {
    last = th[i + 1] == emptyRest;
  }
  if (last) {
    for (;;) {
      tophashes(b)[i] = emptyRest;
      if (i == 0) {
        if (b == first) break;  // the chain's first slot
        void* c = b;
        for (b = first; overflowOf(t, b) != c; b = overflowOf(t, b)) {
        }
        i = bucketCnt - 1;
      } else {
        i--;
      }
      if (tophashes(b)[i] != emptyOne) break;
    }
  }
  h->count--;
  // A fresh seed when the map empties makes repeated collision attacks harder.
  if (h->count == 0) h->hash0 = fastrand();
}

}  // namespace

// ---------------------------------------------------------------------------
// The C++ API.

hmap* makemap(const maptype* t, int64_t hint) {
  // As Go: a negative hint, or one whose buckets could not be allocated, means 0.
  if (hint < 0 || uint64_t(hint) > maxAlloc / (t->bucketsize ? t->bucketsize : 1)) hint = 0;
  hmap* h = newHmap();
  h->hash0 = fastrand();
  uint8_t B = 0;
  while (overLoadFactor(uint64_t(hint), B)) B++;
  h->B = B;
  // B == 0: the one bucket is allocated by the first assignment.
  if (B != 0) {
    void* nextOverflow;
    h->buckets = makeBucketArray(t, B, nullptr, &nextOverflow);
    if (nextOverflow != nullptr) {
      h->extra = newExtra();
      h->extra->nextOverflow = nextOverflow;
    }
  }
  return h;
}

void* mapaccess1(const maptype* t, hmap* h, const void* key) {
  void* e = lookup(t, h, key, nullptr, true);
  return e != nullptr ? e : const_cast<void*>(zeroArea(t->elem->size));
}

void* mapaccessOrNull(const maptype* t, hmap* h, const void* key) {
  return lookup(t, h, key, nullptr, true);
}

void* mapassign(const maptype* t, hmap* h, const void* key) {
  if (h == nullptr) panicPlain("assignment to entry in nil map");
  if ((loadFlags(h) & hashWriting) != 0) fatal("concurrent map writes");
  uintptr_t hash = t->hasher(key, h->hash0);
  // Set hashWriting after the hash: the hasher may panic, leaving the map unwritten.
  beginWrite(h);
  if (h->buckets == nullptr) h->buckets = newBucket(t);

  void* elem = nullptr;
  for (;;) {
    uintptr_t bucket = hash & bucketMask(h->B);
    if (growing(h)) growWork(t, h, bucket);
    void* b = bucketAt(t, h->buckets, bucket);
    uint8_t top = tophash(hash);

    uint8_t* inserti = nullptr;
    void* insertk = nullptr;
    bool found = false;
    for (;;) {
      uint8_t* th = tophashes(b);
      bool end = false;
      for (uintptr_t i = 0; i < bucketCnt; i++) {
        if (th[i] != top) {
          if (isEmpty(th[i]) && inserti == nullptr) {
            inserti = &th[i];
            insertk = keySlot(t, b, i);
            elem = elemSlot(t, b, i);
          }
          if (th[i] == emptyRest) {
            end = true;
            break;
          }
          continue;
        }
        void* k = keyOf(t, keySlot(t, b, i));
        if (!t->key->equal(key, k)) continue;
        // Already there: update the key if its bits may differ (+0/-0, strings).
        if (needKeyUpdate(t)) typedmemmove(t->key, k, key);
        elem = elemSlot(t, b, i);
        found = true;
        break;
      }
      if (found || end) break;
      void* ovf = overflowOf(t, b);
      if (ovf == nullptr) break;
      b = ovf;
    }
    if (found) break;

    // A new entry. Past the load factor, or with too many overflow buckets, grow and
    // retry (growing invalidates where we were going to put it).
    if (!growing(h) && (overLoadFactor(uint64_t(h->count) + 1, h->B) ||
                        tooManyOverflowBuckets(h->noverflow, h->B))) {
      hashGrow(t, h);
      continue;
    }
    if (inserti == nullptr) {
      // Every slot of the chain is taken: chain a new overflow bucket.
      void* nb = newoverflow(t, h, b);
      inserti = &tophashes(nb)[0];
      insertk = keySlot(t, nb, 0);
      elem = elemSlot(t, nb, 0);
    }
    if (indirectKey(t)) {
      void* kmem = mallocgc(t->key->size, t->key, true);
      storePtr(insertk, kmem);
      insertk = kmem;
    }
    if (indirectElem(t)) {
      void* vmem = mallocgc(t->elem->size, t->elem, true);
      storePtr(elem, vmem);
    }
    typedmemmove(t->key, insertk, key);
    *inserti = top;
    h->count++;
    break;
  }
  endWrite(h);
  return elemOf(t, elem);
}

void mapdelete(const maptype* t, hmap* h, const void* key) {
  if (h == nullptr || h->count == 0) {
    if (hashMightPanic(t)) t->hasher(key, 0);
    return;
  }
  if ((loadFlags(h) & hashWriting) != 0) fatal("concurrent map writes");
  uintptr_t hash = t->hasher(key, h->hash0);
  beginWrite(h);
  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h)) growWork(t, h, bucket);
  void* first = bucketAt(t, h->buckets, bucket);
  uint8_t top = tophash(hash);
  bool done = false;
  for (void* b = first; b != nullptr && !done; b = overflowOf(t, b)) {
    uint8_t* th = tophashes(b);
    for (uintptr_t i = 0; i < bucketCnt; i++) {
      if (th[i] != top) {
        if (th[i] == emptyRest) {
          done = true;
          break;
        }
        continue;
      }
      if (!t->key->equal(key, keyOf(t, keySlot(t, b, i)))) continue;
      deleteAt(t, h, first, b, i);
      done = true;
      break;
    }
  }
  endWrite(h);
}

void mapclear(const maptype* t, hmap* h) {
  if (h == nullptr || h->count == 0) return;
  if ((loadFlags(h) & hashWriting) != 0) fatal("concurrent map writes");
  beginWrite(h);
  storeFlags(h, loadFlags(h) & uint8_t(~sameSizeGrow));
  h->oldbuckets = nullptr;
  h->nevacuate = 0;
  h->noverflow = 0;
  h->count = 0;
  h->hash0 = fastrand();
  if (h->extra != nullptr) *h->extra = mapextra{};
  // Clear the array in place; its preallocated overflow buckets become free again.
  void* nextOverflow;
  makeBucketArray(t, h->B, h->buckets, &nextOverflow);
  if (nextOverflow != nullptr) {
    if (h->extra == nullptr) h->extra = newExtra();
    h->extra->nextOverflow = nextOverflow;
  }
  endWrite(h);
}

void mapiterinit(const maptype* t, hmap* h, hiter* it) {
  it->t = t;
  it->key = nullptr;
  it->elem = nullptr;
  if (h == nullptr || h->count == 0) return;
  it->h = h;
  // Snapshot of the table: the iteration walks this array even if the map grows.
  it->B = h->B;
  it->buckets = h->buckets;
  if (overflowUntracked(t)) {
    // Keep the overflow lists of both arrays alive as long as the iterator is.
    // (Concurrent iterators may publish them at the same time: atomic loads.)
    createOverflow(h);
    mapextra* e = std::atomic_ref<mapextra*>(h->extra).load(std::memory_order_acquire);
    it->overflow = std::atomic_ref<PtrVec*>(e->overflow).load(std::memory_order_acquire);
    it->oldoverflow = std::atomic_ref<PtrVec*>(e->oldoverflow).load(std::memory_order_acquire);
  }
  // A random bucket to start at and a random slot to start each bucket at.
  uintptr_t r = h->B > 31 - bucketCntBits ? uintptr_t(fastrand64()) : uintptr_t(fastrand());
  it->startBucket = r & bucketMask(h->B);
  it->offset = uint8_t((r >> h->B) & (bucketCnt - 1));
  it->bucket = it->startBucket;
  it->bptr = nullptr;
  it->i = 0;
  it->wrapped = false;
  it->checkBucket = noCheck;
  // Concurrent iterators are legal, hence the atomic or.
  if ((loadFlags(h) & (iteratorFlag | oldIteratorFlag)) != (iteratorFlag | oldIteratorFlag)) {
    orFlags(h, iteratorFlag | oldIteratorFlag);
  }
  mapiternext(it);
}

void mapiternext(hiter* it) {
  hmap* h = it->h;
  if (h == nullptr) {  // the map was nil or empty at mapiterinit
    it->key = nullptr;
    it->elem = nullptr;
    return;
  }
  if ((loadFlags(h) & hashWriting) != 0) fatal("concurrent map iteration and map write");
  const maptype* t = it->t;
  uintptr_t bucket = it->bucket;
  void* b = it->bptr;
  uintptr_t i = it->i;
  uintptr_t checkBucket = it->checkBucket;

  for (;;) {
    if (b == nullptr) {
      if (bucket == it->startBucket && it->wrapped) {
        it->key = nullptr;  // the end
        it->elem = nullptr;
        return;
      }
      if (growing(h) && it->B == h->B) {
        // The iteration started during this grow (same array). If the old bucket that
        // feeds this one is not evacuated yet, walk the old bucket instead, keeping only
        // the entries that will land in this bucket.
        uintptr_t oldbucket = bucket & oldbucketmask(h);
        b = bucketAt(t, h->oldbuckets, oldbucket);
        if (!evacuated(b)) {
          checkBucket = bucket;
        } else {
          b = bucketAt(t, it->buckets, bucket);
          checkBucket = noCheck;
        }
      } else {
        b = bucketAt(t, it->buckets, bucket);
        checkBucket = noCheck;
      }
      bucket++;
      if (bucket == bucketShift(it->B)) {
        bucket = 0;
        it->wrapped = true;
      }
      i = 0;
    }
    const uint8_t* th = tophashes(b);
    for (; i < bucketCnt; i++) {
      uintptr_t offi = (i + it->offset) & (bucketCnt - 1);
      uint8_t top = th[offi];
      if (isEmpty(top) || top == evacuatedEmpty) continue;
      void* k = keyOf(t, keySlot(t, b, offi));
      void* eslot = elemSlot(t, b, offi);
      bool keyIsSelf = reflexiveKey(t) || t->key->equal(k, k);
      if (checkBucket != noCheck && !isSameSizeGrow(h)) {
        // Walking an unevacuated old bucket of a doubling grow: skip entries bound for
        // the other half.
        if (keyIsSelf) {
          uintptr_t hash = t->hasher(k, h->hash0);
          if ((hash & bucketMask(it->B)) != checkBucket) continue;
        } else {
          // k != k: its hash is random; evacuation sends it by tophash's low bit.
          if ((checkBucket >> (it->B - 1)) != uintptr_t(top & 1)) continue;
        }
      }
      if ((top != evacuatedX && top != evacuatedY) || !keyIsSelf) {
        // The data here is current (or k != k, which can be neither updated nor
        // deleted): produce it.
        it->key = k;
        it->elem = elemOf(t, eslot);
      } else {
        // The map grew since the iteration started and this entry has moved: look it up
        // where it is now, which also tells whether it was deleted or updated.
        void* rk = nullptr;
        void* re = lookup(t, h, k, &rk, false);
        if (re == nullptr) continue;  // deleted
        it->key = rk;
        it->elem = re;
      }
      it->bucket = bucket;
      it->bptr = b;
      it->i = uint8_t(i + 1);
      it->checkBucket = checkBucket;
      return;
    }
    b = overflowOf(t, b);
    i = 0;
  }
}

}  // namespace runtime

// ---------------------------------------------------------------------------
// Entry points for compiled code.

using runtime::hiter;
using runtime::hmap;
using runtime::maptype;

void* rt_makemap(const maptype* t, int64_t hint) {
  return runtime::makemap(t, hint);
}

void* rt_makemap_small() {
  hmap* h = runtime::newHmap();
  h->hash0 = runtime::fastrand();
  return h;
}

void* rt_mapaccess1(const maptype* t, void* h, const void* key) {
  return runtime::mapaccess1(t, static_cast<hmap*>(h), key);
}

MapAccess2Result rt_mapaccess2(const maptype* t, void* h, const void* key) {
  void* e = runtime::lookup(t, static_cast<hmap*>(h), key, nullptr, true);
  if (e == nullptr) return {const_cast<void*>(runtime::zeroArea(t->elem->size)), false};
  return {e, true};
}

void* rt_mapassign(const maptype* t, void* h, const void* key) {
  return runtime::mapassign(t, static_cast<hmap*>(h), key);
}

void rt_mapdelete(const maptype* t, void* h, const void* key) {
  runtime::mapdelete(t, static_cast<hmap*>(h), key);
}

void rt_mapiterinit(const maptype* t, void* h, void* it) {
  runtime::mapiterinit(t, static_cast<hmap*>(h), static_cast<hiter*>(it));
}

void rt_mapiternext(void* it) {
  runtime::mapiternext(static_cast<hiter*>(it));
}

void rt_mapclear(const maptype* t, void* h) {
  runtime::mapclear(t, static_cast<hmap*>(h));
}
