// object.cpp — objects and scopes (see object.h).
#include "types/object.h"

#include "syntax/lexer.h"

#include <unicode/uchar.h>

namespace minigo::types {

namespace {

bool isExportedName(std::string_view name) {
  if (name.empty()) return false;
  uint32_t size;
  int32_t r = syntax::decodeRune(name, &size);
  if (r < 0x80) return r >= 'A' && r <= 'Z';
  return u_isupper(UChar32(r));
}

}  // namespace

bool Object::exported() const {
  return isExportedName(name);
}

std::string Object::id() const {
  if (exported()) return name;
  return (pkg && !pkg->path.empty() ? pkg->path : std::string("_")) + "." + name;
}

bool Object::less(const Object* a, const Object* b) {
  if (a == b) return false;
  bool ea = a->exported(), eb = b->exported();
  if (ea != eb) return ea;
  if (a->name != b->name) return a->name < b->name;
  if (!ea) {
    std::string pa = a->pkg ? a->pkg->path : "", pb = b->pkg ? b->pkg->path : "";
    return pa < pb;
  }
  return false;
}

Object* Scope::lookup(std::string_view name) const {
  auto it = elems_.find(name);
  return it == elems_.end() ? nullptr : it->second;
}

Object* Scope::lookupParent(std::string_view name, Scope** where) {
  for (Scope* s = this; s; s = s->parent) {
    if (Object* o = s->lookup(name)) {
      if (where) *where = s;
      return o;
    }
  }
  if (where) *where = nullptr;
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  auto [it, inserted] = elems_.emplace(obj->name, obj);
  if (!inserted) return it->second;
  order_.push_back(obj);
  if (!obj->parent) obj->parent = this;
  return nullptr;
}

}  // namespace minigo::types
