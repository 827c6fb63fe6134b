// map_test.cpp — Go's maps (runtime/map.cpp) against hand-built maptype descriptors (the
// compiler does not emit them yet): int64→int64, string→int, a two-field struct key with
// a hand-written hasher, big (indirect) keys and elements, float keys (NaN, ±0) and
// interface keys. Checks: agreement with std::unordered_map over a million random
// operations; incremental growth (doubling and same-size); range semantics (each key
// once, deleted keys never, random order, iteration across a grow); nil maps; Go's
// panics and fatal errors (death tests, exit status 2); concurrent readers (clean under
// ThreadSanitizer); and that a collection which marks only the hmap keeps everything the
// map reaches (its descriptors' pointer bitmaps are right).
#include "map.h"
#include "alloc_test_util.h"

#include "alg.h"
#include "malloc.h"
#include "mbitmap.h"
#include "mgc.h"
#include "mspan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

extern "C" {
bool rt_memequal64(const void*, const void*) __asm__("runtime.memequal64");
bool rt_f64equal(const void*, const void*) __asm__("runtime.f64equal");
bool rt_strequal(const void*, const void*) __asm__("runtime.strequal");
bool rt_nilinterequal(const void*, const void*) __asm__("runtime.nilinterequal");
}

namespace {

using namespace runtime;

#if defined(__SANITIZE_THREAD__)
constexpr bool kTSan = true;
#else
constexpr bool kTSan = false;
#endif

GoString name(const char* s) {
  return GoString{reinterpret_cast<const uint8_t*>(s), intptr_t(strlen(s))};
}

// ---------------------------------------------------------------------------
// Type descriptors built by hand.

struct TypeDesc {
  _type t{};
  uint8_t bits[32] = {};
};

void setBit(uint8_t* bits, uintptr_t w) {
  bits[w / 8] = uint8_t(bits[w / 8] | (1u << (w % 8)));
}

void initType(TypeDesc* d, const char* str, uintptr_t size, uint8_t kind,
              bool (*equal)(const void*, const void*), std::initializer_list<uintptr_t> ptrWords) {
  d->t.size = size;
  d->t.align = 8;
  d->t.fieldAlign = 8;
  d->t.kind = kind;
  d->t.equal = equal;
  d->t.str = name(str);
  uintptr_t last = 0;
  for (uintptr_t w : ptrWords) {
    setBit(d->bits, w);
    last = std::max(last, w + 1);
  }
  d->t.ptrdata = last * 8;
  d->t.gcdata = last != 0 ? d->bits : nullptr;
}

// A maptype and its bucket type, laid out as the compiler will: tophash[8], keys[8],
// elems[8], overflow; keys/elems over 128 bytes stored as pointers. When neither keys
// nor elements hold pointers the bucket type has none (Go's choice: overflow buckets are
// then kept alive through hmap.extra).
struct MapDesc {
  maptype mt{};
  TypeDesc bucket;
};

void initMap(MapDesc* d, const _type* key, const _type* elem, hasherFunc hasher, uint32_t flags) {
  bool ik = key->size > 128, ie = elem->size > 128;
  uintptr_t ks = ik ? 8 : key->size, es = ie ? 8 : elem->size;
  uintptr_t bsize = 8 + 8 * ks + 8 * es + 8;
  TypeDesc& b = d->bucket;
  b.t.size = bsize;
  b.t.align = 8;
  b.t.fieldAlign = 8;
  b.t.kind = kindStruct;
  b.t.str = name("bucket");
  bool ptrs = false;
  for (uintptr_t i = 0; i < 8; i++) {
    uintptr_t koff = 8 + i * ks, eoff = 8 + 8 * ks + i * es;
    if (ik) {
      setBit(b.bits, koff / 8);
      ptrs = true;
    } else {
      for (uintptr_t w = 0; w < key->ptrdata / 8; w++) {
        if ((key->gcdata[w / 8] >> (w % 8)) & 1) setBit(b.bits, koff / 8 + w), ptrs = true;
      }
    }
    if (ie) {
      setBit(b.bits, eoff / 8);
      ptrs = true;
    } else {
      for (uintptr_t w = 0; w < elem->ptrdata / 8; w++) {
        if ((elem->gcdata[w / 8] >> (w % 8)) & 1) setBit(b.bits, eoff / 8 + w), ptrs = true;
      }
    }
  }
  if (ptrs) {
    setBit(b.bits, bsize / 8 - 1);
    b.t.ptrdata = bsize;
    b.t.gcdata = b.bits;
  }
  d->mt.typ.size = 8;
  d->mt.typ.ptrdata = 8;
  d->mt.typ.kind = kindMap | kindDirectIface;
  d->mt.key = key;
  d->mt.elem = elem;
  d->mt.bucket = &b.t;
  d->mt.hasher = hasher;
  d->mt.keysize = uint8_t(ks);
  d->mt.elemsize = uint8_t(es);
  d->mt.bucketsize = uint16_t(bsize);
  d->mt.flags = flags | (ik ? maptype::indirectKey : 0) | (ie ? maptype::indirectElem : 0);
}

// Key types.
struct Pair {
  int64_t a;
  double f;
};
bool pairEqual(const void* p, const void* q) {
  auto* x = static_cast<const Pair*>(p);
  auto* y = static_cast<const Pair*>(q);
  return x->a == y->a && x->f == y->f;
}
// What the compiler will generate for struct { a int64; f float64 }.
uintptr_t pairHash(const void* p, uintptr_t seed) {
  auto* x = static_cast<const Pair*>(p);
  return rt_f64hash(&x->f, rt_memhash64(&x->a, seed));
}

struct BigKey {
  int64_t w[20];  // 160 bytes: stored indirectly
};
struct BigElem {
  int64_t w[40];  // 320 bytes
};
bool bigKeyEqual(const void* p, const void* q) {
  return memcmp(p, q, sizeof(BigKey)) == 0;
}
uintptr_t bigKeyHash(const void* p, uintptr_t seed) {
  return rt_memhash(p, seed, sizeof(BigKey));
}

// Every key goes to the bucket its value names (seed ignored): lets a test aim keys.
uintptr_t identityHash(const void* p, uintptr_t) {
  return *static_cast<const uintptr_t*>(p);
}

struct Types {
  TypeDesc int64T, intT, float64T, stringT, pairT, bigKeyT, bigElemT, hugeElemT, efaceT, sliceT,
      ptrT;
  MapDesc i64i64, i64i64Scan, identity, strInt, f64Int, pairInt, big, hugeElem, ifaceInt;

