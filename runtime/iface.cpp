// iface.cpp — interface values for compiled code (Go's iface.go, alg.go): boxing of
// values (convT64, convTstring, convT), equality of interface values and the
// per-kind equality functions that type descriptors point to.
#include "abi.h"
#include "malloc.h"
#include "mbarrier.h"
#include "panic.h"
#include "print.h"
#include "type.h"

#include <cstring>

namespace runtime {

namespace {

// Boxed small integers share these cells (Go's staticuint64s).
const uint64_t staticuint64s[256] = {
#define V4(n) n, n + 1, n + 2, n + 3
#define V16(n) V4(n), V4(n + 4), V4(n + 8), V4(n + 12)
#define V64(n) V16(n), V16(n + 16), V16(n + 32), V16(n + 48)
    V64(0), V64(64), V64(128), V64(192)
#undef V64
#undef V16
#undef V4
};

const uint8_t stringGCBits[] = {1};
// The runtime's own descriptor for string, for boxed strings on the heap.
const _type stringType = {16,
                          8,
                          0,
                          0,
                          8,
                          8,
                          kindString,
                          nullptr,
                          stringGCBits,
                          GoString{reinterpret_cast<const uint8_t*>("string"), 6},
                          nullptr};

GoString zeroString{nullptr, 0};

}  // namespace

}  // namespace runtime

using runtime::_type;
using runtime::GoString;

#define RT_ENTRY(name) __asm__("runtime." #name)

extern "C" {
void* rt_convT64(uint64_t v) RT_ENTRY(convT64);
void* rt_convTstring(const uint8_t* p, intptr_t n) RT_ENTRY(convTstring);
void* rt_convT(const _type* t, const void* v) RT_ENTRY(convT);
bool rt_efaceeq(const _type* t, const void* x, const void* y) RT_ENTRY(efaceeq);

bool rt_memequal0(const void*, const void*) RT_ENTRY(memequal0);
bool rt_memequal8(const void* p, const void* q) RT_ENTRY(memequal8);
bool rt_memequal16(const void* p, const void* q) RT_ENTRY(memequal16);
bool rt_memequal32(const void* p, const void* q) RT_ENTRY(memequal32);
bool rt_memequal64(const void* p, const void* q) RT_ENTRY(memequal64);
bool rt_memequal128(const void* p, const void* q) RT_ENTRY(memequal128);
bool rt_f32equal(const void* p, const void* q) RT_ENTRY(f32equal);
bool rt_f64equal(const void* p, const void* q) RT_ENTRY(f64equal);
bool rt_strequal(const void* p, const void* q) RT_ENTRY(strequal);
bool rt_nilinterequal(const void* p, const void* q) RT_ENTRY(nilinterequal);
bool rt_interequal(const void* p, const void* q) RT_ENTRY(interequal);
}

void* rt_convT64(uint64_t v) {
  if (v < 256) return const_cast<uint64_t*>(&runtime::staticuint64s[v]);
  auto* p = static_cast<uint64_t*>(runtime::mallocgc(8, nullptr, false));
  *p = v;
  return p;
}

void* rt_convTstring(const uint8_t* p, intptr_t n) {
  if (n == 0) return &runtime::zeroString;
  auto* s = static_cast<GoString*>(runtime::mallocgc(16, &runtime::stringType, false));
  // The new box is black while marking: shade what goes into it (Go's needwb).
  if (runtime::writeBarrierEnabled()) runtime::shade(reinterpret_cast<uintptr_t>(p));
  *s = GoString{p, n};
  return s;
}

void* rt_convT(const _type* t, const void* v) {
  void* p = runtime::mallocgc(t->size, t, false);
  runtime::bulkBarrierPreWrite(nullptr, v, t->size, t);  // shades v's pointers while marking
  memcpy(p, v, t->size);
  return p;
}

// x and y are the data words of two interfaces holding dynamic type t.
bool rt_efaceeq(const _type* t, const void* x, const void* y) {
  if (!t) return true;
  if (!t->equal) {
    // Go: "runtime error: comparing uncomparable type []int"
    runtime::panicRuntimeErrorType("comparing uncomparable type ", t);
  }
  if (t->kind & runtime::kindDirectIface) return x == y;
  return t->equal(x, y);
}

