// type.h — runtime type descriptors (Go's _type), emitted by the compiler for every type
// the program needs at run time, one per type in the whole program, so two descriptors
// are the same type exactly when their addresses are equal.
//
// Layout (must match compiler/codegen/type_descriptors.cpp):
//   size, ptrdata   bytes of the value, and bytes of its prefix that can hold pointers
//   hash            a hash of the type, used by interface switches and maps
//   tflag           tflagNamed when the type has a name (a defined type, or a predeclared
//                   one: int, error, unsafe.Pointer); reflect's AssignableTo needs it
//   align           alignment of a variable of this type
//   fieldAlign      alignment of a struct field of this type
//   kind            kindBool..kindUnsafePointer, | kindDirectIface when the value is
//                   stored directly in an interface's data word (pointer-shaped types)
//   equal           equality for values of this type, or null when not comparable
//   gcdata          pointer bitmap: bit i (LSB first) set when word i of the first
//                   ptrdata bytes holds a pointer; null when ptrdata == 0
//   str             the type's name as Go prints it (%T, panics): "int", "main.T", "[]int"
//   uncommon        the type's method table (uncommontype), or null when it has no methods
// Kind-specific descriptors (slicetype, ...) begin with a _type and add fields after it;
// every type has its kind's part, named or not (a named struct type is a structtype).
// Descriptors of predeclared types have external linkage under their Go symbol
// ("type.uint8"), so that runtime code can name them (weakly: a program that never
// uses a type has no descriptor for it).
// Method tables and interface method lists are sorted the same way (exported names
// first, then by name, then by package path), so an itab is built by one merge walk.
#pragma once

#include "abi.h"

namespace runtime {

enum Kind : uint8_t {
  kindBool = 1,
  kindInt,
  kindInt8,
  kindInt16,
  kindInt32,
  kindInt64,
  kindUint,
  kindUint8,
  kindUint16,
  kindUint32,
  kindUint64,
  kindUintptr,
  kindFloat32,
  kindFloat64,
  kindComplex64,
  kindComplex128,
  kindArray,
  kindChan,
  kindFunc,
  kindInterface,
  kindMap,
  kindPtr,
  kindSlice,
  kindString,
  kindStruct,
  kindUnsafePointer,

  kindDirectIface = 1 << 5,
  kindGCProg = 1 << 6,
  kindMask = (1 << 5) - 1,
};

// _type::tflag bits (Go's values).
enum TFlag : uint8_t {
  tflagNamed = 1 << 2,  // the type has a name
};

struct _type {
  uintptr_t size;
  uintptr_t ptrdata;
  uint32_t hash;
  uint8_t tflag;
  uint8_t align;
  uint8_t fieldAlign;
  uint8_t kind;
  bool (*equal)(const void*, const void*);
  const uint8_t* gcdata;
  GoString str;
  const struct uncommontype* uncommon;

  Kind kindOf() const { return Kind(kind & kindMask); }
  bool pointers() const { return ptrdata != 0; }
  bool named() const { return (tflag & tflagNamed) != 0; }
  // Whether an interface holds the value itself in its data word (pointer-shaped).
  bool directIface() const { return (kind & kindDirectIface) != 0; }
};

static_assert(sizeof(_type) == 64, "compiler/codegen/type_descriptors.cpp emits 64 bytes");

struct ptrtype {
  _type typ;
  const _type* elem;
};

struct slicetype {
  _type typ;
  const _type* elem;
};

static_assert(sizeof(ptrtype) == 72 && sizeof(slicetype) == 72);

// hasher(key, seed): the hash of the key at key (Go's typeAlg hash functions).
using hasherFunc = uintptr_t (*)(const void* key, uintptr_t seed);

struct arraytype {
  _type typ;
  const _type* elem;
  const _type* slice;  // []elem, or null
  uintptr_t len;
  hasherFunc hasher;  // null when the array is not comparable
};

static_assert(sizeof(arraytype) == 96);

struct chantype {
  _type typ;
  const _type* elem;
  uintptr_t dir;  // 1 recv, 2 send, 3 both (reflect.ChanDir)
};

static_assert(sizeof(chantype) == 80);

struct functype {
  _type typ;
  uint16_t inCount;
  uint16_t outCount;
  uint32_t variadic;
  const _type* const* params;  // inCount parameters, then outCount results
};

static_assert(sizeof(functype) == 80);

struct structfield {
  GoString name;  // the field's name (an embedded field's is its type's name: T for *p.T)
  const _type* typ;
  uintptr_t offset;
  uintptr_t embedded;  // 1 for an embedded field
  GoString tag;        // the field's tag (raw, unquoted), empty when it has none
};

static_assert(sizeof(structfield) == 56, "compiler/codegen/type_descriptors.cpp emits 56 bytes");

struct structtype {
  _type typ;
  GoString pkgPath;  // package of unexported field names
  const structfield* fields;
  intptr_t nfields;
  hasherFunc hasher;  // null when the struct is not comparable
};

static_assert(sizeof(structtype) == 104);

struct imethod {
  GoString name;
  GoString pkgPath;  // empty for exported names
  const _type* typ;  // the method's functype (without receiver)
};

struct interfacetype {
  _type typ;
  GoString pkgPath;
  const imethod* methods;
  intptr_t nmethods;
};

static_assert(sizeof(imethod) == 40 && sizeof(interfacetype) == 96);

// A method of a concrete type. ifn is called through interfaces: it takes the
// interface's data word as its receiver. tfn takes the receiver by its own type.
// Both take the closure pointer first (ignored), as every Go function does.
struct method {
  GoString name;
  GoString pkgPath;
  const _type* mtyp;  // functype without receiver
  void* ifn;
  void* tfn;
};

struct uncommontype {
  GoString pkgPath;
  const method* methods;
  intptr_t mcount;
};

// itab: the method table of one (interface, concrete type) pair. fun[i] is the ifn of
// the type's method implementing the interface's i-th method.
struct itab {
  const interfacetype* inter;
  const _type* type;
  uint32_t hash;  // type->hash, for type switches
  uint32_t pad;
  void* fun[1];  // variable length
};

// getitab (iface.cpp): the itab of (inter, typ), built and cached on first use, or null
// when typ lacks one of inter's methods (then *missing, if given, names the first one).
itab* getitab(const interfacetype* inter, const _type* typ, const imethod** missing);

// A map type's descriptor (Go's maptype). The compiler emits it, and the bucket type
// too: struct { tophash [8]uint8; keys [8]K; elems [8]E; overflow *bucket }, where a key
// or element larger than 128 bytes is stored indirectly (as a pointer to it), as in Go.
struct maptype {
  _type typ;
  const _type* key;
  const _type* elem;
  const _type* bucket;  // the bucket type (its gcdata covers keys, elems and overflow)
  hasherFunc hasher;
  uint8_t keysize;      // size of a key slot (8 when the key is indirect)
  uint8_t elemsize;     // size of an element slot (8 when indirect)
  uint16_t bucketsize;  // size of a bucket
  uint32_t flags;       // maptypeIndirectKey | maptypeIndirectElem | ...

  static constexpr uint32_t indirectKey = 1;   // keys are stored as pointers
  static constexpr uint32_t indirectElem = 2;  // elements are stored as pointers
  static constexpr uint32_t reflexiveKey = 4;  // k == k for all keys (not floats/interfaces)
  static constexpr uint32_t needKeyUpdate =
      8;  // an overwrite must copy the key too (floats, strings)
};

static_assert(sizeof(maptype) == 104, "compiler/codegen/type_descriptors.cpp emits 104 bytes");

}  // namespace runtime
