// rtype_test.cpp — the internal/rtype primitives (runtime/rtype.cpp) against hand-built
// type descriptors laid out as compiler/codegen/type_descriptors.cpp emits them. Each
// primitive is called through its symbol with the exploded calling convention compiled
// code uses (an `any` is (type, data)). Checks: kinds and names, Len/Cap/Index of
// arrays, slices, strings and maps, the interface-element convention (an interface-typed
// element, field, pointee, key or value comes back as its dynamic value, nil as nil),
// boxing (pointer-shaped values in the data word, others copied), MapEntries pairing
// (also for NaN keys, which cannot be looked up again), Swap and its bounds panics, and
// SetIfAssignable's rules (identical types, interfaces implemented, identical underlying
// types with one side unnamed, bidirectional channels), with Go's panics and fatal
// errors as death tests (exit status 2).
#include "abi.h"
#include "alg.h"
#include "map.h"
#include "type.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <set>
#include <string>
#include <vector>

using namespace runtime;

namespace {

struct Entries {
  GoSlice keys;
  GoSlice values;
};

}  // namespace

// The symbols contain '/'. GCC writes them into its assembly output as they are, where
// "internal/rtype.X@PLT" reads as a division, so for GCC the name is quoted; clang's
// integrated assembler takes the label literally (quotes would become part of it).
#if defined(__clang__)
#define RTYPE(name) __asm__("internal/rtype." #name)
#else
#define RTYPE(name) __asm__("\"internal/rtype." #name "\"")
#endif

extern "C" {
uint64_t rtype_KindOf(const _type* t, void* data) RTYPE(KindOf);
GoString rtype_TypeString(const _type* t, void* data) RTYPE(TypeString);
int64_t rtype_Len(const _type* t, void* data) RTYPE(Len);
int64_t rtype_Cap(const _type* t, void* data) RTYPE(Cap);
GoEface rtype_Index(const _type* t, void* data, int64_t i) RTYPE(Index);
bool rtype_IsNil(const _type* t, void* data) RTYPE(IsNil);
uintptr_t rtype_PointerOf(const _type* t, void* data) RTYPE(PointerOf);
GoEface rtype_Elem(const _type* t, void* data) RTYPE(Elem);
uint64_t rtype_ElemKind(const _type* t, void* data) RTYPE(ElemKind);
GoString rtype_ElemTypeString(const _type* t, void* data) RTYPE(ElemTypeString);
GoString rtype_KeyTypeString(const _type* t, void* data) RTYPE(KeyTypeString);
int64_t rtype_NumField(const _type* t, void* data) RTYPE(NumField);
GoString rtype_FieldName(const _type* t, void* data, int64_t i) RTYPE(FieldName);
GoString rtype_FieldTypeString(const _type* t, void* data, int64_t i) RTYPE(FieldTypeString);
GoEface rtype_Field(const _type* t, void* data, int64_t i) RTYPE(Field);
Entries rtype_MapEntries(const _type* t, void* data) RTYPE(MapEntries);
int64_t rtype_IntOf(const _type* t, void* data) RTYPE(IntOf);
uint64_t rtype_UintOf(const _type* t, void* data) RTYPE(UintOf);
double rtype_FloatOf(const _type* t, void* data) RTYPE(FloatOf);
bool rtype_BoolOf(const _type* t, void* data) RTYPE(BoolOf);
GoString rtype_StringOf(const _type* t, void* data) RTYPE(StringOf);
bool rtype_Comparable(const _type* t, void* data) RTYPE(Comparable);
void rtype_Swap(const _type* t, void* data, int64_t i, int64_t j) RTYPE(Swap);
bool rtype_SetIfAssignable(const _type* pt, void* pdata, const _type* vt, void* vdata)
    RTYPE(SetIfAssignable);

bool rt_memequal8(const void*, const void*) __asm__("runtime.memequal8");
bool rt_memequal16(const void*, const void*) __asm__("runtime.memequal16");
bool rt_memequal32(const void*, const void*) __asm__("runtime.memequal32");
bool rt_memequal64(const void*, const void*) __asm__("runtime.memequal64");
bool rt_f32equal(const void*, const void*) __asm__("runtime.f32equal");
bool rt_f64equal(const void*, const void*) __asm__("runtime.f64equal");
bool rt_strequal(const void*, const void*) __asm__("runtime.strequal");
bool rt_nilinterequal(const void*, const void*) __asm__("runtime.nilinterequal");
bool rt_interequal(const void*, const void*) __asm__("runtime.interequal");
}

namespace {

GoString gs(const char* s) {
  return GoString{reinterpret_cast<const uint8_t*>(s), intptr_t(strlen(s))};
}

std::string str(GoString s) {
  return std::string(reinterpret_cast<const char*>(s.str), size_t(s.len));
}

// ---------------------------------------------------------------------------
// Descriptors.

void base(_type* t, const char* name, uintptr_t size, uint8_t kind,
          bool (*equal)(const void*, const void*), bool named, const uint8_t* gcdata = nullptr,
          uintptr_t ptrdata = 0) {
  t->size = size;
  t->ptrdata = ptrdata;
  t->align = uint8_t(size >= 8 ? 8 : size == 0 ? 1 : size);
  t->fieldAlign = t->align;
  t->kind = kind;
  t->equal = equal;
  t->gcdata = gcdata;
  t->str = gs(name);
  t->tflag = named ? tflagNamed : 0;
}

const uint8_t bits1[] = {1};     // first word is a pointer
const uint8_t bits3[] = {3};     // first two words
const uint8_t bitsS[] = {0xfa};  // main.S: words 1, 3, 4, 5, 6, 7

// The equality of comparable composite test types (never called).
bool neverCalled(const void*, const void*) {
  return false;
}

// A method of main.E: Error() string, called through an interface.
GoString eError(void*, void*) {
  return gs("boom");
}

struct Types {
  _type boolT{}, intT{}, int8T{}, int16T{}, int32T{}, int64T{}, uintT{}, uint8T{}, uint16T{},
      uint32T{}, uint64T{}, uintptrT{}, float32T{}, float64T{}, stringT{}, myIntT{}, unsafePtrT{};
  interfacetype anyT{}, errorT{};
  imethod errorMethods[1]{};
  functype errorSig{};  // func() string
  const _type* errorSigParams[1]{};
  functype funcT{};  // func()
  slicetype sliceIntT{}, intSliceT{}, otherSliceT{}, sliceAnyT{}, sliceErrorT{}, sliceStringT{};
  arraytype arrIntT{}, arrAnyT{}, arrPtrT{};
  ptrtype ptrIntT{}, ptrAnyT{}, ptrErrorT{}, ptrMyIntT{}, ptrSliceIntT{}, ptrIntSliceT{},
      ptrRecvChanT{}, ptrChanT{}, ptrTaggedT{}, ptrPlainT{}, ptrArrIntT{};
  chantype chanT{}, recvChanT{};
  // main.S: struct { A int; b string; T (embedded *main.T); I interface {}; Err error }
  structtype sT{};
  structfield sFields[5]{};
  _type tT{};  // main.T (struct {}), pointed to by the embedded field
  ptrtype ptrTT{};
  structtype directT{};  // struct { P *int }: pointer-shaped
  structfield directFields[1]{};
  structtype taggedT{}, plainT{}, namedPlainT{};  // struct { A int "json" } / struct { A int }
  structfield taggedFields[1]{}, plainFields[1]{};
  _type eT{};  // main.E (int) with method Error
  method eMethods[1]{};
  uncommontype eUncommon{};
  structtype withSliceT{};  // struct { S []int }: not comparable
  structfield withSliceFields[1]{};

