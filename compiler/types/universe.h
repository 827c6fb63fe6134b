// universe.h — the universe scope: predeclared types (bool, int, ..., error, any),
// constants (true, false, iota), nil, and the builtin functions. One Universe exists
// per compilation (it lives in the compilation's Arena).
#pragma once

#include "types/arena.h"

namespace minigo::types {

class Universe {
 public:
  explicit Universe(Arena& arena);

  Scope* scope;
  Basic* typ[size_t(BasicKind::Count)];
  Basic* byteType;  // alias of uint8, printed "byte"
  Basic* runeType;  // alias of int32, printed "rune"
  Named* errorType;
  Interface* emptyInterface;  // interface{}, the type "any" denotes
  Const* iota;
  Nil* nil;

  Basic* basic(BasicKind k) const { return typ[size_t(k)]; }
  Basic* invalid() const { return basic(BasicKind::Invalid); }
};

}  // namespace minigo::types
