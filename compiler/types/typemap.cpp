// typemap.cpp — see typemap.h.
#include "types/typemap.h"

#include "types/object.h"

#include <llvm/Support/Casting.h>

#include <functional>

namespace minigo::types {

using llvm::cast;

namespace {

size_t mix(size_t h, size_t v) {
  return h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
}

size_t hashImpl(Type* t, int depth) {
  if (depth > 8) return size_t(t->kind);  // deep types: a coarse hash is still consistent
  size_t h = size_t(t->kind) * 31;
  switch (t->kind) {
    case TypeKind::Basic: return mix(h, size_t(cast<Basic>(t)->basicKind));
    case TypeKind::Pointer: return mix(h, hashImpl(cast<Pointer>(t)->elem, depth + 1));
    case TypeKind::Slice: return mix(h, hashImpl(cast<Slice>(t)->elem, depth + 1));
    case TypeKind::Array: {
      auto* a = cast<Array>(t);
      return mix(mix(h, size_t(a->len)), hashImpl(a->elem, depth + 1));
    }
    case TypeKind::Map: {
      auto* m = cast<Map>(t);
      return mix(mix(h, hashImpl(m->key, depth + 1)), hashImpl(m->elem, depth + 1));
    }
    case TypeKind::Chan: {
      auto* c = cast<Chan>(t);
      return mix(mix(h, size_t(c->dir)), hashImpl(c->elem, depth + 1));
    }
    case TypeKind::Struct:
      for (Var* f : cast<Struct>(t)->fields) {
        h = mix(h, std::hash<std::string>()(f->name));
        h = mix(h, hashImpl(f->type, depth + 1));
      }
      return h;
    case TypeKind::Tuple:
      for (Var* v : cast<Tuple>(t)->vars) h = mix(h, hashImpl(v->type, depth + 1));
      return h;
    case TypeKind::Signature: {
      auto* s = cast<Signature>(t);
      h = mix(h, s->variadic);
      if (s->params) h = mix(h, hashImpl(s->params, depth + 1));
      if (s->results) h = mix(mix(h, 7), hashImpl(s->results, depth + 1));
      return h;
    }
    case TypeKind::Interface:
      for (Func* m : cast<Interface>(t)->allMethods) h = mix(h, std::hash<std::string>()(m->name));
      return h;
    case TypeKind::Named: return mix(h, std::hash<const void*>()(t));
  }
  return h;
}

}  // namespace

size_t hashType(Type* t) {
  return hashImpl(t, 0);
}

}  // namespace minigo::types
