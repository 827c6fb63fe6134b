// alloc_bench.cpp — ns per allocation: minigo's mallocgc against glibc malloc, mimalloc
// and the Boehm collector, for 8, 16, 64, 256, 4096 and 65536-byte objects; printed side
// by side with ratios after Google Benchmark's own report. See bench/README.md for the
// method and the results.
//
// Method. One benchmark iteration allocates a batch of N objects (N * size ~ 4 MB,
// 64 <= N <= 65536), writes one word into each (as a program initialising its objects
// would) and keeps the pointers in an array. Only that loop is timed (manual time);
// the batch is then reclaimed outside the timed region, and that is timed separately:
//   glibc, mimalloc  free() of every object
//   minigo           one GC cycle with nothing marked: finishsweep_m, gcResetMarkState,
//                    mark phase on and off, gcSweep(blocking) — every span swept,
//                    empty spans returned to the heap
//   Boehm            clear the (GC-visible) pointer array, GC_gcollect()
// So memory stays bounded (one batch) and each allocator starts every batch from its
// own steady state. minigo allocates with needzero = true (Go's newobject), so it zeroes
// recycled memory; malloc and mi_malloc do not zero, GC_MALLOC does (calloc and
// mi_zalloc are measured too, for comparison).
//
// The fastpath_* benchmarks time the allocation fast path alone: a batch is one span's
// worth of 16-64 byte objects, and its first object is allocated before the timer starts
// (for minigo, that one refills the mcache), so no timed allocation needs a refill.
#include "malloc.h"
#include "mgc.h"
#include "mgcsweep.h"
#include "msize.h"
#include "proc.h"
#include "runtime2.h"
#include "type.h"

#include <benchmark/benchmark.h>
#include <dlfcn.h>
#include <gc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

constexpr size_t kBatchBytes = 4 << 20;

size_t batchFor(size_t size) {
  return std::clamp<size_t>(kBatchBytes / size, 64, 65536);
}

// mimalloc, loaded privately.
void* (*mi_malloc_fn)(size_t);
void* (*mi_zalloc_fn)(size_t);
void (*mi_free_fn)(void*);
bool (*mi_is_in_heap_region_fn)(const void*);
int (*mi_version_fn)();

bool loadMimalloc() {
  void* h = dlopen(MINIGO_MIMALLOC_SO, RTLD_NOW | RTLD_LOCAL);
  if (h == nullptr) {
    fprintf(stderr, "cannot load %s: %s\n", MINIGO_MIMALLOC_SO, dlerror());
    return false;
  }
  mi_malloc_fn = reinterpret_cast<void* (*)(size_t)>(dlsym(h, "mi_malloc"));
  mi_zalloc_fn = reinterpret_cast<void* (*)(size_t)>(dlsym(h, "mi_zalloc"));
  mi_free_fn = reinterpret_cast<void (*)(void*)>(dlsym(h, "mi_free"));
  mi_is_in_heap_region_fn =
      reinterpret_cast<bool (*)(const void*)>(dlsym(h, "mi_is_in_heap_region"));
  mi_version_fn = reinterpret_cast<int (*)()>(dlsym(h, "mi_version"));
  return mi_malloc_fn != nullptr && mi_zalloc_fn != nullptr && mi_free_fn != nullptr &&
         mi_is_in_heap_region_fn != nullptr;
}

// mallocIsGlibcs checks that loading mimalloc did not replace malloc: malloc resolves
// into libc.so, and its blocks are not in mimalloc's heap.
bool mallocIsGlibcs(std::string* where) {
  Dl_info info{};
  void* m = dlsym(RTLD_DEFAULT, "malloc");
  if (dladdr(m, &info) == 0 || info.dli_fname == nullptr) return false;
  *where = info.dli_fname;
  void* p = malloc(64);
  bool inMi = mi_is_in_heap_region_fn(p);
  free(p);
  return where->find("libc.so") != std::string::npos && !inMi;
}

struct GlibcCalloc {
  static void* alloc(size_t n) { return calloc(1, n); }
  static void reclaim(void** ptrs, size_t n) {
    for (size_t i = 0; i < n; i++) free(ptrs[i]);
  }
};

