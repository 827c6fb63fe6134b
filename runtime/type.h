// type.h — runtime type descriptors (Go's _type), emitted by the compiler for every type
// the program needs at run time, one per type in the whole program, so two descriptors
// are the same type exactly when their addresses are equal.
//
// Layout (must match compiler/codegen/type_descriptors.cpp):
//   size, ptrdata   bytes of the value, and bytes of its prefix that can hold pointers
//   hash            a hash of the type, used by interface switches and maps
//   tflag           reserved (0)
//   align           alignment of a variable of this type
//   fieldAlign      alignment of a struct field of this type
//   kind            kindBool..kindUnsafePointer, | kindDirectIface when the value is
//                   stored directly in an interface's data word (pointer-shaped types)
//   equal           equality for values of this type, or null when not comparable
//   gcdata          pointer bitmap: bit i (LSB first) set when word i of the first
//                   ptrdata bytes holds a pointer; null when ptrdata == 0
//   str             the type's name as Go prints it (%T, panics): "int", "main.T", "[]int"
//   ptrToThis       descriptor of *T when the program has one, else null
// Kind-specific descriptors (slicetype, ...) begin with a _type and add fields after it.
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
  const _type* ptrToThis;

  Kind kindOf() const { return Kind(kind & kindMask); }
  bool pointers() const { return ptrdata != 0; }
};

static_assert(sizeof(_type) == 64, "compiler/codegen/type_descriptors.cpp emits 64 bytes");

}  // namespace runtime
