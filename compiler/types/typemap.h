// typemap.h — maps keyed by type identity (go/types/typeutil.Map): two keys are the
// same entry exactly when identical() holds. Code generation uses it to give each
// distinct type one LLVM type and one runtime type descriptor.
#pragma once

#include "types/predicates.h"
#include "types/type.h"

#include <unordered_map>

namespace minigo::types {

// A hash consistent with identical(): identical types hash equal.
size_t hashType(Type* t);

struct TypeHash {
  size_t operator()(Type* t) const { return hashType(t); }
};
struct TypeIdentical {
  bool operator()(Type* a, Type* b) const { return identical(a, b); }
};

template <typename V>
using TypeMap = std::unordered_map<Type*, V, TypeHash, TypeIdentical>;

}  // namespace minigo::types
