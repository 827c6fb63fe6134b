// strings_builder.cpp — the primitive under the stdlib's strings.Builder
// (stdlib/strings/builder.go): bytesToString makes a string that shares a byte slice's
// storage, as Go's Builder does with unsafe, so String() costs no copy. The Builder only
// appends past the bytes a string has taken (or drops them on Reset), so the string
// never sees them change.
#include "abi.h"

#include <cstdint>

using runtime::GoString;

extern "C" GoString strings_bytesToString(const uint8_t* p, intptr_t len,
                                          intptr_t cap) __asm__("strings.bytesToString");

// {&b[0], len(b)}; an empty b gives the empty string {nil, 0}, whatever its pointer.
GoString strings_bytesToString(const uint8_t* p, intptr_t len, intptr_t) {
  if (len == 0) return GoString{nullptr, 0};
  return GoString{p, len};
}
