// predicates.h — questions about types (go/types predicates.go): identity,
// comparability, classification of basic types, default types of untyped values.
#pragma once

#include "types/type.h"

namespace minigo::types {

class Universe;

bool identical(Type* x, Type* y);
bool identicalIgnoreTags(Type* x, Type* y);

// Classification of a type's underlying type (false for non-basic types).
bool isBoolean(Type* t);
bool isInteger(Type* t);
bool isUnsigned(Type* t);
bool isFloat(Type* t);
bool isComplex(Type* t);
bool isNumeric(Type* t);
bool isString(Type* t);
bool isIntegerOrFloat(Type* t);
bool isConstType(Type* t);
bool isOrdered(Type* t);
bool isTyped(Type* t);    // not an untyped basic type
bool isUntyped(Type* t);  // an untyped basic type
bool isInterface(Type* t);
// A pointer-shaped type, stored directly in an interface's data word (Go's
// types.IsDirectIface): pointers, maps, channels, funcs, unsafe.Pointer, and arrays of
// one and structs of one field of such a type.
bool isDirectIface(Type* t);
bool isBasic(Type* t, BasicKind k);
bool allBoolean(Type* t);

bool comparable(Type* t);
bool hasNil(Type* t);

// The type an untyped constant takes when no other type is implied (int, float64,
// rune=int32, string, bool); typed types map to themselves.
Type* defaultType(Type* t, const Universe& u);

// The Basic type of t's underlying type, or null.
Basic* asBasic(Type* t);

}  // namespace minigo::types
