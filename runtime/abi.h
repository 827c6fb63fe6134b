// abi.h — the in-memory shapes of Go values that compiled code and the runtime share.
//
// Layout is Go's amd64 layout: a string is {ptr, len} (16 bytes), a slice is
// {ptr, len, cap} (24 bytes), an empty interface is {type, data} (16 bytes), a
// non-empty interface is {itab, data}.
//
// Calling convention between compiled code and runtime entry points (see
// docs/ARCHITECTURE.md, "Runtime ABI"): LLVM passes a first-class aggregate argument as
// its scalar fields, one after another, so a C++ entry point declares an aggregate
// parameter as those scalars (a string is (const uint8_t* str, intptr_t len), a slice
// (void* array, intptr_t len, intptr_t cap), an interface (type/itab, data)) — never as
// a struct by value, whose C placement can differ when registers run out. A result of
// at most two words is returned by value (GoString and GoEface travel in RAX:RDX
// exactly as LLVM returns a {ptr, i64}); a larger result (a slice) is returned through
// a hidden first pointer argument (LLVM's sret, C++'s struct return).
#pragma once

#include <cstddef>
#include <cstdint>

namespace runtime {

struct _type;

struct GoString {
  const uint8_t* str;
  intptr_t len;
};

struct GoSlice {
  void* array;
  intptr_t len;
  intptr_t cap;
};

// eface: interface{} / any.
struct GoEface {
  const _type* type;
  void* data;
};

static_assert(sizeof(GoString) == 16);
static_assert(sizeof(GoSlice) == 24);
static_assert(sizeof(GoEface) == 16);

}  // namespace runtime