  Types() {
    initType(&int64T, "int64", 8, kindInt64, rt_memequal64, {});
    initType(&intT, "int", 8, kindInt, rt_memequal64, {});
    initType(&float64T, "float64", 8, kindFloat64, rt_f64equal, {});
    initType(&stringT, "string", 16, kindString, rt_strequal, {0});
    initType(&pairT, "main.Pair", 16, kindStruct, pairEqual, {});
    initType(&bigKeyT, "[20]int64", sizeof(BigKey), kindArray, bigKeyEqual, {});
    initType(&bigElemT, "[40]int64", sizeof(BigElem), kindArray, nullptr, {});
    initType(&hugeElemT, "[625]int64", 5000, kindArray, nullptr, {});
    initType(&efaceT, "interface {}", 16, kindInterface, rt_nilinterequal, {0, 1});
    initType(&sliceT, "[]int", 24, kindSlice, nullptr, {0});
    initType(&ptrT, "*int", 8, kindPtr | kindDirectIface, rt_memequal64, {0});

    initMap(&i64i64, &int64T.t, &int64T.t, rt_memhash64, maptype::reflexiveKey);
    initMap(&identity, &int64T.t, &int64T.t, identityHash, maptype::reflexiveKey);
    initMap(&strInt, &stringT.t, &intT.t, rt_strhash,
            maptype::reflexiveKey | maptype::needKeyUpdate);
    initMap(&f64Int, &float64T.t, &int64T.t, rt_f64hash, maptype::needKeyUpdate);
    initMap(&pairInt, &pairT.t, &int64T.t, pairHash, maptype::needKeyUpdate);
    initMap(&big, &bigKeyT.t, &bigElemT.t, bigKeyHash, maptype::reflexiveKey);
    initMap(&hugeElem, &int64T.t, &hugeElemT.t, rt_memhash64, maptype::reflexiveKey);
    initMap(&ifaceInt, &efaceT.t, &intT.t, rt_nilinterhash, maptype::needKeyUpdate);
    // int64→int64 again, with a bucket type whose bitmap covers the overflow word (the
    // other layout the compiler may choose).
    initMap(&i64i64Scan, &int64T.t, &int64T.t, rt_memhash64, maptype::reflexiveKey);
    setBit(i64i64Scan.bucket.bits, i64i64Scan.mt.bucketsize / 8 - 1);
    i64i64Scan.bucket.t.ptrdata = i64i64Scan.mt.bucketsize;
    i64i64Scan.bucket.t.gcdata = i64i64Scan.bucket.bits;
  }
};

const Types& T() {
  static const Types* types = new Types;
  return *types;
}

// ---------------------------------------------------------------------------
// Typed helpers.

template <typename K>
int64_t* put(const MapDesc& m, hmap* h, K k, int64_t v) {
  auto* e = static_cast<int64_t*>(mapassign(&m.mt, h, &k));
  *e = v;
  return e;
}

template <typename K>
bool get(const MapDesc& m, hmap* h, K k, int64_t* v = nullptr) {
  MapAccess2Result r = rt_mapaccess2(&m.mt, h, &k);
  if (v != nullptr) *v = *static_cast<int64_t*>(r.elem);
  if (!r.ok) {
    EXPECT_EQ(*static_cast<int64_t*>(r.elem), 0);
  }
  return r.ok;
}

template <typename K>
void del(const MapDesc& m, hmap* h, K k) {
  mapdelete(&m.mt, h, &k);
}

// keys returns the keys of a range loop, in its order.
template <typename K>
std::vector<K> rangeKeys(const MapDesc& m, hmap* h) {
  std::vector<K> out;
  mapRange(&m.mt, h, [&](const void* k, void*) {
    out.push_back(*static_cast<const K*>(k));
    return true;
  });
  return out;
}

GoString str(const std::string& s) {
  return GoString{reinterpret_cast<const uint8_t*>(s.data()), intptr_t(s.size())};
}

// ---------------------------------------------------------------------------

TEST(Map, Int64AgainstUnorderedMap) {
  const MapDesc& m = T().i64i64;
  hmap* h = makemap(&m.mt, 0);
  std::unordered_map<int64_t, int64_t> ref;
  std::mt19937_64 rng(1);
  const int n = 1'000'000;
  std::vector<int64_t> keys(n);
  for (int i = 0; i < n; i++) {
    keys[i] = int64_t(rng());
    put(m, h, keys[i], keys[i] ^ 0x5555);
    ref[keys[i]] = keys[i] ^ 0x5555;
  }
  ASSERT_EQ(uint64_t(maplen(h)), ref.size());
  for (int64_t k : keys) {
    int64_t v;
    ASSERT_TRUE(get(m, h, k, &v));
    ASSERT_EQ(v, k ^ 0x5555);
  }
  // Absent keys are absent.
  for (int i = 0; i < 1000; i++) {
    int64_t k = int64_t(rng());
    ASSERT_EQ(get(m, h, k), ref.count(k) != 0);
  }
  // Delete every other key, then a random mix of operations over a smaller key space.
  for (int i = 0; i < n; i += 2) {
    del(m, h, keys[i]);
    ref.erase(keys[i]);
  }
  ASSERT_EQ(uint64_t(maplen(h)), ref.size());
  for (int i = 0; i < n; i++) {
    int64_t k = keys[rng() % n];
    switch (rng() % 4) {
      case 0:
      case 1: {
        int64_t v = int64_t(rng());
        put(m, h, k, v);
        ref[k] = v;
        break;
      }
      case 2:
        del(m, h, k);
        ref.erase(k);
        break;
      default: {
        int64_t v = 0;
        bool ok = get(m, h, k, &v);
        auto it = ref.find(k);
        ASSERT_EQ(ok, it != ref.end());
        if (ok) {
          ASSERT_EQ(v, it->second);
        }
      }
    }
  }
  ASSERT_EQ(uint64_t(maplen(h)), ref.size());
  // A range loop sees exactly the reference's entries.
  std::unordered_set<int64_t> seen;
  mapRange(&m.mt, h, [&](const void* k, void* e) {
    int64_t key = *static_cast<const int64_t*>(k);
    EXPECT_TRUE(seen.insert(key).second) << "key visited twice";
    auto it = ref.find(key);
    EXPECT_NE(it, ref.end());
    if (it != ref.end()) {
      EXPECT_EQ(*static_cast<int64_t*>(e), it->second);
    }
    return true;
  });
  EXPECT_EQ(seen.size(), ref.size());
}

TEST(Map, MakemapHintPresizes) {
  const MapDesc& m = T().i64i64;
  hmap* h = makemap(&m.mt, 1000);
  EXPECT_EQ(h->B, 8);  // 1000 / 6.5 → 154 buckets → 2^8
  EXPECT_NE(h->buckets, nullptr);
  for (int64_t i = 0; i < 1000; i++) put(m, h, i, i);
  EXPECT_EQ(h->B, 8) << "no grow below the hint";
  // As Go: a negative hint means no hint (no panic).
  hmap* z = makemap(&m.mt, -1);
  EXPECT_EQ(z->B, 0);
  EXPECT_EQ(z->buckets, nullptr);
  put(m, z, int64_t(1), 2);
  EXPECT_EQ(maplen(z), 1);
  hmap* s = static_cast<hmap*>(rt_makemap_small());
  put(m, s, int64_t(3), 4);
  EXPECT_TRUE(get(m, s, int64_t(3)));
}

TEST(Map, GrowthIsIncremental) {
  const MapDesc& m = T().i64i64;
  hmap* h = makemap(&m.mt, 0);
  int longestGrow = 0, run = 0, grows = 0;
  uint8_t lastB = 0;
  bool checkedMidGrow = false;
  for (int64_t i = 0; i < 200000; i++) {
    put(m, h, i, -i);
    if (mapGrowing(h)) {
      if (run == 0) {
        grows++;
        EXPECT_EQ(h->B, lastB + 1) << "a load-factor grow doubles";
      }
      run++;
      if (h->B >= 12 && run == 100 && !checkedMidGrow) {
        // Mid-grow: part of the old array is still to be evacuated, and every key is
        // found wherever it is.
        checkedMidGrow = true;
        EXPECT_LT(h->nevacuate, uintptr_t(1) << (h->B - 1));
        for (int64_t k = 0; k <= i; k++) {
          int64_t v;
          ASSERT_TRUE(get(m, h, k, &v));
          ASSERT_EQ(v, -k);
        }
        EXPECT_FALSE(get(m, h, int64_t(i + 1)));
      }
    } else {
      longestGrow = std::max(longestGrow, run);
      run = 0;
      lastB = h->B;
    }
  }
  EXPECT_TRUE(checkedMidGrow);
  EXPECT_GE(grows, 10);
  // Evacuation is spread: a grow of 2^B old buckets takes many writes.
  EXPECT_GT(longestGrow, 500);
  for (int64_t k = 0; k < 200000; k++) ASSERT_TRUE(get(m, h, k));
}

TEST(Map, SameSizeGrowWhenTooManyOverflowBuckets) {
  const MapDesc& m = T().identity;
  hmap* h = makemap(&m.mt, 100);
  ASSERT_EQ(h->B, 4);
  // 100 keys in bucket 0: a chain of 13 buckets. Delete them; fill bucket 1's chain the
  // same way: the overflow buckets now outnumber 2^B / 1 and the next insert rebuilds
  // the table at the same size.
  for (int64_t j = 0; j < 100; j++) put(m, h, j * 16, j);
  EXPECT_FALSE(mapGrowing(h));
  for (int64_t j = 0; j < 100; j++) del(m, h, j * 16);
  EXPECT_EQ(maplen(h), 0);
  bool sawSameSize = false;
  int64_t j = 0;
  for (; j < 100 && !sawSameSize; j++) {
    put(m, h, j * 16 + 1, j);
    if (mapGrowing(h)) {
      sawSameSize = true;
      EXPECT_EQ(h->B, 4) << "same-size grow keeps B";
    }
  }
  ASSERT_TRUE(sawSameSize);
  for (int64_t k = 0; k < j; k++) {
    int64_t v;
    ASSERT_TRUE(get(m, h, k * 16 + 1, &v));
    EXPECT_EQ(v, k);
  }
  // Later writes finish the grow; the chain is packed.
  for (int64_t k = 0; k < 40 && mapGrowing(h); k++) put(m, h, k * 16 + 1, k);
  EXPECT_FALSE(mapGrowing(h));
  EXPECT_EQ(h->B, 4);
  EXPECT_LT(h->noverflow, 16);
  for (int64_t k = 0; k < j; k++) ASSERT_TRUE(get(m, h, k * 16 + 1));
}

TEST(Map, RangeVisitsEachKeyOnce) {
  const MapDesc& m = T().i64i64;
  for (int n : {0, 1, 5, 8, 9, 13, 14, 100, 1000, 100000}) {
    hmap* h = makemap(&m.mt, 0);
    for (int64_t i = 0; i < n; i++) put(m, h, i * 7, i);
    std::vector<int64_t> ks = rangeKeys<int64_t>(m, h);
    std::sort(ks.begin(), ks.end());
    ASSERT_EQ(ks.size(), size_t(n));
    for (int64_t i = 0; i < n; i++) ASSERT_EQ(ks[i], i * 7);
  }
}

TEST(Map, RangeOrderIsRandomized) {
  const MapDesc& m = T().i64i64;
  hmap* h = makemap(&m.mt, 0);
  for (int64_t i = 0; i < 100; i++) put(m, h, i, i);
  std::vector<int64_t> first = rangeKeys<int64_t>(m, h);
  bool differs = false;
  for (int tries = 0; tries < 5 && !differs; tries++) differs = rangeKeys<int64_t>(m, h) != first;
  EXPECT_TRUE(differs);
  // The starting point moves: the first key varies.
  std::set<int64_t> firsts;
  for (int i = 0; i < 64; i++) firsts.insert(rangeKeys<int64_t>(m, h)[0]);
  EXPECT_GE(firsts.size(), 8u);
  // Even a one-bucket map starts at a random slot.
  hmap* small = makemap(&m.mt, 0);
  for (int64_t i = 0; i < 8; i++) put(m, small, i, i);
  std::set<int64_t> smallFirsts;
  for (int i = 0; i < 64; i++) smallFirsts.insert(rangeKeys<int64_t>(m, small)[0]);
  EXPECT_GE(smallFirsts.size(), 3u);
}

// Range with writes: a key deleted before it is reached is never produced; every key
// present throughout is produced exactly once; keys added during the loop may or may not
// be. startMidGrow: the loop begins while the map is growing.
void rangeWithWrites(const MapDesc& m, bool startMidGrow, uint64_t seed) {
  hmap* h = makemap(&m.mt, 0);
  std::mt19937_64 rng(seed);
  std::unordered_set<int64_t> live;
  int64_t next = 0;
  while (live.size() < 3000 || (startMidGrow && !mapGrowing(h))) {
    put(m, h, next, next);
    live.insert(next++);
  }
  if (startMidGrow) {
    ASSERT_TRUE(mapGrowing(h));
  }
  const std::unordered_set<int64_t> original = live;
  std::unordered_set<int64_t> seen, deleted, added;
  hiter it{};
  int steps = 0;
  for (mapiterinit(&m.mt, h, &it); it.key != nullptr; mapiternext(&it)) {
    int64_t k = *static_cast<int64_t*>(it.key);
    ASSERT_TRUE(seen.insert(k).second) << "key " << k << " produced twice";
    ASSERT_EQ(deleted.count(k), 0u) << "deleted key " << k << " produced";
    ASSERT_EQ(*static_cast<int64_t*>(it.elem), k);
    steps++;
    // Delete a few keys not yet seen, add a few (forcing grows along the way).
    for (int d = 0; d < 2; d++) {
      int64_t victim = int64_t(rng() % uint64_t(next));
      if (seen.count(victim) == 0 && live.erase(victim) != 0) {
        del(m, h, victim);
        deleted.insert(victim);
      }
    }
    for (int a = 0; a < 3; a++) {
      put(m, h, next, next);
      live.insert(next);
      added.insert(next++);
    }
  }
  EXPECT_GT(steps, 0);
  for (int64_t k : original) {
    if (deleted.count(k) == 0) {
      EXPECT_EQ(seen.count(k), 1u) << "live key " << k << " missed";
    }
  }
  for (int64_t k : seen) EXPECT_TRUE(original.count(k) != 0 || added.count(k) != 0);
  EXPECT_EQ(uint64_t(maplen(h)), live.size());
}

TEST(Map, RangeToleratesWrites) {
  for (uint64_t seed = 1; seed <= 4; seed++) {
    rangeWithWrites(T().i64i64, false, seed);
    rangeWithWrites(T().i64i64Scan, false, seed);
  }
}

TEST(Map, RangeStartedMidGrow) {
  for (uint64_t seed = 1; seed <= 4; seed++) {
    rangeWithWrites(T().i64i64, true, seed);
    rangeWithWrites(T().strInt.mt.key == nullptr ? T().i64i64 : T().i64i64Scan, true, seed);
  }
}

double nanWithPayload(uint64_t payload) {
  uint64_t bits = 0x7ff8000000000000ull | (payload & 0x7ffffffffffffull);
  double d;
  memcpy(&d, &bits, 8);
  return d;
}
uint64_t bitsOf(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  return b;
}

TEST(Map, NaNKeys) {
  const MapDesc& m = T().f64Int;
  hmap* h = makemap(&m.mt, 0);
  double nan = std::numeric_limits<double>::quiet_NaN();
  put(m, h, nan, 1);
  put(m, h, nan, 2);
  put(m, h, nan, 3);
  put(m, h, 1.5, 4);
  EXPECT_EQ(maplen(h), 4) << "each NaN insert adds an entry";
  EXPECT_FALSE(get(m, h, nan)) << "a NaN is never found";
  del(m, h, nan);
  EXPECT_EQ(maplen(h), 4) << "a NaN cannot be deleted";
  int nans = 0;
  int64_t sum = 0;
  mapRange(&m.mt, h, [&](const void* k, void* e) {
    if (std::isnan(*static_cast<const double*>(k))) nans++;
    sum += *static_cast<int64_t*>(e);
    return true;
  });
  EXPECT_EQ(nans, 3);
  EXPECT_EQ(sum, 10);
  mapclear(&m.mt, h);
  EXPECT_EQ(maplen(h), 0);
  EXPECT_TRUE(rangeKeys<double>(m, h).empty());
  put(m, h, 2.5, 1);
  EXPECT_TRUE(get(m, h, 2.5));
}

TEST(Map, NaNKeysAcrossGrowDuringRange) {
  // Many NaNs (told apart by payload) and numbers; a range loop started mid-grow, with
  // inserts going on, produces every NaN exactly once.
  const MapDesc& m = T().f64Int;
  hmap* h = makemap(&m.mt, 0);
  uint64_t p = 1;
  while (maplen(h) < 2000 || !mapGrowing(h)) {
    put(m, h, nanWithPayload(p), int64_t(p));
    put(m, h, double(p), int64_t(p));
    p++;
  }
  std::set<uint64_t> nanPayloads;
  int64_t extra = 1000000;
  mapRange(&m.mt, h, [&](const void* k, void*) {
    double d = *static_cast<const double*>(k);
    if (std::isnan(d)) {
      uint64_t payload = bitsOf(d) & 0x7ffffffffffffull;
      EXPECT_TRUE(nanPayloads.insert(payload).second) << "NaN produced twice";
    }
    put(m, h, double(extra++), 0);
    return true;
  });
  // NaNs added during the loop (none) aside, every NaN present at the start was seen.
  EXPECT_EQ(nanPayloads.size(), size_t(p - 1));
}

TEST(Map, SignedZeroKeys) {
  const MapDesc& m = T().f64Int;
  hmap* h = makemap(&m.mt, 0);
  put(m, h, 0.0, 1);
  put(m, h, -0.0, 2);
  EXPECT_EQ(maplen(h), 1) << "+0 == -0";
  int64_t v;
  EXPECT_TRUE(get(m, h, 0.0, &v));
  EXPECT_EQ(v, 2);
  std::vector<double> ks = rangeKeys<double>(m, h);
  ASSERT_EQ(ks.size(), 1u);
  EXPECT_TRUE(std::signbit(ks[0])) << "needKeyUpdate: the key is overwritten with -0";
  del(m, h, 0.0);
  EXPECT_EQ(maplen(h), 0);
}

TEST(Map, StringKeys) {
  const MapDesc& m = T().strInt;
  hmap* h = makemap(&m.mt, 0);
  std::vector<std::string> storage, copies;
  std::mt19937_64 rng(7);
  for (int i = 0; i < 100000; i++) {
    std::string s = "key-" + std::to_string(rng() % 1000000000) + std::string(i % 40, 'x');
    storage.push_back(s);
    copies.push_back(s);
  }
  std::unordered_map<std::string, int64_t> ref;
  for (size_t i = 0; i < storage.size(); i++) {
    put(m, h, str(storage[i]), int64_t(i));
    ref[storage[i]] = int64_t(i);
  }
  EXPECT_EQ(uint64_t(maplen(h)), ref.size());
  // Lookups by equal strings at other addresses.
  for (const std::string& s : copies) {
    int64_t v;
    ASSERT_TRUE(get(m, h, str(s), &v));
    ASSERT_EQ(v, ref[s]);
  }
  EXPECT_FALSE(get(m, h, str(std::string("absent"))));
  GoString empty{nullptr, 0};
  put(m, h, empty, 99);
  int64_t v;
  EXPECT_TRUE(get(m, h, GoString{reinterpret_cast<const uint8_t*>(""), 0}, &v));
  EXPECT_EQ(v, 99);
  // needKeyUpdate: overwriting stores the new key's header.
  std::string other = storage[0];
  put(m, h, str(other), 5);
  bool found = false;
  mapRange(&m.mt, h, [&](const void* k, void*) {
    auto* g = static_cast<const GoString*>(k);
    if (size_t(g->len) == other.size() && memcmp(g->str, other.data(), other.size()) == 0) {
      EXPECT_EQ(g->str, reinterpret_cast<const uint8_t*>(other.data()));
      found = true;
    }
    return true;
  });
  EXPECT_TRUE(found);
  for (size_t i = 0; i < storage.size(); i += 3) del(m, h, str(copies[i]));
  for (size_t i = 0; i < storage.size(); i++) {
    ASSERT_EQ(get(m, h, str(storage[i])), i % 3 != 0 || storage[i] != storage[i - i % 3]
                                              ? ref.count(storage[i]) != 0 &&
                                                    [&] {
                                                      for (size_t j = i % 3; j <= i; j += 3)
                                                        if (j % 3 == 0 && storage[j] == storage[i])
                                                          return false;
                                                      return true;
                                                    }()
                                              : false);
  }
}

TEST(Map, StructKeys) {
  const MapDesc& m = T().pairInt;
  hmap* h = makemap(&m.mt, 0);
  for (int64_t i = 0; i < 20000; i++) put(m, h, Pair{i, double(i) / 4}, i);
  EXPECT_EQ(maplen(h), 20000);
  for (int64_t i = 0; i < 20000; i++) {
    int64_t v;
    ASSERT_TRUE(get(m, h, Pair{i, double(i) / 4}, &v));
    ASSERT_EQ(v, i);
    ASSERT_FALSE(get(m, h, Pair{i, double(i) / 4 + 0.125}));
  }
  // Field-wise equality: -0 finds +0; a NaN field is never found.
  EXPECT_TRUE(get(m, h, Pair{0, -0.0}));
  double nan = std::numeric_limits<double>::quiet_NaN();
  put(m, h, Pair{1, nan}, 1);
  put(m, h, Pair{1, nan}, 1);
  EXPECT_EQ(maplen(h), 20002);
  EXPECT_FALSE(get(m, h, Pair{1, nan}));
  for (int64_t i = 0; i < 20000; i += 2) del(m, h, Pair{i, double(i) / 4});
  EXPECT_EQ(maplen(h), 10002);
  EXPECT_EQ(rangeKeys<Pair>(m, h).size(), 10002u);
}

BigKey bigKey(int64_t i) {
  BigKey k;
  for (int j = 0; j < 20; j++) k.w[j] = i * 31 + j;
  return k;
}

TEST(Map, BigKeysAndElemsAreIndirect) {
  const MapDesc& m = T().big;
  ASSERT_TRUE(m.mt.flags & maptype::indirectKey);
  ASSERT_TRUE(m.mt.flags & maptype::indirectElem);
  hmap* h = makemap(&m.mt, 0);
  const int n = 5000;
  for (int64_t i = 0; i < n; i++) {
    BigKey k = bigKey(i);
    auto* e = static_cast<BigElem*>(mapassign(&m.mt, h, &k));
    for (int j = 0; j < 40; j++) e->w[j] = i + j;
  }
  EXPECT_EQ(maplen(h), n);
  for (int64_t i = 0; i < n; i++) {
    BigKey k = bigKey(i);
    MapAccess2Result r = rt_mapaccess2(&m.mt, h, &k);
    ASSERT_TRUE(r.ok);
    auto* e = static_cast<BigElem*>(r.elem);
    for (int j = 0; j < 40; j++) ASSERT_EQ(e->w[j], i + j);
    // Overwriting returns the same element object.
    EXPECT_EQ(mapassign(&m.mt, h, &k), r.elem);
  }
  BigKey absent = bigKey(n + 1);
  auto* z = static_cast<const BigElem*>(rt_mapaccess1(&m.mt, h, &absent));
  for (int j = 0; j < 40; j++) ASSERT_EQ(z->w[j], 0);
  for (int64_t i = 0; i < n; i += 2) {
    BigKey k = bigKey(i);
    mapdelete(&m.mt, h, &k);
  }
  EXPECT_EQ(maplen(h), n / 2);
  int count = 0;
  mapRange(&m.mt, h, [&](const void* k, void* e) {
    auto* key = static_cast<const BigKey*>(k);
    int64_t i = (key->w[0]) / 31;
    EXPECT_EQ(i % 2, 1);
    BigKey want = bigKey(i);
    EXPECT_EQ(memcmp(key, &want, sizeof(BigKey)), 0);
    EXPECT_EQ(static_cast<BigElem*>(e)->w[39], i + 39);
    count++;
    return true;
  });
  EXPECT_EQ(count, n / 2);
}

TEST(Map, InterfaceKeys) {
  const Types& ty = T();
  const MapDesc& m = ty.ifaceInt;
  hmap* h = makemap(&m.mt, 0);
  static int64_t ints[100];
  static int64_t intsCopy[100];
  for (int i = 0; i < 100; i++) ints[i] = intsCopy[i] = i;
  for (int i = 0; i < 100; i++) put(m, h, GoEface{&ty.intT.t, &ints[i]}, i);
  // Same value, other type: another key.
  put(m, h, GoEface{&ty.int64T.t, &ints[5]}, 1000);
  static std::string s1 = "hello", s2 = "hello";
  static GoString g1 = str(s1), g2 = str(s2);
  put(m, h, GoEface{&ty.stringT.t, &g1}, 2000);
  static int target;
  put(m, h, GoEface{&ty.ptrT.t, &target}, 3000);  // pointer-shaped: data word is the value
  put(m, h, GoEface{nullptr, nullptr}, 4000);     // the nil interface is a key too
  EXPECT_EQ(maplen(h), 104);
  int64_t v;
  for (int i = 0; i < 100; i++) {
    ASSERT_TRUE(get(m, h, GoEface{&ty.intT.t, &intsCopy[i]}, &v));
    ASSERT_EQ(v, i);
  }
  ASSERT_TRUE(get(m, h, GoEface{&ty.int64T.t, &intsCopy[5]}, &v));
  EXPECT_EQ(v, 1000);
  ASSERT_TRUE(get(m, h, GoEface{&ty.stringT.t, &g2}, &v));
  EXPECT_EQ(v, 2000);
  ASSERT_TRUE(get(m, h, GoEface{&ty.ptrT.t, &target}, &v));
  EXPECT_EQ(v, 3000);
  static int otherTarget;
  EXPECT_FALSE(get(m, h, GoEface{&ty.ptrT.t, &otherTarget}));
  ASSERT_TRUE(get(m, h, GoEface{nullptr, nullptr}, &v));
  EXPECT_EQ(v, 4000);
  del(m, h, GoEface{&ty.intT.t, &intsCopy[7]});
  EXPECT_FALSE(get(m, h, GoEface{&ty.intT.t, &ints[7]}));
  EXPECT_EQ(maplen(h), 103);
}

TEST(Map, NilMap) {
  const Types& ty = T();
  int64_t k = 1;
  EXPECT_EQ(*static_cast<int64_t*>(rt_mapaccess1(&ty.i64i64.mt, nullptr, &k)), 0);
  MapAccess2Result r = rt_mapaccess2(&ty.i64i64.mt, nullptr, &k);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.elem, nullptr);
  rt_mapdelete(&ty.i64i64.mt, nullptr, &k);
  rt_mapclear(&ty.i64i64.mt, nullptr);
  EXPECT_EQ(maplen(nullptr), 0);
  hiter it{};
  rt_mapiterinit(&ty.i64i64.mt, nullptr, &it);
  EXPECT_EQ(it.key, nullptr);
  EXPECT_EQ(it.elem, nullptr);
  // The zero value is at least elemsize bytes, even past the 1 KB static area.
  auto* z = static_cast<const uint8_t*>(rt_mapaccess1(&ty.hugeElem.mt, nullptr, &k));
  for (int i = 0; i < 5000; i++) ASSERT_EQ(z[i], 0);
  // An empty (non-nil) map reads the same way.
  hmap* h = makemap(&ty.hugeElem.mt, 0);
  z = static_cast<const uint8_t*>(rt_mapaccess1(&ty.hugeElem.mt, h, &k));
  for (int i = 0; i < 5000; i++) ASSERT_EQ(z[i], 0);
  // The nil interface key of a nil map: fine.
  GoEface nilKey{nullptr, nullptr};
  EXPECT_FALSE(rt_mapaccess2(&ty.ifaceInt.mt, nullptr, &nilKey).ok);
}

