// rtype.cpp — the primitives of the stdlib's internal/rtype (stdlib/internal/rtype/rtype.go,
// whose doc comments are the contract): read-only access to the run-time type of an
// interface value, for fmt, sort and errors. Each primitive reads the type descriptor
// (type.h) of the interface's dynamic type.
//
// An interface value arrives as (type, data): data is the value itself when the type is
// pointer-shaped (kindDirectIface), otherwise a pointer to it. Values handed back as
// `any` are built as the compiler builds interface values: a pointer-shaped value goes
// in the data word, anything else is copied to the heap. Values whose static type is an
// interface type are returned as their own dynamic value (an interface is never boxed in
// an interface). A primitive given a value of a kind it does not accept dies with a fatal
// error naming the primitive and the type (a bug in the caller); an index out of range
// panics as an index expression does.
#include "abi.h"
#include "malloc.h"
#include "map.h"
#include "mbarrier.h"
#include "panic.h"
#include "print.h"
#include "type.h"

#include <cstring>

extern "C" {
bool rt_memequal8(const void* p, const void* q) __asm__("runtime.memequal8");
bool rt_nilinterequal(const void* p, const void* q) __asm__("runtime.nilinterequal");
[[noreturn]] void rt_panicIndex(int64_t x, int64_t y) __asm__("runtime.panicIndex");
[[noreturn]] void rt_panicmem() __asm__("runtime.panicmem");
void* rt_convT64(uint64_t v) __asm__("runtime.convT64");

// The compiler's descriptor of uint8, when the program has one (type.h: descriptors of
// predeclared types are external). A byte taken from a string must carry it, so that a
// type switch on the result matches `case byte`.
extern const runtime::_type compiledUint8Type __asm__("type.uint8") __attribute__((weak));
}