  Types() {
    base(&boolT, "bool", 1, kindBool, rt_memequal8, true);
    base(&intT, "int", 8, kindInt, rt_memequal64, true);
    base(&int8T, "int8", 1, kindInt8, rt_memequal8, true);
    base(&int16T, "int16", 2, kindInt16, rt_memequal16, true);
    base(&int32T, "int32", 4, kindInt32, rt_memequal32, true);
    base(&int64T, "int64", 8, kindInt64, rt_memequal64, true);
    base(&uintT, "uint", 8, kindUint, rt_memequal64, true);
    base(&uint8T, "uint8", 1, kindUint8, rt_memequal8, true);
    base(&uint16T, "uint16", 2, kindUint16, rt_memequal16, true);
    base(&uint32T, "uint32", 4, kindUint32, rt_memequal32, true);
    base(&uint64T, "uint64", 8, kindUint64, rt_memequal64, true);
    base(&uintptrT, "uintptr", 8, kindUintptr, rt_memequal64, true);
    base(&float32T, "float32", 4, kindFloat32, rt_f32equal, true);
    base(&float64T, "float64", 8, kindFloat64, rt_f64equal, true);
    base(&stringT, "string", 16, kindString, rt_strequal, true, bits1, 8);
    base(&myIntT, "main.MyInt", 8, kindInt, rt_memequal64, true);
    base(&unsafePtrT, "unsafe.Pointer", 8, kindUnsafePointer | kindDirectIface, rt_memequal64, true,
         bits1, 8);

    base(&anyT.typ, "interface {}", 16, kindInterface, rt_nilinterequal, false, bits3, 16);
    base(&errorSig.typ, "func() string", 8, kindFunc | kindDirectIface, nullptr, false, bits1, 8);
    errorSigParams[0] = &stringT;
    errorSig.outCount = 1;
    errorSig.params = errorSigParams;
    errorMethods[0] = imethod{gs("Error"), GoString{nullptr, 0}, &errorSig.typ};
    base(&errorT.typ, "error", 16, kindInterface, rt_interequal, true, bits3, 16);
    errorT.methods = errorMethods;
    errorT.nmethods = 1;
    base(&funcT.typ, "func()", 8, kindFunc | kindDirectIface, nullptr, false, bits1, 8);

    auto slice = [](slicetype* s, const char* name, const _type* elem, bool named) {
      base(&s->typ, name, 24, kindSlice, nullptr, named, bits1, 8);
      s->elem = elem;
    };
    slice(&sliceIntT, "[]int", &intT, false);
    slice(&intSliceT, "main.IntSlice", &intT, true);
    slice(&otherSliceT, "main.OtherSlice", &intT, true);
    slice(&sliceAnyT, "[]interface {}", &anyT.typ, false);
    slice(&sliceErrorT, "[]error", &errorT.typ, false);
    slice(&sliceStringT, "[]string", &stringT, false);

    base(&arrIntT.typ, "[3]int", 24, kindArray, neverCalled, false);
    arrIntT.elem = &intT;
    arrIntT.len = 3;
    base(&arrAnyT.typ, "[2]interface {}", 32, kindArray, neverCalled, false, bits3, 32);
    arrAnyT.elem = &anyT.typ;
    arrAnyT.len = 2;
    base(&ptrIntT.typ, "*int", 8, kindPtr | kindDirectIface, rt_memequal64, false, bits1, 8);
    ptrIntT.elem = &intT;
    base(&arrPtrT.typ, "[1]*int", 8, kindArray | kindDirectIface, rt_memequal64, false, bits1, 8);
    arrPtrT.elem = &ptrIntT.typ;
    arrPtrT.len = 1;

    auto ptr = [](ptrtype* p, const char* name, const _type* elem) {
      base(&p->typ, name, 8, kindPtr | kindDirectIface, rt_memequal64, false, bits1, 8);
      p->elem = elem;
    };
    ptr(&ptrAnyT, "*interface {}", &anyT.typ);
    ptr(&ptrErrorT, "*error", &errorT.typ);
    ptr(&ptrMyIntT, "*main.MyInt", &myIntT);
    ptr(&ptrSliceIntT, "*[]int", &sliceIntT.typ);
    ptr(&ptrIntSliceT, "*main.IntSlice", &intSliceT.typ);
    ptr(&ptrArrIntT, "*[3]int", &arrIntT.typ);

    base(&chanT.typ, "chan int", 8, kindChan | kindDirectIface, rt_memequal64, false, bits1, 8);
    chanT.elem = &intT;
    chanT.dir = 3;
    base(&recvChanT.typ, "<-chan int", 8, kindChan | kindDirectIface, rt_memequal64, false, bits1,
         8);
    recvChanT.elem = &intT;
    recvChanT.dir = 1;
    ptr(&ptrRecvChanT, "*<-chan int", &recvChanT.typ);
    ptr(&ptrChanT, "*chan int", &chanT.typ);

    base(&tT, "main.T", 0, kindStruct, rt_memequal64, true);
    ptr(&ptrTT, "*main.T", &tT);
    // struct { A int; b string; T *T; I any; Err error }: offsets 0, 8, 24, 32, 48.
    base(&sT.typ, "main.S", 64, kindStruct, neverCalled, true, bitsS, 64);
    sFields[0] = structfield{gs("A"), &intT, 0, 0, {}};
    sFields[1] = structfield{gs("b"), &stringT, 8, 0, {}};
    sFields[2] = structfield{gs("T"), &ptrTT.typ, 24, 1, {}};
    sFields[3] = structfield{gs("I"), &anyT.typ, 32, 0, {}};
    sFields[4] = structfield{gs("Err"), &errorT.typ, 48, 0, {}};
    sT.pkgPath = gs("main");
    sT.fields = sFields;
    sT.nfields = 5;

    base(&directT.typ, "struct { P *int }", 8, kindStruct | kindDirectIface, rt_memequal64, false,
         bits1, 8);
    directFields[0] = structfield{gs("P"), &ptrIntT.typ, 0, 0, {}};
    directT.fields = directFields;
    directT.nfields = 1;

    taggedFields[0] = structfield{gs("A"), &intT, 0, 0, gs("json")};
    plainFields[0] = structfield{gs("A"), &intT, 0, 0, {}};
    base(&taggedT.typ, "struct { A int \"json\" }", 8, kindStruct, rt_memequal64, false);
    taggedT.fields = taggedFields;
    taggedT.nfields = 1;
    base(&plainT.typ, "struct { A int }", 8, kindStruct, rt_memequal64, false);
    plainT.fields = plainFields;
    plainT.nfields = 1;
    base(&namedPlainT.typ, "main.Plain", 8, kindStruct, rt_memequal64, true);
    namedPlainT.fields = plainFields;
    namedPlainT.nfields = 1;
    ptr(&ptrTaggedT, "*struct { A int \"json\" }", &taggedT.typ);
    ptr(&ptrPlainT, "*struct { A int }", &plainT.typ);

    base(&eT, "main.E", 8, kindInt, rt_memequal64, true);
    eMethods[0] = method{gs("Error"), GoString{nullptr, 0}, &errorSig.typ,
                         reinterpret_cast<void*>(eError), reinterpret_cast<void*>(eError)};
    eUncommon = uncommontype{gs("main"), eMethods, 1};
    eT.uncommon = &eUncommon;

    base(&withSliceT.typ, "struct { S []int }", 24, kindStruct, nullptr, false, bits1, 8);
    withSliceFields[0] = structfield{gs("S"), &sliceIntT.typ, 0, 0, {}};
    withSliceT.fields = withSliceFields;
    withSliceT.nfields = 1;
  }
};

const Types& T() {
  static const Types* t = new Types;
  return *t;
}

// A map type with its bucket type (layout as map.h describes; keys and elements here
// are at most 16 bytes, so stored inline).
struct MapType {
  maptype mt{};
  _type bucket{};
  uint8_t bits[64] = {};