TEST(Map, ClearKeepsMapUsable) {
  const MapDesc& m = T().i64i64;
  hmap* h = makemap(&m.mt, 0);
  for (int64_t i = 0; i < 10000; i++) put(m, h, i, i);
  uint8_t B = h->B;
  mapclear(&m.mt, h);
  EXPECT_EQ(maplen(h), 0);
  EXPECT_EQ(h->B, B);
  EXPECT_FALSE(mapGrowing(h));
  for (int64_t i = 0; i < 10000; i++) ASSERT_FALSE(get(m, h, i));
  EXPECT_TRUE(rangeKeys<int64_t>(m, h).empty());
  for (int64_t i = 0; i < 10000; i++) put(m, h, i, -i);
  EXPECT_EQ(h->B, B) << "the cleared array is reused";
  for (int64_t i = 0; i < 10000; i++) ASSERT_TRUE(get(m, h, i));
}

// ---------------------------------------------------------------------------
// Go's panics and fatal errors.

TEST(MapDeathTest, AssignToNilMap) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  int64_t k = 1;
  EXPECT_EXIT(rt_mapassign(&T().i64i64.mt, nullptr, &k), testing::ExitedWithCode(2),
              "^panic: assignment to entry in nil map\n\ngoroutine 1 \\[running\\]:");
}