namespace runtime {

namespace {

GoString cstring(const char* s) {
  return GoString{reinterpret_cast<const uint8_t*>(s), intptr_t(strlen(s))};
}

// The runtime's own descriptors: uint8 for programs without one (no code of theirs can
// tell it apart), and interface {} for the backing arrays of MapEntries' slices.
// The hash is the compiler's (FNV-1a of the name).
const _type uint8Type = {.size = 1,
                         .ptrdata = 0,
                         .hash = 0x199df2db,
                         .tflag = tflagNamed,
                         .align = 1,
                         .fieldAlign = 1,
                         .kind = kindUint8,
                         .equal = rt_memequal8,
                         .gcdata = nullptr,
                         .str = {reinterpret_cast<const uint8_t*>("uint8"), 5},
                         .uncommon = nullptr};
const uint8_t efaceGCBits[] = {3};
const interfacetype efaceType = {
    .typ = {.size = 16,
            .ptrdata = 16,
            .hash = 0,
            .tflag = 0,
            .align = 8,
            .fieldAlign = 8,
            .kind = kindInterface,
            .equal = rt_nilinterequal,
            .gcdata = efaceGCBits,
            .str = {reinterpret_cast<const uint8_t*>("interface {}"), 12},
            .uncommon = nullptr},
    .pkgPath = {nullptr, 0},
    .methods = nullptr,
    .nmethods = 0};

const _type* byteType() {
  return &compiledUint8Type != nullptr ? &compiledUint8Type : &uint8Type;
}

// "fatal error: internal/rtype.Len: unsupported value of type []int"
[[noreturn]] void badValue(const char* fn, const _type* t) {
  printlock();
  printcstr("fatal error: internal/rtype.");
  printcstr(fn);
  printcstr(": unsupported value of type ");
  printstring(t ? t->str : cstring("<nil>"));
  printnl();
  printnl();
  printgoroutineheader();
  printunlock();
  exit2();
}

// An index out of range, as the index expression x[i] reports it: Go omits the length
// when the index is negative.
[[noreturn]] void panicIndex(int64_t i, int64_t len) {
  if (i >= 0) rt_panicIndex(i, len);
  printlock();
  printcstr("panic: runtime error: index out of range [");
  printint(i);
  printcstr("]\n\n");
  printgoroutineheader();
  printunlock();
  exit2();
}

void checkIndex(int64_t i, int64_t len) {
  if (uint64_t(i) >= uint64_t(len)) panicIndex(i, len);
}

// The address of the value an interface with dynamic type t holds, given the address of
// its data word.
const uint8_t* valueAddr(const _type* t, void* const* data) {
  return static_cast<const uint8_t*>(t->directIface() ? static_cast<const void*>(data) : *data);
}

// The value of type t stored at p, as an interface value (see the header comment).
GoEface toAny(const _type* t, const void* p) {
  if (t->kindOf() == kindInterface) {
    auto* it = reinterpret_cast<const interfacetype*>(t);
    auto* words = static_cast<void* const*>(p);
    if (it->nmethods == 0) return GoEface{static_cast<const _type*>(words[0]), words[1]};
    auto* tab = static_cast<const itab*>(words[0]);
    return tab ? GoEface{tab->type, words[1]} : GoEface{nullptr, nullptr};
  }
  if (t->directIface()) return GoEface{t, *static_cast<void* const*>(p)};
  void* box = mallocgc(t->size, t, false);
  bulkBarrierPreWrite(nullptr, p, t->size, t);  // the box is black while marking
  memcpy(box, p, t->size);
  return GoEface{t, box};
}

// The element type of an array, chan, map (the value type), pointer or slice type.
const _type* elemType(const char* fn, const _type* t) {
  if (t) {
    switch (t->kindOf()) {
      case kindArray: return reinterpret_cast<const arraytype*>(t)->elem;
      case kindChan: return reinterpret_cast<const chantype*>(t)->elem;
      case kindMap: return reinterpret_cast<const maptype*>(t)->elem;
      case kindPtr: return reinterpret_cast<const ptrtype*>(t)->elem;
      case kindSlice: return reinterpret_cast<const slicetype*>(t)->elem;
      default: break;
    }
  }
  badValue(fn, t);
}

const structtype* structOf(const char* fn, const _type* t) {
  if (!t || t->kindOf() != kindStruct) badValue(fn, t);
  return reinterpret_cast<const structtype*>(t);
}

const structfield& fieldOf(const char* fn, const _type* t, int64_t i) {
  const structtype* st = structOf(fn, t);
  checkIndex(i, st->nfields);
  return st->fields[i];
}

bool sameString(GoString a, GoString b) {
  return a.len == b.len && (a.len == 0 || memcmp(a.str, b.str, size_t(a.len)) == 0);
}

// reflect's haveIdenticalUnderlyingType: whether T and V have identical underlying types.
// Descriptors are unique per type, so the types inside them compare by address.
bool identicalUnderlying(const _type* T, const _type* V) {
  if (T == V) return true;
  Kind k = T->kindOf();
  if (k != V->kindOf()) return false;
  if ((k >= kindBool && k <= kindComplex128) || k == kindString || k == kindUnsafePointer) {
    return true;
  }
  switch (k) {
    case kindArray: {
      auto* t = reinterpret_cast<const arraytype*>(T);
      auto* v = reinterpret_cast<const arraytype*>(V);
      return t->len == v->len && t->elem == v->elem;
    }
    case kindChan: {
      auto* t = reinterpret_cast<const chantype*>(T);
      auto* v = reinterpret_cast<const chantype*>(V);
      return t->dir == v->dir && t->elem == v->elem;
    }
    case kindFunc: {
      auto* t = reinterpret_cast<const functype*>(T);
      auto* v = reinterpret_cast<const functype*>(V);
      if (t->inCount != v->inCount || t->outCount != v->outCount || t->variadic != v->variadic) {
        return false;
      }
      for (int n = 0; n < t->inCount + t->outCount; n++) {
        if (t->params[n] != v->params[n]) return false;
      }
      return true;
    }
    case kindInterface: {
      // Method lists are sorted the same way: identical interfaces list the same methods.
      auto* t = reinterpret_cast<const interfacetype*>(T);
      auto* v = reinterpret_cast<const interfacetype*>(V);
      if (t->nmethods != v->nmethods) return false;
      for (intptr_t n = 0; n < t->nmethods; n++) {
        const imethod& a = t->methods[n];
        const imethod& b = v->methods[n];
        if (!sameString(a.name, b.name) || !sameString(a.pkgPath, b.pkgPath) || a.typ != b.typ) {
          return false;
        }
      }
      return true;
    }
    case kindMap: {
      auto* t = reinterpret_cast<const maptype*>(T);
      auto* v = reinterpret_cast<const maptype*>(V);
      return t->key == v->key && t->elem == v->elem;
    }
    case kindPtr:
      return reinterpret_cast<const ptrtype*>(T)->elem == reinterpret_cast<const ptrtype*>(V)->elem;
    case kindSlice:
      return reinterpret_cast<const slicetype*>(T)->elem ==
             reinterpret_cast<const slicetype*>(V)->elem;
    case kindStruct: {
      auto* t = reinterpret_cast<const structtype*>(T);
      auto* v = reinterpret_cast<const structtype*>(V);
      if (t->nfields != v->nfields || !sameString(t->pkgPath, v->pkgPath)) return false;
      for (intptr_t n = 0; n < t->nfields; n++) {
        const structfield& a = t->fields[n];
        const structfield& b = v->fields[n];
        if (!sameString(a.name, b.name) || a.typ != b.typ || a.offset != b.offset ||
            a.embedded != b.embedded || !sameString(a.tag, b.tag)) {
          return false;
        }
      }
      return true;
    }
    default: return false;
  }
}

// reflect's directlyAssignable: a value of type V assigned to a variable of type T that
// is not an interface type.
bool directlyAssignable(const _type* T, const _type* V) {
  if (T == V) return true;
  if ((T->named() && V->named()) || T->kindOf() != V->kindOf()) return false;
  if (T->kindOf() == kindChan) {
    // A bidirectional channel is assignable to a directional one of the same element.
    auto* t = reinterpret_cast<const chantype*>(T);
    auto* v = reinterpret_cast<const chantype*>(V);
    if (v->dir == 3 && t->elem == v->elem) return true;
  }
  return identicalUnderlying(T, V);
}

}  // namespace

}  // namespace runtime