bool rt_memequal0(const void*, const void*) {
  return true;
}
bool rt_memequal8(const void* p, const void* q) {
  return *static_cast<const uint8_t*>(p) == *static_cast<const uint8_t*>(q);
}
bool rt_memequal16(const void* p, const void* q) {
  return memcmp(p, q, 2) == 0;
}
bool rt_memequal32(const void* p, const void* q) {
  return memcmp(p, q, 4) == 0;
}
bool rt_memequal64(const void* p, const void* q) {
  return memcmp(p, q, 8) == 0;
}
bool rt_memequal128(const void* p, const void* q) {
  return memcmp(p, q, 16) == 0;
}
bool rt_f32equal(const void* p, const void* q) {
  return *static_cast<const float*>(p) == *static_cast<const float*>(q);
}
bool rt_f64equal(const void* p, const void* q) {
  return *static_cast<const double*>(p) == *static_cast<const double*>(q);
}

bool rt_strequal(const void* p, const void* q) {
  auto* a = static_cast<const GoString*>(p);
  auto* b = static_cast<const GoString*>(q);
  return a->len == b->len && (a->str == b->str || memcmp(a->str, b->str, size_t(a->len)) == 0);
}

bool rt_nilinterequal(const void* p, const void* q) {
  auto* a = static_cast<const runtime::GoEface*>(p);
  auto* b = static_cast<const runtime::GoEface*>(q);
  return a->type == b->type && rt_efaceeq(a->type, a->data, b->data);
}

bool rt_interequal(const void* p, const void* q) {
  // Non-empty interfaces hold an itab whose first word is the interface type and second
  // the dynamic type; equality compares itabs and then values by the dynamic type.
  auto* a = static_cast<const runtime::GoEface*>(p);
  auto* b = static_cast<const runtime::GoEface*>(q);
  if (a->type != b->type) return false;
  if (!a->type) return true;
  const _type* dyn = reinterpret_cast<const _type* const*>(a->type)[1];
  return rt_efaceeq(dyn, a->data, b->data);
}

// ---------------------------------------------------------------------------
// itabs built at run time (Go's getitab): an assertion or type switch to an interface
// type looks the dynamic type's method table up for each of the interface's methods.
// Built itabs are cached and never freed.

#include <mutex>
#include <unordered_map>

namespace runtime {

namespace {

struct ItabKey {
  const interfacetype* inter;
  const _type* type;
  bool operator==(const ItabKey& o) const { return inter == o.inter && type == o.type; }
};

struct ItabKeyHash {
  size_t operator()(const ItabKey& k) const {
    return std::hash<const void*>()(k.inter) * 31 + std::hash<const void*>()(k.type);
  }
};

std::mutex itabLock;
std::unordered_map<ItabKey, itab*, ItabKeyHash>* itabTable;  // (inter, type) → itab or null

bool sameString(GoString a, GoString b) {
  return a.len == b.len && (a.len == 0 || memcmp(a.str, b.str, size_t(a.len)) == 0);
}

// The name of the first interface method the type lacks, or null when it has them all.
const imethod* buildItab(const interfacetype* inter, const _type* typ, itab* out) {
  const uncommontype* u = typ->uncommon;
  for (intptr_t i = 0; i < inter->nmethods; i++) {
    const imethod& im = inter->methods[i];
    void* fn = nullptr;
    for (intptr_t j = 0; u && j < u->mcount; j++) {
      const method& m = u->methods[j];
      if (sameString(m.name, im.name) && sameString(m.pkgPath, im.pkgPath) && m.mtyp == im.typ) {
        fn = m.ifn;
        break;
      }
    }
    if (!fn) return &im;
    if (out) out->fun[i] = fn;
  }
  return nullptr;
}

}  // namespace

// The itabs the compiler emitted (go.itablinks: a count, then the itabs). getitab
// returns those for their pairs, so that an itab is unique per (interface, type) pair
// and compiled code may compare itab pointers (type switches, assertions, ==).
// A count, then the itab pointers: an array of unknown bound, so that the compiler
// assumes nothing about its size.
extern "C" __attribute__((weak)) const int64_t go_itablinks[] __asm__("go.itablinks");

// Returns the itab of (inter, typ), or null when typ lacks one of inter's methods.
itab* getitab(const interfacetype* inter, const _type* typ, const imethod** missing) {
  std::lock_guard<std::mutex> g(itabLock);
  if (!itabTable) {
    itabTable = new std::unordered_map<ItabKey, itab*, ItabKeyHash>();
    if (go_itablinks != nullptr) {
      auto* tabs = reinterpret_cast<itab* const*>(&go_itablinks[1]);
      for (int64_t i = 0; i < go_itablinks[0]; i++) {
        itab* t = tabs[i];
        (*itabTable)[ItabKey{t->inter, t->type}] = t;
      }
    }
  }
  auto it = itabTable->find(ItabKey{inter, typ});
  if (it != itabTable->end()) {
    if (!it->second && missing) *missing = buildItab(inter, typ, nullptr);
    return it->second;
  }
  size_t n = inter->nmethods > 0 ? size_t(inter->nmethods) : 1;
  auto* tab = static_cast<itab*>(calloc(1, sizeof(itab) + (n - 1) * sizeof(void*)));
  if (!tab) throw_("runtime: out of memory");
  tab->inter = inter;
  tab->type = typ;
  tab->hash = typ->hash;
  const imethod* miss = buildItab(inter, typ, tab);
  if (miss) {
    free(tab);
    tab = nullptr;
    if (missing) *missing = miss;
  }
  (*itabTable)[ItabKey{inter, typ}] = tab;
  return tab;
}

}  // namespace runtime

