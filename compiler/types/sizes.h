// sizes.h — Go's amd64 memory layout (cmd/compile's types/size.go): sizes, alignments
// and field offsets. int, uint, uintptr and pointers are 8 bytes; a string is 16, a
// slice 24, an interface 16; maps, channels and functions are one pointer. A struct's
// fields are laid out in order at their alignment; a struct whose last field has size
// zero gets one byte of padding (so a pointer to it cannot point past the object);
// the size is rounded up to the struct's alignment.
#pragma once

#include "types/type.h"

#include <cstdint>
#include <vector>

namespace minigo::types {

constexpr int64_t PtrSize = 8;

int64_t sizeOf(Type* t);
int64_t alignOf(Type* t);
// Byte offsets of a struct's fields.
std::vector<int64_t> fieldOffsets(Struct* s);
// Bytes of the prefix of a value of type t that can contain pointers (Go's ptrdata).
int64_t ptrDataSize(Type* t);

}  // namespace minigo::types
