// predicates.cpp — see predicates.h.
#include "types/predicates.h"

#include "types/object.h"
#include "types/universe.h"

#include <llvm/Support/Casting.h>

#include <algorithm>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;

Basic* asBasic(Type* t) {
  return t ? dyn_cast<Basic>(t->underlying()) : nullptr;
}

namespace {

bool hasInfo(Type* t, uint16_t info) {
  Basic* b = asBasic(t);
  return b && (b->info & info) != 0;
}

bool identicalImpl(Type* x, Type* y, bool cmpTags);

bool identicalTuples(Tuple* x, Tuple* y, bool cmpTags) {
  if (tupleLen(x) != tupleLen(y)) return false;
  for (size_t i = 0; i < tupleLen(x); i++) {
    if (!identicalImpl(x->vars[i]->type, y->vars[i]->type, cmpTags)) return false;
  }
  return true;
}

bool identicalImpl(Type* x, Type* y, bool cmpTags) {
  if (x == y) return true;
  if (x->kind != y->kind) return false;
  switch (x->kind) {
    case TypeKind::Basic: return cast<Basic>(x)->basicKind == cast<Basic>(y)->basicKind;
    case TypeKind::Array: {
      auto *a = cast<Array>(x), *b = cast<Array>(y);
      return a->len >= 0 && a->len == b->len && identicalImpl(a->elem, b->elem, cmpTags);
    }
    case TypeKind::Slice: return identicalImpl(cast<Slice>(x)->elem, cast<Slice>(y)->elem, cmpTags);
    case TypeKind::Struct: {
      auto *a = cast<Struct>(x), *b = cast<Struct>(y);
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); i++) {
        Var *f = a->fields[i], *g = b->fields[i];
        if (f->embedded != g->embedded || f->id() != g->id()) return false;
        if (cmpTags) {
          std::string ta = i < a->tags.size() ? a->tags[i] : "";
          std::string tb = i < b->tags.size() ? b->tags[i] : "";
          if (ta != tb) return false;
        }
        if (!identicalImpl(f->type, g->type, cmpTags)) return false;
      }
      return true;
    }
    case TypeKind::Pointer:
      return identicalImpl(cast<Pointer>(x)->elem, cast<Pointer>(y)->elem, cmpTags);
    case TypeKind::Tuple: return identicalTuples(cast<Tuple>(x), cast<Tuple>(y), cmpTags);
    case TypeKind::Signature: {
      auto *a = cast<Signature>(x), *b = cast<Signature>(y);
      return a->variadic == b->variadic && identicalTuples(a->params, b->params, cmpTags) &&
             identicalTuples(a->results, b->results, cmpTags);
    }
    case TypeKind::Interface: {
      auto *a = cast<Interface>(x), *b = cast<Interface>(y);
      if (a->allMethods.size() != b->allMethods.size()) return false;
      // allMethods are sorted, so pairwise comparison suffices.
      for (size_t i = 0; i < a->allMethods.size(); i++) {
        Func *f = a->allMethods[i], *g = b->allMethods[i];
        if (f->id() != g->id()) return false;
        auto *fs = cast<Signature>(f->type), *gs = cast<Signature>(g->type);
        // Compare the method signatures without their receivers; guard against
        // recursion through interfaces that mention themselves via named types.
        if (!identicalImpl(fs, gs, cmpTags)) return false;
      }
      return true;
    }
    case TypeKind::Map: {
      auto *a = cast<Map>(x), *b = cast<Map>(y);
      return identicalImpl(a->key, b->key, cmpTags) && identicalImpl(a->elem, b->elem, cmpTags);
    }
    case TypeKind::Chan: {
      auto *a = cast<Chan>(x), *b = cast<Chan>(y);
      return a->dir == b->dir && identicalImpl(a->elem, b->elem, cmpTags);
    }
    case TypeKind::Named: return false;  // distinct named types are different
  }
  return false;
}

}  // namespace

bool identical(Type* x, Type* y) {
  return identicalImpl(x, y, true);
}
bool identicalIgnoreTags(Type* x, Type* y) {
  return identicalImpl(x, y, false);
}

bool isBoolean(Type* t) {
  return hasInfo(t, IsBoolean);
}
bool isInteger(Type* t) {
  return hasInfo(t, IsInteger);
}
bool isUnsigned(Type* t) {
  return hasInfo(t, IsUnsigned);
}
bool isFloat(Type* t) {
  return hasInfo(t, IsFloat);
}
bool isComplex(Type* t) {
  return hasInfo(t, IsComplex);
}
bool isNumeric(Type* t) {
  return hasInfo(t, IsNumeric);
}
bool isString(Type* t) {
  return hasInfo(t, IsString);
}
bool isIntegerOrFloat(Type* t) {
  return hasInfo(t, IsInteger | IsFloat);
}
bool isConstType(Type* t) {
  return hasInfo(t, IsConstType);
}
bool isOrdered(Type* t) {
  return hasInfo(t, IsOrdered);
}
bool allBoolean(Type* t) {
  return isBoolean(t);
}

bool isTyped(Type* t) {
  auto* b = dyn_cast<Basic>(t);
  return !b || (b->info & IsUntyped) == 0;
}

bool isUntyped(Type* t) {
  return !isTyped(t);
}

bool isInterface(Type* t) {
  return llvm::isa<Interface>(t->underlying());
}

bool isDirectIface(Type* t) {
  Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature: return true;
    case TypeKind::Basic:
      return llvm::cast<Basic>(u)->basicKind == BasicKind::UnsafePointer;
    case TypeKind::Array: {
      auto* a = llvm::cast<Array>(u);
      return a->len == 1 && isDirectIface(a->elem);
    }
    case TypeKind::Struct: {
      auto* s = llvm::cast<Struct>(u);
      return s->fields.size() == 1 && isDirectIface(s->fields[0]->type);
    }
    default: return false;
  }
}

bool isBasic(Type* t, BasicKind k) {
  Basic* b = asBasic(t);
  return b && b->basicKind == k;
}

bool comparable(Type* t) {
  Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Basic: return cast<Basic>(u)->basicKind != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface: return true;
    case TypeKind::Struct:
      return std::all_of(cast<Struct>(u)->fields.begin(), cast<Struct>(u)->fields.end(),
                         [](Var* f) { return comparable(f->type); });
    case TypeKind::Array: return comparable(cast<Array>(u)->elem);
    default: return false;
  }
}

bool hasNil(Type* t) {
  Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Basic: return cast<Basic>(u)->basicKind == BasicKind::UnsafePointer;
    case TypeKind::Slice:
    case TypeKind::Pointer:
    case TypeKind::Signature:
    case TypeKind::Interface:
    case TypeKind::Map:
    case TypeKind::Chan: return true;
    default: return false;
  }
}

Type* defaultType(Type* t, const Universe& u) {
  auto* b = dyn_cast<Basic>(t);
  if (!b) return t;
  switch (b->basicKind) {
    case BasicKind::UntypedBool: return u.basic(BasicKind::Bool);
    case BasicKind::UntypedInt: return u.basic(BasicKind::Int);
    case BasicKind::UntypedRune: return u.runeType;
    case BasicKind::UntypedFloat: return u.basic(BasicKind::Float64);
    case BasicKind::UntypedComplex: return u.basic(BasicKind::Complex128);
    case BasicKind::UntypedString: return u.basic(BasicKind::String);
    default: return t;
  }
}

}  // namespace minigo::types