TEST(MapDeathTest, UnhashableInterfaceKey) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  const Types& ty = T();
  static GoSlice slice{nullptr, 0, 0};
  GoEface key{&ty.sliceT.t, &slice};
  hmap* h = makemap(&ty.ifaceInt.mt, 0);
  EXPECT_EXIT(rt_mapassign(&ty.ifaceInt.mt, h, &key), testing::ExitedWithCode(2),
              "^panic: runtime error: hash of unhashable type \\[\\]int\n");
  // Go hashes the key even when the map is nil, so the read panics too.
  EXPECT_EXIT(rt_mapaccess1(&ty.ifaceInt.mt, nullptr, &key), testing::ExitedWithCode(2),
              "^panic: runtime error: hash of unhashable type \\[\\]int\n");
  EXPECT_EXIT(rt_mapdelete(&ty.ifaceInt.mt, nullptr, &key), testing::ExitedWithCode(2),
              "hash of unhashable type \\[\\]int");
}

// A write in progress (hashWriting set) seen by another access.
TEST(MapDeathTest, AccessDuringWriteIsFatal) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  const MapDesc& m = T().i64i64;
  auto writing = [&] {
    hmap* h = makemap(&m.mt, 0);
    put(m, h, int64_t(1), 1);
    h->flags |= 4;  // hashWriting
    return h;
  };
  int64_t k = 1;
  EXPECT_EXIT(rt_mapaccess1(&m.mt, writing(), &k), testing::ExitedWithCode(2),
              "^fatal error: concurrent map read and map write\n");
  EXPECT_EXIT(rt_mapaccess2(&m.mt, writing(), &k), testing::ExitedWithCode(2),
              "^fatal error: concurrent map read and map write\n");
  EXPECT_EXIT(rt_mapassign(&m.mt, writing(), &k), testing::ExitedWithCode(2),
              "^fatal error: concurrent map writes\n");
  EXPECT_EXIT(rt_mapdelete(&m.mt, writing(), &k), testing::ExitedWithCode(2),
              "^fatal error: concurrent map writes\n");
  EXPECT_EXIT(
      {
        hmap* h = makemap(&m.mt, 0);
        put(m, h, int64_t(1), 1);
        put(m, h, int64_t(2), 2);
        hiter it{};
        rt_mapiterinit(&m.mt, h, &it);
        h->flags |= 4;
        rt_mapiternext(&it);
      },
      testing::ExitedWithCode(2), "^fatal error: concurrent map iteration and map write\n");
}