struct Glibc {
  static void* alloc(size_t n) { return malloc(n); }
  static void reclaim(void** ptrs, size_t n) {
    for (size_t i = 0; i < n; i++) free(ptrs[i]);
  }
};

struct MimallocZalloc {
  static void* alloc(size_t n) { return mi_zalloc_fn(n); }
  static void reclaim(void** ptrs, size_t n) {
    for (size_t i = 0; i < n; i++) mi_free_fn(ptrs[i]);
  }
};

struct Mimalloc {
  static void* alloc(size_t n) { return mi_malloc_fn(n); }
  static void reclaim(void** ptrs, size_t n) {
    for (size_t i = 0; i < n; i++) mi_free_fn(ptrs[i]);
  }
};

void minigoCycle() {
  runtime::finishsweep_m();
  runtime::gcResetMarkState();
  runtime::setGCPhase(runtime::_GCmark);
  runtime::gcMarkTinyAllocs();
  runtime::setGCPhase(runtime::_GCoff);
  runtime::gcSweep(true);
}

struct Minigo {
  static void* alloc(size_t n) { return runtime::mallocgc(n, nullptr, true); }
  static void reclaim(void**, size_t) { minigoCycle(); }
};

// A pointer-sized element type whose word is a pointer: "size" bytes of it is an array
// of pointers, so mallocgc also writes the heap bitmap.
const uint8_t kPtrMask[1] = {1};
const runtime::_type kPtrType = [] {
  runtime::_type t{};
  t.size = 8;
  t.ptrdata = 8;
  t.align = 8;
  t.fieldAlign = 8;
  t.kind = runtime::kindPtr;
  t.gcdata = kPtrMask;
  return t;
}();

struct MinigoScan {
  static void* alloc(size_t n) { return runtime::mallocgc(n, &kPtrType, true); }
  static void reclaim(void**, size_t) { minigoCycle(); }
};

struct Boehm {
  static void* alloc(size_t n) { return GC_MALLOC(n); }
  static void reclaim(void** ptrs, size_t n) {
    memset(static_cast<void*>(ptrs), 0, n * sizeof(void*));
    GC_gcollect();
  }
};

struct BoehmAtomic {
  static void* alloc(size_t n) { return GC_MALLOC_ATOMIC(n); }
  static void reclaim(void** ptrs, size_t n) { Boehm::reclaim(ptrs, n); }
};

template <typename A>
void BM_alloc(benchmark::State& state) {
  size_t size = size_t(state.range(0));
  size_t n = batchFor(size);
  // The pointer array must be visible to Boehm's collector (its objects are live until
  // reclaimed); for the others plain malloc'd memory is fine.
  auto** ptrs = static_cast<void**>(GC_MALLOC_UNCOLLECTABLE(n * sizeof(void*)));
  double allocNs = 0, reclaimNs = 0;
  uint64_t count = 0;
  for (auto _ : state) {
    auto t0 = Clock::now();
    for (size_t i = 0; i < n; i++) {
      void* p = A::alloc(size);
      *static_cast<uintptr_t*>(p) = i;
      ptrs[i] = p;
    }
    benchmark::ClobberMemory();
    auto t1 = Clock::now();
    A::reclaim(ptrs, n);
    auto t2 = Clock::now();
    double a = std::chrono::duration<double, std::nano>(t1 - t0).count();
    state.SetIterationTime(a * 1e-9);
    allocNs += a;
    reclaimNs += std::chrono::duration<double, std::nano>(t2 - t1).count();
    count += n;
  }
  GC_FREE(ptrs);
  state.counters["ns_per_alloc"] = allocNs / double(count);
  state.counters["reclaim_ns_per_obj"] = reclaimNs / double(count);
  state.counters["batch"] = double(n);
}

const int64_t kSizes[] = {8, 16, 64, 256, 4096, 65536};
const int64_t kFastSizes[] = {16, 32, 48, 64};

// objectsPerSpan is how many objects of size bytes one span of its class holds.
size_t objectsPerSpan(size_t size) {
  uint8_t c = runtime::sizeToClass(size);
  return runtime::class_to_allocnpages[c] * runtime::_PageSize / runtime::class_to_size[c];
}