// ---------------------------------------------------------------------------
// Entry points: internal/rtype.<Name>, with Go's arguments exploded into scalars (an
// `any` is (type, data)); bodyless functions take no closure pointer.

using namespace runtime;

#define RTYPE_ENTRY(name) __asm__("\"internal/rtype." #name "\"")

namespace {

struct EntriesResult {  // (keys, values []any): 48 bytes, returned through sret
  GoSlice keys;
  GoSlice values;
};

}  // namespace

extern "C" {
uint64_t rtype_KindOf(const _type* t, void* data) RTYPE_ENTRY(KindOf);
GoString rtype_TypeString(const _type* t, void* data) RTYPE_ENTRY(TypeString);
int64_t rtype_Len(const _type* t, void* data) RTYPE_ENTRY(Len);
int64_t rtype_Cap(const _type* t, void* data) RTYPE_ENTRY(Cap);
GoEface rtype_Index(const _type* t, void* data, int64_t i) RTYPE_ENTRY(Index);
bool rtype_IsNil(const _type* t, void* data) RTYPE_ENTRY(IsNil);
uintptr_t rtype_PointerOf(const _type* t, void* data) RTYPE_ENTRY(PointerOf);
GoEface rtype_Elem(const _type* t, void* data) RTYPE_ENTRY(Elem);
uint64_t rtype_ElemKind(const _type* t, void* data) RTYPE_ENTRY(ElemKind);
GoString rtype_ElemTypeString(const _type* t, void* data) RTYPE_ENTRY(ElemTypeString);
GoString rtype_KeyTypeString(const _type* t, void* data) RTYPE_ENTRY(KeyTypeString);
int64_t rtype_NumField(const _type* t, void* data) RTYPE_ENTRY(NumField);
GoString rtype_FieldName(const _type* t, void* data, int64_t i) RTYPE_ENTRY(FieldName);
GoString rtype_FieldTypeString(const _type* t, void* data, int64_t i) RTYPE_ENTRY(FieldTypeString);
GoEface rtype_Field(const _type* t, void* data, int64_t i) RTYPE_ENTRY(Field);
EntriesResult rtype_MapEntries(const _type* t, void* data) RTYPE_ENTRY(MapEntries);
int64_t rtype_IntOf(const _type* t, void* data) RTYPE_ENTRY(IntOf);
uint64_t rtype_UintOf(const _type* t, void* data) RTYPE_ENTRY(UintOf);
double rtype_FloatOf(const _type* t, void* data) RTYPE_ENTRY(FloatOf);
bool rtype_BoolOf(const _type* t, void* data) RTYPE_ENTRY(BoolOf);
GoString rtype_StringOf(const _type* t, void* data) RTYPE_ENTRY(StringOf);
bool rtype_Comparable(const _type* t, void* data) RTYPE_ENTRY(Comparable);
void rtype_Swap(const _type* t, void* data, int64_t i, int64_t j) RTYPE_ENTRY(Swap);
bool rtype_SetIfAssignable(const _type* pt, void* pdata, const _type* vt, void* vdata)
    RTYPE_ENTRY(SetIfAssignable);
}