  MapType(const char* name, const _type* key, const _type* elem, hasherFunc hasher,
          uint32_t flags) {
    uintptr_t bsize = 8 + 8 * key->size + 8 * elem->size + 8;
    base(&bucket, "bucket", bsize, kindStruct, nullptr, false);
    auto mark = [&](const _type* t, uintptr_t off) {
      for (uintptr_t w = 0; w < t->ptrdata / 8; w++) {
        if ((t->gcdata[w / 8] >> (w % 8)) & 1)
          bits[(off / 8 + w) / 8] |= uint8_t(1u << ((off / 8 + w) % 8));
      }
    };
    for (uintptr_t i = 0; i < 8; i++) {
      mark(key, 8 + i * key->size);
      mark(elem, 8 + 8 * key->size + i * elem->size);
    }
    if (key->ptrdata != 0 || elem->ptrdata != 0) {
      uintptr_t w = bsize / 8 - 1;
      bits[w / 8] |= uint8_t(1u << (w % 8));
      bucket.ptrdata = bsize;
      bucket.gcdata = bits;
    }
    base(&mt.typ, name, 8, kindMap | kindDirectIface, nullptr, false, bits1, 8);
    mt.key = key;
    mt.elem = elem;
    mt.bucket = &bucket;
    mt.hasher = hasher;
    mt.keysize = uint8_t(key->size);
    mt.elemsize = uint8_t(elem->size);
    mt.bucketsize = uint16_t(bsize);
    mt.flags = flags;
  }
};

// Helpers to build and read interface values.
int64_t intOf(GoEface e) {
  return *static_cast<const int64_t*>(e.data);
}
std::string stringOf(GoEface e) {
  return str(*static_cast<const GoString*>(e.data));
}
std::string typeName(GoEface e) {
  return str(rtype_TypeString(e.type, e.data));
}

// ---------------------------------------------------------------------------

TEST(Rtype, KindOfAndTypeString) {
  const Types& t = T();
  int64_t i = 5;
  EXPECT_EQ(rtype_KindOf(nullptr, nullptr), 0u);  // Invalid
  EXPECT_EQ(str(rtype_TypeString(nullptr, nullptr)), "<nil>");
  EXPECT_EQ(rtype_KindOf(&t.intT, &i), 2u);
  EXPECT_EQ(rtype_KindOf(&t.myIntT, &i), 2u);  // a named type has its underlying kind
  EXPECT_EQ(str(rtype_TypeString(&t.myIntT, &i)), "main.MyInt");
  EXPECT_EQ(rtype_KindOf(&t.ptrIntT.typ, &i), 22u);  // Pointer, without kindDirectIface
  EXPECT_EQ(rtype_KindOf(&t.directT.typ, &i), 25u);
  EXPECT_EQ(rtype_KindOf(&t.sliceIntT.typ, nullptr), 23u);
  EXPECT_EQ(rtype_KindOf(&t.unsafePtrT, nullptr), 26u);
  EXPECT_EQ(str(rtype_TypeString(&t.sliceAnyT.typ, nullptr)), "[]interface {}");
}

TEST(Rtype, LenCapOfArraysSlicesStringsMaps) {
  const Types& t = T();
  int64_t arr[3] = {1, 2, 3};
  GoSlice s{arr, 2, 3};
  GoSlice nilSlice{nullptr, 0, 0};
  GoString st = gs("héllo");
  EXPECT_EQ(rtype_Len(&t.arrIntT.typ, arr), 3);
  EXPECT_EQ(rtype_Cap(&t.arrIntT.typ, arr), 3);
  EXPECT_EQ(rtype_Len(&t.sliceIntT.typ, &s), 2);
  EXPECT_EQ(rtype_Cap(&t.sliceIntT.typ, &s), 3);
  EXPECT_EQ(rtype_Len(&t.sliceIntT.typ, &nilSlice), 0);
  EXPECT_EQ(rtype_Len(&t.stringT, &st), 6);  // bytes, not runes

  static MapType m("map[string]int", &T().stringT, &T().intT, rt_strhash,
                   maptype::reflexiveKey | maptype::needKeyUpdate);
  EXPECT_EQ(rtype_Len(&m.mt.typ, nullptr), 0);  // nil map
  hmap* h = makemap(&m.mt, 0);
  EXPECT_EQ(rtype_Len(&m.mt.typ, h), 0);
  for (int i = 0; i < 20; i++) {
    std::string* k = new std::string("k" + std::to_string(i));
    GoString key{reinterpret_cast<const uint8_t*>(k->data()), intptr_t(k->size())};
    *static_cast<int64_t*>(mapassign(&m.mt, h, &key)) = i;
  }
  EXPECT_EQ(rtype_Len(&m.mt.typ, h), 20);
}

TEST(Rtype, IndexArraySliceString) {
  const Types& t = T();
  int64_t arr[3] = {10, 20, 30};
  GoEface e = rtype_Index(&t.arrIntT.typ, arr, 2);
  EXPECT_EQ(e.type, &t.intT);
  EXPECT_EQ(intOf(e), 30);
  EXPECT_NE(e.data, &arr[2]);  // a copy: later writes to the array do not show
  arr[2] = 99;
  EXPECT_EQ(intOf(e), 30);

  GoString strs[2] = {gs("a"), gs("bc")};
  GoSlice s{strs, 2, 2};
  e = rtype_Index(&t.sliceStringT.typ, &s, 1);
  EXPECT_EQ(e.type, &t.stringT);
  EXPECT_EQ(stringOf(e), "bc");

  // A byte of a string is a uint8 (the runtime's descriptor when no program has one).
  GoString st = gs("AZ");
  e = rtype_Index(&t.stringT, &st, 1);
  EXPECT_EQ(str(rtype_TypeString(e.type, e.data)), "uint8");
  EXPECT_EQ(rtype_KindOf(e.type, e.data), 8u);
  EXPECT_EQ(rtype_UintOf(e.type, e.data), uint64_t('Z'));
  EXPECT_TRUE(rtype_Comparable(e.type, e.data));

  // Pointer-shaped elements travel in the data word.
  int64_t x = 7;
  int64_t* ptrs[2] = {&x, nullptr};
  GoSlice ps{ptrs, 2, 2};
  static slicetype slicePtrT;
  slicePtrT = T().sliceIntT;
  slicePtrT.typ.str = gs("[]*int");
  slicePtrT.elem = &t.ptrIntT.typ;
  e = rtype_Index(&slicePtrT.typ, &ps, 0);
  EXPECT_EQ(e.type, &t.ptrIntT.typ);
  EXPECT_EQ(e.data, &x);
  e = rtype_Index(&slicePtrT.typ, &ps, 1);
  EXPECT_EQ(e.type, &t.ptrIntT.typ);  // a nil *int is not a nil interface
  EXPECT_EQ(e.data, nullptr);

  // [1]*int is pointer-shaped: its interface data word is the element itself.
  e = rtype_Index(&t.arrPtrT.typ, &x, 0);
  EXPECT_EQ(e.type, &t.ptrIntT.typ);
  EXPECT_EQ(e.data, &x);
}

TEST(Rtype, InterfaceElementsAreTheirDynamicValues) {
  const Types& t = T();
  int64_t seven = 7;
  GoString hi = gs("hi");
  GoEface elems[3] = {{&t.intT, &seven}, {nullptr, nullptr}, {&t.stringT, &hi}};
  GoSlice s{elems, 3, 3};
  GoEface e = rtype_Index(&t.sliceAnyT.typ, &s, 0);
  EXPECT_EQ(e.type, &t.intT);
  EXPECT_EQ(e.data, &seven);  // the element's own data word, not a box of the interface
  e = rtype_Index(&t.sliceAnyT.typ, &s, 1);
  EXPECT_EQ(e.type, nullptr);
  EXPECT_EQ(e.data, nullptr);
  EXPECT_EQ(typeName(e), "<nil>");
  e = rtype_Index(&t.sliceAnyT.typ, &s, 2);
  EXPECT_EQ(stringOf(e), "hi");

  GoEface arr[2] = {{&t.stringT, &hi}, {nullptr, nullptr}};
  e = rtype_Index(&t.arrAnyT.typ, arr, 0);
  EXPECT_EQ(e.type, &t.stringT);

  // []error: elements are (itab, data); the dynamic type is the itab's.
  const imethod* missing = nullptr;
  itab* tab = getitab(&t.errorT, &t.eT, &missing);
  ASSERT_NE(tab, nullptr);
  int64_t code = 3;
  GoEface errs[2] = {{reinterpret_cast<const _type*>(tab), &code}, {nullptr, nullptr}};
  GoSlice es{errs, 2, 2};
  e = rtype_Index(&t.sliceErrorT.typ, &es, 0);
  EXPECT_EQ(e.type, &t.eT);
  EXPECT_EQ(e.data, &code);
  e = rtype_Index(&t.sliceErrorT.typ, &es, 1);
  EXPECT_EQ(e.type, nullptr);
  EXPECT_EQ(rtype_ElemKind(&t.sliceErrorT.typ, &es), 20u);  // Interface, even when nil
  EXPECT_EQ(str(rtype_ElemTypeString(&t.sliceErrorT.typ, &es)), "error");

  // A pointer to an interface: Elem gives the dynamic value.
  GoEface boxed{&t.intT, &seven};
  e = rtype_Elem(&t.ptrAnyT.typ, &boxed);
  EXPECT_EQ(e.type, &t.intT);
  EXPECT_EQ(intOf(e), 7);
  GoEface nilIface{nullptr, nullptr};
  e = rtype_Elem(&t.ptrAnyT.typ, &nilIface);
  EXPECT_EQ(e.type, nullptr);
  EXPECT_EQ(e.data, nullptr);
  EXPECT_EQ(rtype_ElemKind(&t.ptrAnyT.typ, &nilIface), 20u);
}

TEST(Rtype, IsNilAndPointerOf) {
  const Types& t = T();
  int64_t x = 1;
  EXPECT_TRUE(rtype_IsNil(&t.ptrIntT.typ, nullptr));
  EXPECT_FALSE(rtype_IsNil(&t.ptrIntT.typ, &x));
  EXPECT_EQ(rtype_PointerOf(&t.ptrIntT.typ, &x), reinterpret_cast<uintptr_t>(&x));
  EXPECT_EQ(rtype_PointerOf(&t.unsafePtrT, &x), reinterpret_cast<uintptr_t>(&x));

  GoSlice nilSlice{nullptr, 0, 0}, s{&x, 1, 1};
  EXPECT_TRUE(rtype_IsNil(&t.sliceIntT.typ, &nilSlice));
  EXPECT_FALSE(rtype_IsNil(&t.sliceIntT.typ, &s));
  EXPECT_EQ(rtype_PointerOf(&t.sliceIntT.typ, &nilSlice), 0u);
  EXPECT_EQ(rtype_PointerOf(&t.sliceIntT.typ, &s), reinterpret_cast<uintptr_t>(&x));

  // A func value points to a closure whose first word is the code.
  static void* closure[1] = {reinterpret_cast<void*>(eError)};
  EXPECT_TRUE(rtype_IsNil(&t.funcT.typ, nullptr));
  EXPECT_FALSE(rtype_IsNil(&t.funcT.typ, closure));
  EXPECT_EQ(rtype_PointerOf(&t.funcT.typ, nullptr), 0u);
  EXPECT_EQ(rtype_PointerOf(&t.funcT.typ, closure), reinterpret_cast<uintptr_t>(eError));

  static MapType m("map[int64]int64", &T().int64T, &T().int64T, rt_memhash64,
                   maptype::reflexiveKey);
  hmap* h = makemap(&m.mt, 0);
  EXPECT_TRUE(rtype_IsNil(&m.mt.typ, nullptr));
  EXPECT_FALSE(rtype_IsNil(&m.mt.typ, h));
  EXPECT_EQ(rtype_PointerOf(&m.mt.typ, h), reinterpret_cast<uintptr_t>(h));
  EXPECT_TRUE(rtype_IsNil(&t.chanT.typ, nullptr));
}

TEST(Rtype, ElemOfPointers) {
  const Types& t = T();
  int64_t x = 42;
  GoEface e = rtype_Elem(&t.ptrIntT.typ, &x);
  EXPECT_EQ(e.type, &t.intT);
  EXPECT_EQ(intOf(e), 42);
  EXPECT_NE(e.data, &x);  // a copy of the pointee, as *p converted to any

  int64_t arr[3] = {1, 2, 3};
  e = rtype_Elem(&t.ptrArrIntT.typ, arr);
  EXPECT_EQ(e.type, &t.arrIntT.typ);
  EXPECT_EQ(rtype_Len(e.type, e.data), 3);

  EXPECT_EQ(rtype_ElemKind(&t.ptrIntT.typ, nullptr), 2u);
  EXPECT_EQ(str(rtype_ElemTypeString(&t.ptrMyIntT.typ, nullptr)), "main.MyInt");
  EXPECT_EQ(rtype_ElemKind(&t.arrAnyT.typ, arr), 20u);
  EXPECT_EQ(rtype_ElemKind(&t.chanT.typ, nullptr), 2u);
}

TEST(Rtype, StructFields) {
  const Types& t = T();
  struct S {
    int64_t a;
    GoString b;
    void* embedded;
    GoEface i;
    GoEface err;
  };
  static_assert(sizeof(S) == 64);
  int64_t nine = 9;
  int anchor = 0;
  S s{5, gs("bee"), &anchor, {&t.intT, &nine}, {nullptr, nullptr}};
  EXPECT_EQ(rtype_NumField(&t.sT.typ, &s), 5);
  EXPECT_EQ(str(rtype_FieldName(&t.sT.typ, &s, 0)), "A");
  EXPECT_EQ(str(rtype_FieldName(&t.sT.typ, &s, 1)), "b");
  EXPECT_EQ(str(rtype_FieldName(&t.sT.typ, &s, 2)), "T");  // embedded *main.T
  EXPECT_EQ(str(rtype_FieldTypeString(&t.sT.typ, &s, 2)), "*main.T");
  EXPECT_EQ(str(rtype_FieldTypeString(&t.sT.typ, &s, 4)), "error");

  GoEface f = rtype_Field(&t.sT.typ, &s, 0);
  EXPECT_EQ(f.type, &t.intT);
  EXPECT_EQ(intOf(f), 5);
  f = rtype_Field(&t.sT.typ, &s, 1);  // unexported fields are readable
  EXPECT_EQ(stringOf(f), "bee");
  f = rtype_Field(&t.sT.typ, &s, 2);
  EXPECT_EQ(f.type, &t.ptrTT.typ);
  EXPECT_EQ(f.data, &anchor);
  f = rtype_Field(&t.sT.typ, &s, 3);  // interface field: its dynamic value
  EXPECT_EQ(f.type, &t.intT);
  EXPECT_EQ(f.data, &nine);
  f = rtype_Field(&t.sT.typ, &s, 4);  // nil interface field: nil
  EXPECT_EQ(f.type, nullptr);
  EXPECT_EQ(f.data, nullptr);

  // A pointer-shaped struct: the interface's data word is the struct (its one field).
  int64_t x = 1;
  f = rtype_Field(&t.directT.typ, &x, 0);
  EXPECT_EQ(f.type, &t.ptrIntT.typ);
  EXPECT_EQ(f.data, &x);
}

TEST(Rtype, MapEntriesPairKeysWithValues) {
  const Types& t = T();
  static MapType m("map[string]int", &T().stringT, &T().intT, rt_strhash,
                   maptype::reflexiveKey | maptype::needKeyUpdate);
  EXPECT_EQ(str(rtype_KeyTypeString(&m.mt.typ, nullptr)), "string");
  EXPECT_EQ(str(rtype_ElemTypeString(&m.mt.typ, nullptr)), "int");
  EXPECT_EQ(rtype_ElemKind(&m.mt.typ, nullptr), 2u);

  Entries nil = rtype_MapEntries(&m.mt.typ, nullptr);
  EXPECT_EQ(nil.keys.len, 0);
  EXPECT_EQ(nil.values.len, 0);
  hmap* h = makemap(&m.mt, 0);
  Entries empty = rtype_MapEntries(&m.mt.typ, h);
  EXPECT_EQ(empty.keys.len, 0);
  EXPECT_EQ(empty.values.len, 0);

  static std::vector<std::string> names;
  for (int i = 0; i < 500; i++) names.push_back("key" + std::to_string(i));
  for (int i = 0; i < 500; i++) {
    GoString key{reinterpret_cast<const uint8_t*>(names[size_t(i)].data()),
                 intptr_t(names[size_t(i)].size())};
    *static_cast<int64_t*>(mapassign(&m.mt, h, &key)) = i * 3;
  }
  Entries e = rtype_MapEntries(&m.mt.typ, h);
  ASSERT_EQ(e.keys.len, 500);
  ASSERT_EQ(e.values.len, 500);
  EXPECT_EQ(e.keys.cap, 500);
  auto* keys = static_cast<GoEface*>(e.keys.array);
  auto* values = static_cast<GoEface*>(e.values.array);
  std::set<std::string> seen;
  for (int i = 0; i < 500; i++) {
    ASSERT_EQ(keys[i].type, &t.stringT);
    ASSERT_EQ(values[i].type, &t.intT);
    std::string k = stringOf(keys[i]);
    EXPECT_EQ(intOf(values[i]), std::stoi(k.substr(3)) * 3) << k;
    seen.insert(k);
  }
  EXPECT_EQ(seen.size(), 500u);
  // The boxes are copies: a later write to the map does not change them.
  GoString key0 = gs("key0");
  *static_cast<int64_t*>(mapassign(&m.mt, h, &key0)) = -1;
  for (int i = 0; i < 500; i++) {
    if (stringOf(keys[i]) == "key0") {
      EXPECT_EQ(intOf(values[i]), 0);
    }
  }
}

TEST(Rtype, MapEntriesKeepNaNKeysPaired) {
  const Types& t = T();
  static MapType m("map[float64]int64", &T().float64T, &T().int64T, rt_f64hash,
                   maptype::needKeyUpdate);
  hmap* h = makemap(&m.mt, 0);
  // NaNs with distinct payloads: each assignment makes a new entry that no lookup finds.
  for (uint64_t payload = 1; payload <= 20; payload++) {
    uint64_t bits = 0x7FF8000000000000ull | payload;
    double k;
    memcpy(&k, &bits, 8);
    *static_cast<int64_t*>(mapassign(&m.mt, h, &k)) = int64_t(payload);
  }
  double one = 1.5;
  *static_cast<int64_t*>(mapassign(&m.mt, h, &one)) = 100;
  Entries e = rtype_MapEntries(&m.mt.typ, h);
  ASSERT_EQ(e.keys.len, 21);
  auto* keys = static_cast<GoEface*>(e.keys.array);
  auto* values = static_cast<GoEface*>(e.values.array);
  for (int i = 0; i < 21; i++) {
    ASSERT_EQ(keys[i].type, &t.float64T);
    double k = rtype_FloatOf(keys[i].type, keys[i].data);
    int64_t v = rtype_IntOf(values[i].type, values[i].data);
    if (std::isnan(k)) {
      uint64_t bits;
      memcpy(&bits, &k, 8);
      EXPECT_EQ(int64_t(bits & 0xFF), v);
    } else {
      EXPECT_EQ(k, 1.5);
      EXPECT_EQ(v, 100);
    }
  }
}

TEST(Rtype, MapEntriesOfInterfaceValues) {
  const Types& t = T();
  static MapType m("map[string]interface {}", &T().stringT, &T().anyT.typ, rt_strhash,
                   maptype::reflexiveKey | maptype::needKeyUpdate);
  hmap* h = makemap(&m.mt, 0);
  static int64_t five = 5;
  GoString a = gs("a"), b = gs("b");
  *static_cast<GoEface*>(mapassign(&m.mt, h, &a)) = GoEface{&t.intT, &five};
  *static_cast<GoEface*>(mapassign(&m.mt, h, &b)) = GoEface{nullptr, nullptr};
  Entries e = rtype_MapEntries(&m.mt.typ, h);
  ASSERT_EQ(e.values.len, 2);
  for (int i = 0; i < 2; i++) {
    GoEface k = static_cast<GoEface*>(e.keys.array)[i];
    GoEface v = static_cast<GoEface*>(e.values.array)[i];
    if (stringOf(k) == "a") {
      EXPECT_EQ(v.type, &t.intT);
      EXPECT_EQ(v.data, &five);
    } else {
      EXPECT_EQ(v.type, nullptr);
      EXPECT_EQ(v.data, nullptr);
    }
  }
  EXPECT_EQ(rtype_ElemKind(&m.mt.typ, h), 20u);
}

TEST(Rtype, ScalarsOfEveryKind) {
  const Types& t = T();
  int8_t i8 = -3;
  int16_t i16 = -300;
  int32_t i32 = -70000;
  int64_t i64 = INT64_MIN;
  EXPECT_EQ(rtype_IntOf(&t.int8T, &i8), -3);
  EXPECT_EQ(rtype_IntOf(&t.int16T, &i16), -300);
  EXPECT_EQ(rtype_IntOf(&t.int32T, &i32), -70000);
  EXPECT_EQ(rtype_IntOf(&t.int64T, &i64), INT64_MIN);
  EXPECT_EQ(rtype_IntOf(&t.intT, &i64), INT64_MIN);
  EXPECT_EQ(rtype_IntOf(&t.myIntT, &i64), INT64_MIN);  // named types too
  uint8_t u8 = 250;
  uint16_t u16 = 65000;
  uint32_t u32 = 4000000000u;
  uint64_t u64 = UINT64_MAX;
  EXPECT_EQ(rtype_UintOf(&t.uint8T, &u8), 250u);
  EXPECT_EQ(rtype_UintOf(&t.uint16T, &u16), 65000u);
  EXPECT_EQ(rtype_UintOf(&t.uint32T, &u32), 4000000000u);
  EXPECT_EQ(rtype_UintOf(&t.uint64T, &u64), UINT64_MAX);
  EXPECT_EQ(rtype_UintOf(&t.uintT, &u64), UINT64_MAX);
  EXPECT_EQ(rtype_UintOf(&t.uintptrT, &u64), UINT64_MAX);
  // A boxed scalar may sit in an 8-byte cell (convT64): only its low bytes are read.
  uint64_t cell = 0xFFFFFFFFFFFFFF80ull;
  EXPECT_EQ(rtype_IntOf(&t.int8T, &cell), -128);
  EXPECT_EQ(rtype_UintOf(&t.uint8T, &cell), 128u);
  float f32 = 0.1f;
  double f64 = -2.5;
  EXPECT_EQ(rtype_FloatOf(&t.float32T, &f32), double(0.1f));  // exact widening
  EXPECT_EQ(rtype_FloatOf(&t.float64T, &f64), -2.5);
  bool yes = true, no = false;
  EXPECT_TRUE(rtype_BoolOf(&t.boolT, &yes));
  EXPECT_FALSE(rtype_BoolOf(&t.boolT, &no));
  GoString s = gs("text");
  EXPECT_EQ(str(rtype_StringOf(&t.stringT, &s)), "text");
}

TEST(Rtype, Comparable) {
  const Types& t = T();
  EXPECT_TRUE(rtype_Comparable(nullptr, nullptr));  // nil
  EXPECT_TRUE(rtype_Comparable(&t.intT, nullptr));
  EXPECT_TRUE(rtype_Comparable(&t.stringT, nullptr));
  EXPECT_TRUE(rtype_Comparable(&t.ptrIntT.typ, nullptr));
  EXPECT_FALSE(rtype_Comparable(&t.sliceIntT.typ, nullptr));
  EXPECT_FALSE(rtype_Comparable(&t.funcT.typ, nullptr));
  EXPECT_TRUE(rtype_Comparable(&t.anyT.typ, nullptr));
  EXPECT_TRUE(rtype_Comparable(&t.sT.typ, nullptr));
  EXPECT_TRUE(rtype_Comparable(&t.arrAnyT.typ, nullptr));
  // The compiler leaves equal null for slices, maps, funcs and what contains them.
  EXPECT_FALSE(rtype_Comparable(&t.withSliceT.typ, nullptr));
}

TEST(Rtype, Swap) {
  const Types& t = T();
  GoString strs[3] = {gs("x"), gs("y"), gs("z")};
  GoSlice s{strs, 3, 3};
  rtype_Swap(&t.sliceStringT.typ, &s, 0, 2);
  EXPECT_EQ(str(strs[0]), "z");
  EXPECT_EQ(str(strs[2]), "x");
  rtype_Swap(&t.sliceStringT.typ, &s, 1, 1);
  EXPECT_EQ(str(strs[1]), "y");

  // Elements larger than the swap buffer.
  static slicetype bigSlice;
  static _type big;
  base(&big, "[100]int", 800, kindArray, nullptr, false);
  base(&bigSlice.typ, "[][100]int", 24, kindSlice, nullptr, false, bits1, 8);
  bigSlice.elem = &big;
  std::vector<int64_t> data(300);
  for (size_t i = 0; i < data.size(); i++) data[i] = int64_t(i);
  GoSlice bs{data.data(), 3, 3};
  rtype_Swap(&bigSlice.typ, &bs, 0, 2);
  for (int64_t i = 0; i < 100; i++) {
    EXPECT_EQ(data[size_t(i)], 200 + i);
    EXPECT_EQ(data[size_t(100 + i)], 100 + i);
    EXPECT_EQ(data[size_t(200 + i)], i);
  }
}

TEST(Rtype, SetIfAssignableIdenticalAndUnnamed) {
  const Types& t = T();
  int64_t seven = 7;
  int64_t dst = 0;
  // int into *int: identical types.
  EXPECT_TRUE(rtype_SetIfAssignable(&t.ptrIntT.typ, &dst, &t.intT, &seven));
  EXPECT_EQ(dst, 7);
  // main.MyInt into *int: both named, not assignable; nothing stored.
  int64_t eight = 8;
  EXPECT_FALSE(rtype_SetIfAssignable(&t.ptrIntT.typ, &dst, &t.myIntT, &eight));
  EXPECT_EQ(dst, 7);
  EXPECT_FALSE(rtype_SetIfAssignable(&t.ptrMyIntT.typ, &dst, &t.intT, &eight));
  // nil is never assignable.
  EXPECT_FALSE(rtype_SetIfAssignable(&t.ptrIntT.typ, &dst, nullptr, nullptr));

  // []int into *main.IntSlice and main.IntSlice into *[]int: identical underlying types,
  // one side unnamed.
  int64_t arr[2] = {1, 2};
  GoSlice v{arr, 2, 2}, out{nullptr, 0, 0};
  EXPECT_TRUE(rtype_SetIfAssignable(&t.ptrIntSliceT.typ, &out, &t.sliceIntT.typ, &v));
  EXPECT_EQ(out.array, arr);
  EXPECT_EQ(out.len, 2);
  GoSlice out2{nullptr, 0, 0};
  EXPECT_TRUE(rtype_SetIfAssignable(&t.ptrSliceIntT.typ, &out2, &t.intSliceT.typ, &v));
  EXPECT_EQ(out2.array, arr);
  // Two named slice types with the same underlying type: not assignable.
  GoSlice out3{nullptr, 0, 0};
  EXPECT_FALSE(rtype_SetIfAssignable(&t.ptrIntSliceT.typ, &out3, &t.otherSliceT.typ, &v));
  EXPECT_EQ(out3.array, nullptr);
  // Different kinds.
  EXPECT_FALSE(rtype_SetIfAssignable(&t.ptrSliceIntT.typ, &out3, &t.intT, &seven));

  // Structs: tags are part of the type; a named struct type and its unnamed underlying
  // struct are assignable.
  int64_t sv = 3, sd = 0;
  EXPECT_FALSE(rtype_SetIfAssignable(&t.ptrTaggedT.typ, &sd, &t.plainT.typ, &sv));
  EXPECT_TRUE(rtype_SetIfAssignable(&t.ptrPlainT.typ, &sd, &t.namedPlainT.typ, &sv));
  EXPECT_EQ(sd, 3);

  // A bidirectional channel into a receive-only channel variable (and not back).
  void* ch = &seven;  // any non-null address stands for a channel
  void* chOut = nullptr;
  EXPECT_TRUE(rtype_SetIfAssignable(&t.ptrRecvChanT.typ, &chOut, &t.chanT.typ, ch));
  EXPECT_EQ(chOut, ch);
  void* chOut2 = nullptr;
  EXPECT_FALSE(rtype_SetIfAssignable(&t.ptrChanT.typ, &chOut2, &t.recvChanT.typ, ch));
  EXPECT_EQ(chOut2, nullptr);

  // A pointer-shaped value (data word = the pointer) into a pointer variable.
  static ptrtype ptrPtrIntT;
  base(&ptrPtrIntT.typ, "**int", 8, kindPtr | kindDirectIface, rt_memequal64, false, bits1, 8);
  ptrPtrIntT.elem = &t.ptrIntT.typ;
  int64_t* pdst = nullptr;
  EXPECT_TRUE(rtype_SetIfAssignable(&ptrPtrIntT.typ, &pdst, &t.ptrIntT.typ, &seven));
  EXPECT_EQ(pdst, &seven);
}

TEST(Rtype, SetIfAssignableInterfaces) {
  const Types& t = T();
  // Anything non-nil goes into an interface {} variable, as (type, data).
  int64_t seven = 7;
  GoEface any{nullptr, nullptr};
  EXPECT_TRUE(rtype_SetIfAssignable(&t.ptrAnyT.typ, &any, &t.intT, &seven));
  EXPECT_EQ(any.type, &t.intT);
  EXPECT_EQ(any.data, &seven);
  // An error variable takes a type with an Error() string method, as (itab, data).
  int64_t code = 4;
  GoEface err{nullptr, nullptr};
  EXPECT_TRUE(rtype_SetIfAssignable(&t.ptrErrorT.typ, &err, &t.eT, &code));
  auto* tab = reinterpret_cast<const itab*>(err.type);
  ASSERT_NE(tab, nullptr);
  EXPECT_EQ(tab->inter, &t.errorT);
  EXPECT_EQ(tab->type, &t.eT);
  EXPECT_EQ(tab->fun[0], reinterpret_cast<void*>(eError));
  EXPECT_EQ(err.data, &code);
  // ... and not a type without it.
  GoEface err2{nullptr, nullptr};
  EXPECT_FALSE(rtype_SetIfAssignable(&t.ptrErrorT.typ, &err2, &t.intT, &seven));
  EXPECT_EQ(err2.type, nullptr);
  EXPECT_FALSE(rtype_SetIfAssignable(&t.ptrErrorT.typ, &err2, nullptr, nullptr));
}

// ---------------------------------------------------------------------------
// Go's panics, and the fatal errors of unsupported values.

TEST(RtypeDeathTest, SwapOutOfRange) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  static int64_t arr[3] = {1, 2, 3};
  static GoSlice s{arr, 3, 3};
  EXPECT_EXIT(rtype_Swap(&T().sliceIntT.typ, &s, 0, 3), testing::ExitedWithCode(2),
              "^panic: runtime error: index out of range \\[3\\] with length 3\n\ngoroutine 1 "
              "\\[running\\]:");
  EXPECT_EXIT(rtype_Swap(&T().sliceIntT.typ, &s, 5, 0), testing::ExitedWithCode(2),
              "^panic: runtime error: index out of range \\[5\\] with length 3\n");
  EXPECT_EXIT(rtype_Swap(&T().sliceIntT.typ, &s, -1, 0), testing::ExitedWithCode(2),
              "^panic: runtime error: index out of range \\[-1\\]\n\ngoroutine 1 \\[running\\]:");
}