// BM_fastpath times the allocation fast path alone: one object is allocated untimed
// (for minigo this refills the mcache with an empty span), then the rest of that span's
// worth of objects is timed — none of them can need a refill — and the whole batch is
// reclaimed untimed. The other allocators run the same sequence.
template <typename A>
void BM_fastpath(benchmark::State& state) {
  size_t size = size_t(state.range(0));
  size_t n = objectsPerSpan(size);
  auto** ptrs = static_cast<void**>(GC_MALLOC_UNCOLLECTABLE(n * sizeof(void*)));
  double allocNs = 0;
  uint64_t count = 0;
  for (auto _ : state) {
    ptrs[0] = A::alloc(size);
    auto t0 = Clock::now();
    for (size_t i = 1; i < n; i++) {
      void* p = A::alloc(size);
      *static_cast<uintptr_t*>(p) = i;
      ptrs[i] = p;
    }
    benchmark::ClobberMemory();
    auto t1 = Clock::now();
    A::reclaim(ptrs, n);
    double a = std::chrono::duration<double, std::nano>(t1 - t0).count();
    state.SetIterationTime(a * 1e-9);
    allocNs += a;
    count += n - 1;
  }
  GC_FREE(ptrs);
  state.counters["ns_per_alloc"] = allocNs / double(count);
  state.counters["batch"] = double(n - 1);
}

void registerAll() {
  struct Entry {
    const char* name;
    void (*fn)(benchmark::State&);
  };
  const Entry entries[] = {
      {"minigo", BM_alloc<Minigo>},
      {"minigo_scan", BM_alloc<MinigoScan>},
      {"glibc", BM_alloc<Glibc>},
      {"mimalloc", BM_alloc<Mimalloc>},
      {"boehm", BM_alloc<Boehm>},
      {"glibc_calloc", BM_alloc<GlibcCalloc>},
      {"mi_zalloc", BM_alloc<MimallocZalloc>},
      {"boehm_atomic", BM_alloc<BoehmAtomic>},
  };
  for (const Entry& e : entries) {
    auto* b = benchmark::RegisterBenchmark(e.name, e.fn);
    for (int64_t s : kSizes) b->Arg(s);
    b->UseManualTime()->Unit(benchmark::kNanosecond);
  }
  const Entry fast[] = {
      {"fastpath_minigo", BM_fastpath<Minigo>}, {"fastpath_minigo_scan", BM_fastpath<MinigoScan>},
      {"fastpath_glibc", BM_fastpath<Glibc>},   {"fastpath_mimalloc", BM_fastpath<Mimalloc>},
      {"fastpath_boehm", BM_fastpath<Boehm>},   {"fastpath_boehm_atomic", BM_fastpath<BoehmAtomic>},
  };
  for (const Entry& e : fast) {
    auto* b = benchmark::RegisterBenchmark(e.name, e.fn);
    for (int64_t s : kFastSizes) b->Arg(s);
    b->UseManualTime()->Unit(benchmark::kNanosecond);
  }
}

// Collects ns_per_alloc of every run (repetitions included) for the summary table.
class CollectingReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) {
      if (r.run_type != Run::RT_Iteration || r.error_occurred) continue;
      std::string name = r.run_name.function_name;
      long size = std::atol(r.run_name.args.c_str());
      auto it = r.counters.find("ns_per_alloc");
      auto rc = r.counters.find("reclaim_ns_per_obj");
      if (it != r.counters.end()) samples[name][size].push_back(it->second.value);
      if (rc != r.counters.end()) reclaim[name][size].push_back(rc->second.value);
    }
    ConsoleReporter::ReportRuns(runs);
  }
  std::map<std::string, std::map<long, std::vector<double>>> samples, reclaim;
};

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v.size() % 2 == 1 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