// Two threads writing one map: Go's detection catches it (best effort, as in Go; the
// keys exist already so the writers never restructure the table under each other).
TEST(MapDeathTest, ConcurrentWritesDetected) {
  if (kTSan) GTEST_SKIP() << "the race is the point; ThreadSanitizer would report it first";
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        const MapDesc& m = T().i64i64;
        hmap* h = makemap(&m.mt, 1000);
        for (int64_t i = 0; i < 1000; i++) put(m, h, i, i);
        auto writer = [&] {
          auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
          while (std::chrono::steady_clock::now() < deadline) {
            for (int64_t i = 0; i < 1000; i++) put(m, h, i, i + 1);
          }
        };
        std::thread a(writer);
        std::thread b(writer);
        a.join();
        b.join();
        exit(0);
      },
      testing::ExitedWithCode(2), "^fatal error: concurrent map writes\n");
}

// ---------------------------------------------------------------------------
// Concurrency that Go allows: many readers and iterators of one map, and maps owned by
// different threads. Must be clean under ThreadSanitizer.

TEST(Map, ConcurrentReadersAndIterators) {
  const MapDesc& m = T().i64i64;
  hmap* h = makemap(&m.mt, 0);
  const int n = 20000;
  for (int64_t i = 0; i < n; i++) put(m, h, i, i * 3);
  std::atomic<int> failures{0};
  auto reader = [&](int id) {
    std::mt19937_64 rng{uint64_t(id)};
    for (int r = 0; r < 20000; r++) {
      int64_t k = int64_t(rng() % (2 * n));
      int64_t v = 0;
      MapAccess2Result res = rt_mapaccess2(&m.mt, h, &k);
      if (res.ok) v = *static_cast<int64_t*>(res.elem);
      if (res.ok != (k < n) || (res.ok && v != k * 3)) failures++;
    }
    for (int r = 0; r < 3; r++) {
      int count = 0;
      mapRange(&m.mt, h, [&](const void*, void*) {
        count++;
        return true;
      });
      if (count != n) failures++;
    }
  };
  std::vector<std::thread> ts;
  for (int i = 0; i < 4; i++) ts.emplace_back(reader, i);
  for (auto& t : ts) t.join();
  EXPECT_EQ(failures.load(), 0);
}

