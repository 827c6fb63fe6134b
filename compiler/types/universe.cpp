// universe.cpp — see universe.h. The names and flags are Go's (go/types/universe.go).
#include "types/universe.h"

namespace minigo::types {

namespace {

struct BasicDesc {
  BasicKind kind;
  uint16_t info;
  const char* name;
};

const BasicDesc basicTypes[] = {
    {BasicKind::Invalid, 0, "invalid type"},
    {BasicKind::Bool, IsBoolean, "bool"},
    {BasicKind::Int, IsInteger, "int"},
    {BasicKind::Int8, IsInteger, "int8"},
    {BasicKind::Int16, IsInteger, "int16"},
    {BasicKind::Int32, IsInteger, "int32"},
    {BasicKind::Int64, IsInteger, "int64"},
    {BasicKind::Uint, IsInteger | IsUnsigned, "uint"},
    {BasicKind::Uint8, IsInteger | IsUnsigned, "uint8"},
    {BasicKind::Uint16, IsInteger | IsUnsigned, "uint16"},
    {BasicKind::Uint32, IsInteger | IsUnsigned, "uint32"},
    {BasicKind::Uint64, IsInteger | IsUnsigned, "uint64"},
    {BasicKind::Uintptr, IsInteger | IsUnsigned, "uintptr"},
    {BasicKind::Float32, IsFloat, "float32"},
    {BasicKind::Float64, IsFloat, "float64"},
    {BasicKind::Complex64, IsComplex, "complex64"},
    {BasicKind::Complex128, IsComplex, "complex128"},
    {BasicKind::String, IsString, "string"},
    {BasicKind::UnsafePointer, 0, "Pointer"},
    {BasicKind::UntypedBool, IsBoolean | IsUntyped, "untyped bool"},
    {BasicKind::UntypedInt, IsInteger | IsUntyped, "untyped int"},
    {BasicKind::UntypedRune, IsInteger | IsUntyped, "untyped rune"},
    {BasicKind::UntypedFloat, IsFloat | IsUntyped, "untyped float"},
    {BasicKind::UntypedComplex, IsComplex | IsUntyped, "untyped complex"},
    {BasicKind::UntypedString, IsString | IsUntyped, "untyped string"},
    {BasicKind::UntypedNil, IsUntyped, "untyped nil"},
};

struct BuiltinDesc {
  BuiltinId id;
  const char* name;
};

const BuiltinDesc builtins[] = {
    {BuiltinId::Append, "append"},   {BuiltinId::Cap, "cap"},     {BuiltinId::Close, "close"},
    {BuiltinId::Complex, "complex"}, {BuiltinId::Copy, "copy"},   {BuiltinId::Delete, "delete"},
    {BuiltinId::Imag, "imag"},       {BuiltinId::Len, "len"},     {BuiltinId::Make, "make"},
    {BuiltinId::New, "new"},         {BuiltinId::Panic, "panic"}, {BuiltinId::Print, "print"},
    {BuiltinId::Println, "println"}, {BuiltinId::Real, "real"},   {BuiltinId::Recover, "recover"},
};

}  // namespace

Universe::Universe(Arena& arena) {
  scope = arena.make<Scope>(nullptr, "universe");
  auto def = [&](Object* obj) { scope->insert(obj); };

  for (const BasicDesc& d : basicTypes) {
    typ[size_t(d.kind)] = arena.make<Basic>(d.kind, d.info, d.name);
  }
  // Predeclared type names (untyped kinds have no names a program can use).
  for (BasicKind k = BasicKind::Bool; k <= BasicKind::String; k = BasicKind(int(k) + 1)) {
    Basic* t = typ[size_t(k)];
    def(arena.make<TypeName>(Pos{}, nullptr, t->name, t));
  }
  byteType = arena.make<Basic>(BasicKind::Uint8, IsInteger | IsUnsigned, "byte");
  runeType = arena.make<Basic>(BasicKind::Int32, IsInteger, "rune");
  def(arena.make<TypeName>(Pos{}, nullptr, "byte", byteType));
  def(arena.make<TypeName>(Pos{}, nullptr, "rune", runeType));

  // type any = interface{}
  emptyInterface = arena.make<Interface>();
  emptyInterface->complete = true;
  emptyInterface->isUniverseAny = true;
  auto* anyName = arena.make<TypeName>(Pos{}, nullptr, "any", emptyInterface);
  anyName->alias = true;
  def(anyName);

  // type error interface{ Error() string }
  auto* errObj = arena.make<TypeName>(Pos{}, nullptr, "error", nullptr);
  errorType = arena.make<Named>(errObj);
  errObj->type = errorType;
  auto* errSig = arena.make<Signature>();
  errSig->results = arena.make<Tuple>();
  errSig->results->vars.push_back(
      arena.make<Var>(Pos{}, nullptr, "", typ[size_t(BasicKind::String)]));
  auto* errMethod = arena.make<Func>(Pos{}, nullptr, "Error", errSig);
  auto* errIface = arena.make<Interface>();
  errIface->methods.push_back(errMethod);
  errIface->allMethods.push_back(errMethod);
  errIface->complete = true;
  errSig->recv = arena.make<Var>(Pos{}, nullptr, "", errorType);
  errorType->underlying_ = errIface;
  def(errObj);

  def(arena.make<Const>(Pos{}, nullptr, "true", typ[size_t(BasicKind::UntypedBool)],
                        Constant::makeBool(true)));
  def(arena.make<Const>(Pos{}, nullptr, "false", typ[size_t(BasicKind::UntypedBool)],
                        Constant::makeBool(false)));
  iota = arena.make<Const>(Pos{}, nullptr, "iota", typ[size_t(BasicKind::UntypedInt)],
                           Constant::makeInt64(0));
  def(iota);
  nil = arena.make<Nil>(Pos{}, nullptr, "nil", typ[size_t(BasicKind::UntypedNil)]);
  def(nil);

  for (const BuiltinDesc& b : builtins) {
    auto* obj = arena.make<Builtin>(b.id, b.name);
    obj->type = typ[size_t(BasicKind::Invalid)];
    def(obj);
  }
  for (Object* o : scope->objects()) o->parent = scope;
}

}  // namespace minigo::types