uint64_t rtype_KindOf(const _type* t, void*) {
  return t ? t->kindOf() : 0;
}

GoString rtype_TypeString(const _type* t, void*) {
  return t ? t->str : cstring("<nil>");
}

int64_t rtype_Len(const _type* t, void* data) {
  if (t) {
    switch (t->kindOf()) {
      case kindArray: return intptr_t(reinterpret_cast<const arraytype*>(t)->len);
      case kindChan: throw_("rtype: channels not supported yet");
      case kindMap: return maplen(static_cast<const hmap*>(data));
      case kindSlice: return static_cast<const GoSlice*>(data)->len;
      case kindString: return static_cast<const GoString*>(data)->len;
      default: break;
    }
  }
  badValue("Len", t);
}

int64_t rtype_Cap(const _type* t, void* data) {
  if (t) {
    switch (t->kindOf()) {
      case kindArray: return intptr_t(reinterpret_cast<const arraytype*>(t)->len);
      case kindChan: throw_("rtype: channels not supported yet");
      case kindSlice: return static_cast<const GoSlice*>(data)->cap;
      default: break;
    }
  }
  badValue("Cap", t);
}

GoEface rtype_Index(const _type* t, void* data, int64_t i) {
  if (t) {
    switch (t->kindOf()) {
      case kindArray: {
        auto* at = reinterpret_cast<const arraytype*>(t);
        checkIndex(i, intptr_t(at->len));
        return toAny(at->elem, valueAddr(t, &data) + uintptr_t(i) * at->elem->size);
      }
      case kindSlice: {
        const _type* et = reinterpret_cast<const slicetype*>(t)->elem;
        auto* s = static_cast<const GoSlice*>(data);
        checkIndex(i, s->len);
        return toAny(et, static_cast<const uint8_t*>(s->array) + uintptr_t(i) * et->size);
      }
      case kindString: {
        auto* s = static_cast<const GoString*>(data);
        checkIndex(i, s->len);
        return GoEface{byteType(), rt_convT64(s->str[i])};
      }
      default: break;
    }
  }
  badValue("Index", t);
}