TEST(Map, ConcurrentIteratorsOnPointerFreeBuckets) {
  // mapiterinit on a map whose bucket type has no pointers creates the overflow lists;
  // two iterators may do it at once.
  const MapDesc& m = T().i64i64;
  for (int round = 0; round < 20; round++) {
    hmap* h = makemap(&m.mt, 0);
    for (int64_t i = 0; i < 500; i++) put(m, h, i, i);
    std::atomic<int> counts{0};
    auto iter = [&] { counts += int(rangeKeys<int64_t>(m, h).size()); };
    std::thread a(iter), b(iter);
    a.join();
    b.join();
    EXPECT_EQ(counts.load(), 1000);
  }
}

TEST(Map, MapsOwnedByDifferentThreads) {
  std::atomic<int> failures{0};
  auto work = [&](int id) {
    const MapDesc& m = T().strInt;
    hmap* h = makemap(&m.mt, 0);
    std::vector<std::string> keys;
    for (int i = 0; i < 5000; i++) keys.push_back(std::to_string(id) + ":" + std::to_string(i));
    for (int i = 0; i < 5000; i++) put(m, h, str(keys[i]), i);
    for (int i = 0; i < 5000; i += 2) del(m, h, str(keys[i]));
    for (int i = 0; i < 5000; i++) {
      int64_t v = -1;
      bool ok = get(m, h, str(keys[i]), &v);
      if (ok != (i % 2 == 1) || (ok && v != i)) failures++;
    }
  };
  std::vector<std::thread> ts;
  for (int i = 0; i < 3; i++) ts.emplace_back(work, i);
  for (auto& t : ts) t.join();
  EXPECT_EQ(failures.load(), 0);
}