void printTable(CollectingReporter& rep) {
  auto fmed = [&](const std::string& a, long s) { return median(rep.samples["fastpath_" + a][s]); };
  if (!rep.samples["fastpath_minigo"].empty()) {
    printf("\nFast path: ns per allocation, no refill (median over repetitions)\n\n");
    printf(
        "| size | minigo | minigo scan | glibc malloc | mimalloc | Boehm GC_MALLOC | Boehm "
        "GC_MALLOC_ATOMIC | minigo/mimalloc | minigo/GC_MALLOC | minigo scan/GC_MALLOC | "
        "minigo/GC_MALLOC_ATOMIC |\n");
    printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int64_t s : kFastSizes) {
      double m = fmed("minigo", s), ms = fmed("minigo_scan", s), g = fmed("glibc", s),
             mi = fmed("mimalloc", s), b = fmed("boehm", s), ba = fmed("boehm_atomic", s);
      printf("| %lld | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2fx | %.2fx | %.2fx | %.2fx |\n",
             (long long)s, m, ms, g, mi, b, ba, m / mi, m / b, ms / b, m / ba);
    }
  }
  auto med = [&](const char* a, long s) { return median(rep.samples[a][s]); };
  auto medr = [&](const char* a, long s) { return median(rep.reclaim[a][s]); };
  printf(
      "\nBatches of ~4 MB: ns per allocation, refills included (median over repetitions; "
      "allocation loop only)\n\n");
  printf(
      "| size | minigo | minigo scan | glibc malloc | mimalloc | Boehm GC_MALLOC | Boehm "
      "GC_MALLOC_ATOMIC | minigo/mimalloc | minigo/glibc | minigo scan/GC_MALLOC | "
      "minigo/GC_MALLOC_ATOMIC |\n");
  printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (int64_t s : kSizes) {
    double m = med("minigo", s), ms = med("minigo_scan", s), g = med("glibc", s),
           mi = med("mimalloc", s), b = med("boehm", s), ba = med("boehm_atomic", s);
    printf("| %lld | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2fx | %.2fx | %.2fx | %.2fx |\n",
           (long long)s, m, ms, g, mi, b, ba, m / mi, m / g, ms / b, m / ba);
  }
  printf("\nThe same batches with allocators that zero, as mallocgc does: ns per allocation\n\n");
  printf(
      "| size | minigo | glibc calloc | mi_zalloc | Boehm GC_MALLOC | minigo/mi_zalloc | "
      "minigo/calloc |\n");
  printf("|---:|---:|---:|---:|---:|---:|---:|\n");
  for (int64_t s : kSizes) {
    double m = med("minigo", s), gc = med("glibc_calloc", s), mz = med("mi_zalloc", s),
           b = med("boehm", s);
    printf("| %lld | %.2f | %.2f | %.2f | %.2f | %.2fx | %.2fx |\n", (long long)s, m, gc, mz, b,
           m / mz, m / gc);
  }
  printf("\nns per object to reclaim the batch (free / sweep / GC_gcollect; untimed above)\n\n");
  printf("| size | minigo | minigo scan | glibc free | mi_free | Boehm | Boehm atomic |\n");
  printf("|---:|---:|---:|---:|---:|---:|---:|\n");
  for (int64_t s : kSizes) {
    printf("| %lld | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n", (long long)s, medr("minigo", s),
           medr("minigo_scan", s), medr("glibc", s), medr("mimalloc", s), medr("boehm", s),
           medr("boehm_atomic", s));
  }
}

}  // namespace

int main(int argc, char** argv) {
  GC_INIT();
  GC_expand_hp(64 << 20);  // room for a batch without a collection in the timed loop
  runtime::schedinit();    // heap, Ps; the main thread holds P 0
  if (!loadMimalloc()) return 1;
  std::string where;
  if (!mallocIsGlibcs(&where)) {
    fprintf(stderr, "malloc is not glibc's (resolved in %s): the comparison would be wrong\n",
            where.c_str());
    return 1;
  }
  printf("malloc resolves to %s (not mimalloc); mimalloc %d loaded privately from %s\n",
         where.c_str(), mi_version_fn != nullptr ? mi_version_fn() : 0, MINIGO_MIMALLOC_SO);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  registerAll();
  CollectingReporter rep;
  benchmark::RunSpecifiedBenchmarks(&rep);
  printTable(rep);
  benchmark::Shutdown();
  return 0;
}