bool rtype_IsNil(const _type* t, void* data) {
  if (t) {
    switch (t->kindOf()) {
      case kindChan:
      case kindFunc:
      case kindMap:
      case kindPtr:
      case kindUnsafePointer: return data == nullptr;
      case kindSlice: return static_cast<const GoSlice*>(data)->array == nullptr;
      default: break;
    }
  }
  badValue("IsNil", t);
}

uintptr_t rtype_PointerOf(const _type* t, void* data) {
  if (t) {
    switch (t->kindOf()) {
      case kindChan:
      case kindMap:
      case kindPtr:
      case kindUnsafePointer: return reinterpret_cast<uintptr_t>(data);
      case kindFunc:
        // A func value points to its closure, whose first word is the code's address.
        return data ? *static_cast<const uintptr_t*>(data) : 0;
      case kindSlice: return reinterpret_cast<uintptr_t>(static_cast<const GoSlice*>(data)->array);
      default: break;
    }
  }
  badValue("PointerOf", t);
}

GoEface rtype_Elem(const _type* t, void* data) {
  if (!t || t->kindOf() != kindPtr) badValue("Elem", t);
  if (data == nullptr) rt_panicmem();
  return toAny(reinterpret_cast<const ptrtype*>(t)->elem, data);
}

uint64_t rtype_ElemKind(const _type* t, void*) {
  return elemType("ElemKind", t)->kindOf();
}

GoString rtype_ElemTypeString(const _type* t, void*) {
  return elemType("ElemTypeString", t)->str;
}

GoString rtype_KeyTypeString(const _type* t, void*) {
  if (!t || t->kindOf() != kindMap) badValue("KeyTypeString", t);
  return reinterpret_cast<const maptype*>(t)->key->str;
}

int64_t rtype_NumField(const _type* t, void*) {
  return structOf("NumField", t)->nfields;
}

GoString rtype_FieldName(const _type* t, void*, int64_t i) {
  return fieldOf("FieldName", t, i).name;
}

GoString rtype_FieldTypeString(const _type* t, void*, int64_t i) {
  return fieldOf("FieldTypeString", t, i).typ->str;
}

GoEface rtype_Field(const _type* t, void* data, int64_t i) {
  const structfield& f = fieldOf("Field", t, i);
  return toAny(f.typ, valueAddr(t, &data) + f.offset);
}

EntriesResult rtype_MapEntries(const _type* t, void* data) {
  if (!t || t->kindOf() != kindMap) badValue("MapEntries", t);
  auto* mt = reinterpret_cast<const maptype*>(t);
  auto* h = static_cast<hmap*>(data);
  int64_t n = maplen(h);
  if (n == 0) return EntriesResult{{nullptr, 0, 0}, {nullptr, 0, 0}};
  // Both arrays are reachable from this frame (scanned conservatively) while the entries
  // are boxed.
  auto* keys = static_cast<GoEface*>(mallocgc(uintptr_t(n) * 16, &efaceType.typ, true));
  auto* values = static_cast<GoEface*>(mallocgc(uintptr_t(n) * 16, &efaceType.typ, true));
  int64_t i = 0;
  mapRange(mt, h, [&](const void* k, const void* e) {
    keys[i] = toAny(mt->key, k);
    values[i] = toAny(mt->elem, e);
    return ++i < n;
  });
  return EntriesResult{{keys, i, n}, {values, i, n}};
}

int64_t rtype_IntOf(const _type* t, void* data) {
  if (t) {
    switch (t->kindOf()) {
      case kindInt:
      case kindInt64: return *static_cast<const int64_t*>(data);
      case kindInt8: return *static_cast<const int8_t*>(data);
      case kindInt16: return *static_cast<const int16_t*>(data);
      case kindInt32: return *static_cast<const int32_t*>(data);
      default: break;
    }
  }
  badValue("IntOf", t);
}