// ---------------------------------------------------------------------------
// The collector's view: mark precisely from the hmap alone (through the heap bitmap, as
// the collector will), sweep everything else, reuse the freed memory, and check that the
// map is intact — every object it reaches was described by a pointer bitmap.

void markFrom(uintptr_t root) {
  std::vector<uintptr_t> work{root};
  while (!work.empty()) {
    uintptr_t p = work.back();
    work.pop_back();
    mspan* s = nullptr;
    uintptr_t idx = 0;
    uintptr_t base = findObject(p, &s, &idx);
    if (base == 0 || s->isFree(idx)) continue;
    if (!markobject(base)) continue;
    if (s->spanclass.noscan()) continue;
    for (uintptr_t w = base; w < base + s->elemsize; w += 8) {
      if (heapBitsIsPointer(w)) {
        uintptr_t v = *reinterpret_cast<uintptr_t*>(w);
        if (v != 0) work.push_back(v);
      }
    }
  }
}

void churnHeap() {
  // Allocate and scribble over memory of many sizes, scan and noscan, small and large.
  static alloctest::TestType scanType;
  static bool init = false;
  if (!init) {
    alloctest::initType(&scanType, 1, [](uintptr_t) { return true; });
    init = true;
  }
  for (uintptr_t size :
       {8,   16,  24,   32,   48,   64,   96,   128,   144,   160,   208,    256,
        320, 512, 1024, 2048, 2688, 4096, 8192, 16384, 32768, 65536, 262144, 1048576}) {
    int count = size >= 65536 ? 8 : 2000;
    for (int i = 0; i < count; i++) {
      void* p = mallocgc(size, (i & 1) != 0 ? &scanType.t : nullptr, true);
      // Scan objects keep valid (null) pointers; noscan ones get garbage.
      if ((i & 1) == 0) memset(p, 0xA5, size);
    }
  }
}

