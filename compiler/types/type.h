// type.h — Go's types as the checker builds them (the model of go/types / types2).
//
// Types are not canonicalized: two Type objects may denote identical types, and
// identical() (predicates.h) is the only correct comparison. A Named type's
// underlying type is never itself a Named type once resolution finishes. Every Type is
// owned by the Arena of the compilation (arena.h) and lives until it is destroyed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace minigo::types {

class Func;
class Scope;
class TypeName;
class Var;

enum class TypeKind : uint8_t {
  Basic,
  Pointer,
  Slice,
  Array,
  Map,
  Chan,
  Struct,
  Tuple,
  Signature,
  Interface,
  Named,
};

class Type {
 public:
  const TypeKind kind;
  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;
  Type(const Type&) = delete;
  Type& operator=(const Type&) = delete;

  // The underlying type: itself, except for Named types.
  Type* underlying();
};

enum class BasicKind : uint8_t {
  Invalid,
  // predeclared types
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  // types for untyped values
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
  Count,
};

enum BasicInfo : uint16_t {
  IsBoolean = 1 << 0,
  IsInteger = 1 << 1,
  IsUnsigned = 1 << 2,
  IsFloat = 1 << 3,
  IsComplex = 1 << 4,
  IsString = 1 << 5,
  IsUntyped = 1 << 6,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
};

class Basic final : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::Basic;
  Basic(BasicKind k, uint16_t info, std::string name)
      : Type(TypeKind::Basic), basicKind(k), info(info), name(std::move(name)) {}
  const BasicKind basicKind;
  const uint16_t info;
  const std::string name;  // "int", "byte", "untyped int", ...
  static bool classof(const Type* t) { return t->kind == TypeKind::Basic; }
};

class Pointer final : public Type {
 public:
  explicit Pointer(Type* elem) : Type(TypeKind::Pointer), elem(elem) {}
  Type* elem;
  static bool classof(const Type* t) { return t->kind == TypeKind::Pointer; }
};

class Slice final : public Type {
 public:
  explicit Slice(Type* elem) : Type(TypeKind::Slice), elem(elem) {}
  Type* elem;
  static bool classof(const Type* t) { return t->kind == TypeKind::Slice; }
};

class Array final : public Type {
 public:
  Array(Type* elem, int64_t len) : Type(TypeKind::Array), elem(elem), len(len) {}
  Type* elem;
  int64_t len;  // < 0: unknown (an invalid length)
  static bool classof(const Type* t) { return t->kind == TypeKind::Array; }
};

class Map final : public Type {
 public:
  Map(Type* key, Type* elem) : Type(TypeKind::Map), key(key), elem(elem) {}
  Type* key;
  Type* elem;
  static bool classof(const Type* t) { return t->kind == TypeKind::Map; }
};

enum class ChanDir : uint8_t { SendRecv, SendOnly, RecvOnly };

class Chan final : public Type {
 public:
  Chan(ChanDir dir, Type* elem) : Type(TypeKind::Chan), dir(dir), elem(elem) {}
  ChanDir dir;
  Type* elem;
  static bool classof(const Type* t) { return t->kind == TypeKind::Chan; }
};

class Struct final : public Type {
 public:
  Struct() : Type(TypeKind::Struct) {}
  std::vector<Var*> fields;
  std::vector<std::string> tags;  // empty, or one per field
  static bool classof(const Type* t) { return t->kind == TypeKind::Struct; }
};

// An ordered list of variables: parameters, results, or the values of a multi-value
// expression. A null Tuple* stands for the empty tuple.
class Tuple final : public Type {
 public:
  Tuple() : Type(TypeKind::Tuple) {}
  std::vector<Var*> vars;
  size_t size() const { return vars.size(); }
  static bool classof(const Type* t) { return t->kind == TypeKind::Tuple; }
};

inline size_t tupleLen(const Tuple* t) {
  return t ? t->vars.size() : 0;
}

class Signature final : public Type {
 public:
  Signature() : Type(TypeKind::Signature) {}
  Var* recv = nullptr;       // null for functions and for method expressions' types
  Tuple* params = nullptr;   // may be null (no parameters)
  Tuple* results = nullptr;  // may be null (no results)
  bool variadic = false;     // the last parameter is ...T (its type is []T)
  Scope* scope = nullptr;    // the scope of parameters and results (declared functions)
  static bool classof(const Type* t) { return t->kind == TypeKind::Signature; }
};

class Interface final : public Type {
 public:
  Interface() : Type(TypeKind::Interface) {}
  std::vector<Func*> methods;    // explicitly declared methods
  std::vector<Type*> embeddeds;  // embedded interfaces
  // Computed by the checker (computeInterfaceMethods): every method, declared or
  // embedded, sorted by Object::less (exported first, then by name).
  std::vector<Func*> allMethods;
  bool complete = false;
  bool isUniverseAny = false;  // the universe's "any" (prints as "any" in diagnostics)
  bool empty() const { return complete && allMethods.empty(); }
  static bool classof(const Type* t) { return t->kind == TypeKind::Interface; }
};

class Named final : public Type {
 public:
  explicit Named(TypeName* obj) : Type(TypeKind::Named), obj(obj) {}
  TypeName* obj;
  Type* underlying_ = nullptr;  // set when the declaration is resolved
  std::vector<Func*> methods;   // declared methods, in source order
  static bool classof(const Type* t) { return t->kind == TypeKind::Named; }
};

inline Type* Type::underlying() {
  if (kind == TypeKind::Named) {
    Type* u = static_cast<Named*>(this)->underlying_;
    return u ? u : this;
  }
  return this;
}

}  // namespace minigo::types