extern "C" {
runtime::itab* rt_assertE2I(const runtime::interfacetype* inter, const _type* t)
    RT_ENTRY(assertE2I);
runtime::itab* rt_assertE2I2(const runtime::interfacetype* inter, const _type* t)
    RT_ENTRY(assertE2I2);
bool rt_ifaceeq(const runtime::itab* tab, const void* x, const void* y) RT_ENTRY(ifaceeq);
}

// x.(I) for an interface type I: panics as Go does when x is nil or its dynamic type
// lacks a method.
runtime::itab* rt_assertE2I(const runtime::interfacetype* inter, const _type* t) {
  if (!t) {
    // "interface conversion: interface is nil, not main.I"
    runtime::panicTypeAssert(nullptr, nullptr, &inter->typ.str, nullptr);
  }
  const runtime::imethod* missing = nullptr;
  runtime::itab* tab = runtime::getitab(inter, t, &missing);
  if (!tab) {
    // "interface conversion: main.T is not main.I: missing method M"
    runtime::panicTypeAssert(nullptr, &t->str, &inter->typ.str, &missing->name);
  }
  return tab;
}

runtime::itab* rt_assertE2I2(const runtime::interfacetype* inter, const _type* t) {
  if (!t) return nullptr;
  return runtime::getitab(inter, t, nullptr);
}

bool rt_ifaceeq(const runtime::itab* tab, const void* x, const void* y) {
  if (!tab) return true;
  return rt_efaceeq(tab->type, x, y);
}

extern "C" {
[[noreturn]] void rt_panicdottypeE(const _type* have, const _type* want, const _type* iface)
    RT_ENTRY(panicdottypeE);
[[noreturn]] void rt_panicdottypeI(const _type* have, const _type* want, const _type* iface)
    RT_ENTRY(panicdottypeI);
[[noreturn]] void rt_panicnildottype(const _type* want) RT_ENTRY(panicnildottype);
}

// x.(T) failed for an interface{} x: "interface conversion: interface {} is string, not
// int" (or "... is nil, not int").
void rt_panicdottypeE(const _type* have, const _type* want, const _type* iface) {
  runtime::panicTypeAssert(&iface->str, have ? &have->str : nullptr, &want->str, nullptr);
}

// x.(T) failed for a non-empty interface x (have: its dynamic type, which compiled code
// read from the itab).
void rt_panicdottypeI(const _type* have, const _type* want, const _type* iface) {
  rt_panicdottypeE(have, want, iface);
}

void rt_panicnildottype(const _type* want) {
  runtime::panicTypeAssert(nullptr, nullptr, &want->str, nullptr);
}
