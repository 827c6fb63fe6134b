// sizes.cpp — see sizes.h.
#include "types/sizes.h"

#include "types/object.h"

#include <llvm/Support/Casting.h>

namespace minigo::types {

using llvm::cast;

namespace {

int64_t roundUp(int64_t x, int64_t a) {
  return (x + a - 1) / a * a;
}

int64_t basicSize(BasicKind k) {
  switch (k) {
    case BasicKind::Bool:
    case BasicKind::Int8:
    case BasicKind::Uint8: return 1;
    case BasicKind::Int16:
    case BasicKind::Uint16: return 2;
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32: return 4;
    case BasicKind::Complex128:
    case BasicKind::String: return 16;
    default: return 8;  // int, uint, uintptr, int64, uint64, float64, complex64, pointer
  }
}

}  // namespace

int64_t alignOf(Type* t) {
  Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Basic: {
      BasicKind k = cast<Basic>(u)->basicKind;
      if (k == BasicKind::String || k == BasicKind::Complex128) return 8;
      if (k == BasicKind::Complex64) return 4;
      return basicSize(k);
    }
    case TypeKind::Array: return alignOf(cast<Array>(u)->elem);
    case TypeKind::Struct: {
      int64_t a = 1;
      for (Var* f : cast<Struct>(u)->fields) a = std::max(a, alignOf(f->type));
      return a;
    }
    default: return PtrSize;
  }
}

std::vector<int64_t> fieldOffsets(Struct* s) {
  std::vector<int64_t> offs;
  int64_t o = 0;
  for (Var* f : s->fields) {
    o = roundUp(o, alignOf(f->type));
    offs.push_back(o);
    o += sizeOf(f->type);
  }
  return offs;
}

int64_t sizeOf(Type* t) {
  Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Basic: return basicSize(cast<Basic>(u)->basicKind);
    case TypeKind::Slice: return 3 * PtrSize;
    case TypeKind::Interface: return 2 * PtrSize;
    case TypeKind::Array: {
      auto* a = cast<Array>(u);
      return a->len <= 0 ? 0 : a->len * sizeOf(a->elem);
    }
    case TypeKind::Struct: {
      auto* s = cast<Struct>(u);
      if (s->fields.empty()) return 0;
      std::vector<int64_t> offs = fieldOffsets(s);
      int64_t lastSize = sizeOf(s->fields.back()->type);
      int64_t size = offs.back() + lastSize;
      if (lastSize == 0 && size > 0) size++;  // padding after a final zero-size field
      return roundUp(size, alignOf(s));
    }
    case TypeKind::Tuple: {
      int64_t o = 0;
      for (Var* v : cast<Tuple>(u)->vars) o = roundUp(o, alignOf(v->type)) + sizeOf(v->type);
      return o;
    }
    default: return PtrSize;  // pointer, map, chan, func
  }
}

int64_t ptrDataSize(Type* t) {
  Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Basic: {
      BasicKind k = cast<Basic>(u)->basicKind;
      if (k == BasicKind::String || k == BasicKind::UnsafePointer) return PtrSize;
      return 0;
    }
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
    case TypeKind::Slice: return PtrSize;
    case TypeKind::Interface: return 2 * PtrSize;
    case TypeKind::Array: {
      auto* a = cast<Array>(u);
      if (a->len <= 0) return 0;
      int64_t e = ptrDataSize(a->elem);
      if (e == 0) return 0;
      return (a->len - 1) * sizeOf(a->elem) + e;
    }
    case TypeKind::Struct: {
      auto* s = cast<Struct>(u);
      std::vector<int64_t> offs = fieldOffsets(s);
      int64_t last = 0;
      for (size_t i = 0; i < s->fields.size(); i++) {
        int64_t p = ptrDataSize(s->fields[i]->type);
        if (p > 0) last = offs[i] + p;
      }
      return last;
    }
    default: return 0;
  }
}

}  // namespace minigo::types