TEST(RtypeDeathTest, IndexOutOfRange) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  static int64_t arr[3] = {1, 2, 3};
  static GoSlice s{arr, 2, 3};
  static GoString st = gs("ab");
  EXPECT_EXIT(rtype_Index(&T().sliceIntT.typ, &s, 2), testing::ExitedWithCode(2),
              "^panic: runtime error: index out of range \\[2\\] with length 2\n");
  EXPECT_EXIT(rtype_Index(&T().arrIntT.typ, arr, 3), testing::ExitedWithCode(2),
              "^panic: runtime error: index out of range \\[3\\] with length 3\n");
  EXPECT_EXIT(rtype_Index(&T().stringT, &st, 2), testing::ExitedWithCode(2),
              "^panic: runtime error: index out of range \\[2\\] with length 2\n");
  EXPECT_EXIT(rtype_Field(&T().sT.typ, arr, 5), testing::ExitedWithCode(2),
              "^panic: runtime error: index out of range \\[5\\] with length 5\n");
}

TEST(RtypeDeathTest, ChannelsAndWrongKinds) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  static int64_t x = 1;
  EXPECT_EXIT(rtype_Len(&T().chanT.typ, &x), testing::ExitedWithCode(2),
              "^fatal error: rtype: channels not supported yet\n");
  EXPECT_EXIT(rtype_Cap(&T().chanT.typ, &x), testing::ExitedWithCode(2),
              "^fatal error: rtype: channels not supported yet\n");
  EXPECT_EXIT(rtype_Len(&T().intT, &x), testing::ExitedWithCode(2),
              "^fatal error: internal/rtype.Len: unsupported value of type int\n");
  EXPECT_EXIT(rtype_NumField(nullptr, nullptr), testing::ExitedWithCode(2),
              "^fatal error: internal/rtype.NumField: unsupported value of type <nil>\n");
  EXPECT_EXIT(rtype_Elem(&T().ptrIntT.typ, nullptr), testing::ExitedWithCode(2),
              "^panic: runtime error: invalid memory address or nil pointer dereference\n");
}

}  // namespace