uint64_t rtype_UintOf(const _type* t, void* data) {
  if (t) {
    switch (t->kindOf()) {
      case kindUint:
      case kindUint64:
      case kindUintptr: return *static_cast<const uint64_t*>(data);
      case kindUint8: return *static_cast<const uint8_t*>(data);
      case kindUint16: return *static_cast<const uint16_t*>(data);
      case kindUint32: return *static_cast<const uint32_t*>(data);
      default: break;
    }
  }
  badValue("UintOf", t);
}

double rtype_FloatOf(const _type* t, void* data) {
  if (t) {
    switch (t->kindOf()) {
      case kindFloat32: return double(*static_cast<const float*>(data));
      case kindFloat64: return *static_cast<const double*>(data);
      default: break;
    }
  }
  badValue("FloatOf", t);
}

bool rtype_BoolOf(const _type* t, void* data) {
  if (!t || t->kindOf() != kindBool) badValue("BoolOf", t);
  return *static_cast<const uint8_t*>(data) != 0;
}

GoString rtype_StringOf(const _type* t, void* data) {
  if (!t || t->kindOf() != kindString) badValue("StringOf", t);
  return *static_cast<const GoString*>(data);
}

bool rtype_Comparable(const _type* t, void*) {
  return t == nullptr || t->equal != nullptr;
}

void rtype_Swap(const _type* t, void* data, int64_t i, int64_t j) {
  if (!t || t->kindOf() != kindSlice) badValue("Swap", t);
  auto* s = static_cast<const GoSlice*>(data);
  checkIndex(i, s->len);
  checkIndex(j, s->len);
  if (i == j) return;
  uintptr_t size = reinterpret_cast<const slicetype*>(t)->elem->size;
  auto* a = static_cast<uint8_t*>(s->array) + uintptr_t(i) * size;
  auto* b = static_cast<uint8_t*>(s->array) + uintptr_t(j) * size;
  // Both elements' pointers are shaded first (the write barrier), then the bytes are
  // swapped through a bounded buffer, in chunks.
  bulkBarrierPreWrite(a, b, size, reinterpret_cast<const slicetype*>(t)->elem);
  uint8_t tmp[256];
  for (uintptr_t off = 0; off < size; off += sizeof tmp) {
    size_t n = size - off < sizeof tmp ? size - off : sizeof tmp;
    memcpy(tmp, a + off, n);
    memcpy(a + off, b + off, n);
    memcpy(b + off, tmp, n);
  }
}

bool rtype_SetIfAssignable(const _type* pt, void* pdata, const _type* vt, void* vdata) {
  if (!pt || pt->kindOf() != kindPtr) badValue("SetIfAssignable", pt);
  if (pdata == nullptr) rt_panicmem();
  if (vt == nullptr) return false;
  const _type* T = reinterpret_cast<const ptrtype*>(pt)->elem;
  auto** dst = static_cast<void**>(pdata);
  if (T->kindOf() == kindInterface) {
    auto* it = reinterpret_cast<const interfacetype*>(T);
    if (it->nmethods == 0) {
      if (writeBarrierEnabled()) {
        shade(reinterpret_cast<uintptr_t>(dst[1]));
        shade(reinterpret_cast<uintptr_t>(vdata));
      }
      dst[0] = const_cast<_type*>(vt);
      dst[1] = vdata;
      return true;
    }
    itab* tab = getitab(it, vt, nullptr);
    if (tab == nullptr) return false;
    if (writeBarrierEnabled()) {
      shade(reinterpret_cast<uintptr_t>(dst[1]));
      shade(reinterpret_cast<uintptr_t>(vdata));
    }
    dst[0] = tab;
    dst[1] = vdata;
    return true;
  }
  if (!directlyAssignable(T, vt)) return false;
  typedmemmove(T, pdata, valueAddr(vt, &vdata));
  return true;
}
