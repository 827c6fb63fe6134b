// object.h — named language entities (go/types Objects), scopes and packages.
//
// An Object is declared in exactly one Scope (its parent; null for fields, methods
// and parameters of function types). Scopes nest: universe → package → file → function
// → blocks. Objects, scopes and packages are owned by the compilation's Arena.
#pragma once

#include "syntax/ast.h"
#include "types/constant.h"
#include "types/type.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace minigo::types {

class Package;
class Scope;

enum class ObjKind : uint8_t { PkgName, Const, TypeName, Var, Func, Label, Builtin, Nil };

// Declaration state used to detect cycles in package-level declarations.
enum class Color : uint8_t { White, Grey, Black };

class Object {
 public:
  const ObjKind kind;
  std::string name;
  Pos pos;
  Package* pkg = nullptr;  // null for universe objects
  Type* type = nullptr;    // null while not yet type-checked
  Scope* parent = nullptr;
  uint32_t order = 0;  // declaration order among package-level objects (1-based)
  Color color = Color::White;

  Object(ObjKind k, Pos pos, Package* pkg, std::string name, Type* type)
      : kind(k), name(std::move(name)), pos(pos), pkg(pkg), type(type) {}
  virtual ~Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;

  bool exported() const;
  // The unique identity of the name: exported names stand alone, unexported ones are
  // qualified by their package path ("main.x").
  std::string id() const;
  // Go's ordering of objects: exported before unexported, then by name, then by
  // package path.
  static bool less(const Object* a, const Object* b);
};

template <ObjKind K>
class ObjectOf : public Object {
 public:
  static constexpr ObjKind Kind = K;
  ObjectOf(Pos pos, Package* pkg, std::string name, Type* type)
      : Object(K, pos, pkg, std::move(name), type) {}
  static bool classof(const Object* o) { return o->kind == K; }
};

class PkgName final : public ObjectOf<ObjKind::PkgName> {
 public:
  PkgName(Pos pos, Package* pkg, std::string name, Package* imported)
      : ObjectOf(pos, pkg, std::move(name), nullptr), imported(imported) {}
  Package* imported;
  bool used = false;
};

class Const final : public ObjectOf<ObjKind::Const> {
 public:
  Const(Pos pos, Package* pkg, std::string name, Type* type, Constant val)
      : ObjectOf(pos, pkg, std::move(name), type), val(std::move(val)) {}
  Constant val;
};

class TypeName final : public ObjectOf<ObjKind::TypeName> {
 public:
  using ObjectOf::ObjectOf;
  bool alias = false;  // declared as "type A = T"
};

class Var final : public ObjectOf<ObjKind::Var> {
 public:
  using ObjectOf::ObjectOf;
  bool isField = false;
  bool embedded = false;  // an embedded struct field
  bool isParam = false;   // a parameter, result or receiver
  bool used = false;
  bool isGlobal = false;  // a package-level variable
};

class Func final : public ObjectOf<ObjKind::Func> {
 public:
  using ObjectOf::ObjectOf;
  syntax::FuncDecl* decl = nullptr;  // null for interface methods
  bool hasPtrRecv = false;           // a method with a pointer receiver
  Type* recvBase = nullptr;          // for methods: the receiver's base type
  // A function declared without a body in a stdlib package: the runtime provides it
  // under the symbol "<pkgpath>.<name>".
  bool external() const { return decl && !decl->body; }
};

class Label final : public ObjectOf<ObjKind::Label> {
 public:
  using ObjectOf::ObjectOf;
  bool used = false;
};

enum class BuiltinId : uint8_t {
  Append,
  Cap,
  Close,
  Complex,
  Copy,
  Delete,
  Imag,
  Len,
  Make,
  New,
  Panic,
  Print,
  Println,
  Real,
  Recover,
  // package unsafe (not part of minigo's language; listed for completeness)
  Add,
  Alignof,
  Offsetof,
  Sizeof,
  Slice,
  Count,
};

class Builtin final : public ObjectOf<ObjKind::Builtin> {
 public:
  Builtin(BuiltinId id, std::string name)
      : ObjectOf(Pos{}, nullptr, std::move(name), nullptr), id(id) {}
  BuiltinId id;
};

class Nil final : public ObjectOf<ObjKind::Nil> {
 public:
  using ObjectOf::ObjectOf;
};

class Scope {
 public:
  Scope(Scope* parent, std::string comment, bool isFunc = false)
      : parent(parent), comment(std::move(comment)), isFunc(isFunc) {}

  Scope* parent;
  std::vector<Scope*> children;
  std::string comment;  // for debugging: "package main", "function f", "block"
  bool isFunc;          // a function scope (parameters and results)

  // Objects in declaration order.
  const std::vector<Object*>& objects() const { return order_; }
  Object* lookup(std::string_view name) const;
  // Looks name up in this scope and its parents; sets *where to the scope found.
  Object* lookupParent(std::string_view name, Scope** where = nullptr);
  // Inserts obj unless the name is taken; returns the object already there, or null.
  Object* insert(Object* obj);

 private:
  std::map<std::string_view, Object*> elems_;
  std::vector<Object*> order_;
};

// One step of package initialization: lhs = rhs (lhs has one element unless rhs is
// a multi-value expression).
struct Initializer {
  std::vector<Var*> lhs;
  syntax::Expr* rhs;
};

class Package {
 public:
  Package(std::string path, std::string name) : path(std::move(path)), name(std::move(name)) {}
  std::string path;  // "main", "fmt", "unicode/utf8"
  std::string name;  // the package clause's name
  Scope* scope = nullptr;
  std::vector<Package*> imports;  // direct imports, in order of first appearance
  std::vector<syntax::File*> files;
  bool isStdlib = false;  // compiled from the stdlib directory (may use bodyless funcs)
  // Package-level variables in initialization order (filled by the checker).
  std::vector<Initializer> initOrder;
  // User-declared init functions in source order.
  std::vector<Func*> initFuncs;
};

}  // namespace minigo::types