TEST(Map, CollectorKeepsWhatTheMapReaches) {
  const Types& ty = T();
  // An int64 map mid-grow (pointer-free buckets: overflow buckets live through extra),
  // a string map whose key bytes are on the heap, and a big-key map (indirect objects).
  hmap* ints = makemap(&ty.i64i64.mt, 0);
  for (int64_t i = 0; maplen(ints) < 30000 || !mapGrowing(ints); i++) put(ty.i64i64, ints, i, i);
  int64_t nints = maplen(ints);
  hmap* strs = makemap(&ty.strInt.mt, 0);
  for (int i = 0; i < 20000; i++) {
    std::string s = "s" + std::to_string(i * 7919);
    auto* bytes = static_cast<uint8_t*>(mallocgc(s.size(), nullptr, false));
    memcpy(bytes, s.data(), s.size());
    put(ty.strInt, strs, GoString{bytes, intptr_t(s.size())}, i);
  }
  hmap* bigs = makemap(&ty.big.mt, 0);
  for (int64_t i = 0; i < 3000; i++) {
    BigKey k = bigKey(i);
    static_cast<BigElem*>(mapassign(&ty.big.mt, bigs, &k))->w[0] = i;
  }

  alloctest::gcCycle([&] {
    markFrom(uintptr_t(ints));
    markFrom(uintptr_t(strs));
    markFrom(uintptr_t(bigs));
  });
  churnHeap();

  EXPECT_EQ(maplen(ints), nints);
  for (int64_t i = 0; i < nints; i++) {
    int64_t v;
    ASSERT_TRUE(get(ty.i64i64, ints, i, &v));
    ASSERT_EQ(v, i);
  }
  EXPECT_EQ(rangeKeys<int64_t>(ty.i64i64, ints).size(), size_t(nints));
  for (int i = 0; i < 20000; i++) {
    std::string s = "s" + std::to_string(i * 7919);
    int64_t v;
    ASSERT_TRUE(get(ty.strInt, strs, str(s), &v)) << s;
    ASSERT_EQ(v, i);
  }
  for (int64_t i = 0; i < 3000; i++) {
    BigKey k = bigKey(i);
    MapAccess2Result r = rt_mapaccess2(&ty.big.mt, bigs, &k);
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(static_cast<BigElem*>(r.elem)->w[0], i);
  }
  // Writes after the collection (finishing the grow) still work.
  for (int64_t i = nints; i < nints + 50000; i++) put(ty.i64i64, ints, i, i);
  for (int64_t i = 0; i < nints + 50000; i++) ASSERT_TRUE(get(ty.i64i64, ints, i));
}

}  // namespace
