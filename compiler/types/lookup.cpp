// lookup.cpp — field and method lookup through embedded fields, method sets and
// interface satisfaction (Go's types2/lookup.go and instantiate.go's implements).
#include "types/checker.h"

#include <llvm/Support/Casting.h>

#include <algorithm>
#include <cctype>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;

namespace {

// Whether obj has the given name as seen from pkg (unexported names match only
// within their own package).
bool equalFold(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

bool sameId(Object* obj, Package* pkg, const std::string& name) {
  if (obj->name != name) return false;
  if (obj->exported()) return true;
  std::string a = obj->pkg ? obj->pkg->path : "", b = pkg ? pkg->path : "";
  return a == b;
}

struct EmbeddedType {
  Type* typ;
  std::vector<int> index;
  bool indirect;
  bool multiples;
};

std::vector<int> concat(const std::vector<int>& list, int i) {
  std::vector<int> t = list;
  t.push_back(i);
  return t;
}

}  // namespace

Checker::LookupResult Checker::lookupFieldOrMethod(Type* T, bool addressable, Package* pkg,
                                                   const std::string& name, bool foldCase) {
  LookupResult res;
  if (name == "_") return res;
  // A named pointer type has no methods; look up fields only.
  if (auto* n = dyn_cast<Named>(T)) {
    if (auto* p = dyn_cast<Pointer>(n->underlying())) {
      LookupResult r = lookupFieldOrMethod(p, false, pkg, name, foldCase);
      if (r.obj && isa<Func>(r.obj)) return LookupResult{};
      return r;
    }
  }
  bool isPtr = false;
  Type* typ = deref(T, &isPtr);
  if (isPtr && isa<Interface>(typ->underlying())) return res;  // *I has no methods

  std::vector<EmbeddedType> current{{typ, {}, isPtr, false}};
  std::vector<Named*> seen;
  while (!current.empty()) {
    std::vector<EmbeddedType> next;
    for (EmbeddedType& e : current) {
      Type* t = e.typ;
      if (auto* named = dyn_cast<Named>(t)) {
        if (std::find(seen.begin(), seen.end(), named) != seen.end()) continue;
        seen.push_back(named);
        bool foundMethod = false;
        for (size_t i = 0; i < named->methods.size(); i++) {
          Func* m = named->methods[i];
          if (sameId(m, pkg, name) || (foldCase && equalFold(m->name, name) && sameId(m, pkg, m->name))) {
            res.index = concat(e.index, int(i));
            if (res.obj || e.multiples)
              return LookupResult{nullptr, res.index, false};  // collision
            res.obj = m;
            res.indirect = e.indirect;
            foundMethod = true;
            break;
          }
        }
        if (foundMethod) continue;  // there can be no matching field or interface method
      }
      Type* u = t->underlying();
      if (auto* st = dyn_cast<Struct>(u)) {
        for (size_t i = 0; i < st->fields.size(); i++) {
          Var* f = st->fields[i];
          if (sameId(f, pkg, name)) {
            res.index = concat(e.index, int(i));
            if (res.obj || e.multiples) return LookupResult{nullptr, res.index, false};
            res.obj = f;
            res.indirect = e.indirect;
            continue;
          }
          if (!res.obj && f->embedded) {
            bool fp = false;
            Type* ft = deref(f->type, &fp);
            next.push_back(
                EmbeddedType{ft, concat(e.index, int(i)), e.indirect || fp, e.multiples});
          }
        }
      } else if (auto* it = dyn_cast<Interface>(u)) {
        completeInterface(it);
        for (size_t i = 0; i < it->allMethods.size(); i++) {
          Func* m = it->allMethods[i];
          if (sameId(m, pkg, name) || (foldCase && equalFold(m->name, name) && sameId(m, pkg, m->name))) {
            res.index = concat(e.index, int(i));
            if (res.obj || e.multiples) return LookupResult{nullptr, res.index, false};
            res.obj = m;
            res.indirect = e.indirect;
            break;
          }
        }
      }
    }
    if (res.obj) {
      if (auto* f = dyn_cast<Func>(res.obj)) {
        // A pointer-receiver method needs an addressable or pointer receiver.
        if (f->hasPtrRecv && !res.indirect && !addressable) return LookupResult{nullptr, {}, true};
      }
      return res;
    }
    // Consolidate types that appear several times at this depth.
    std::vector<EmbeddedType> consolidated;
    for (EmbeddedType& e : next) {
      auto found = std::find_if(consolidated.begin(), consolidated.end(),
                                [&](EmbeddedType& c) { return identical(c.typ, e.typ); });
      if (found != consolidated.end()) {
        found->multiples = true;
      } else {
        consolidated.push_back(e);
      }
    }
    current = std::move(consolidated);
  }
  return LookupResult{};
}

// The first method of T missing from V (or with the wrong type, then *alt is V's);
// null when V implements T. With isStatic false, methods missing from an interface V
// are ignored (type assertions).
Func* Checker::missingMethod(Type* V, Interface* T, bool isStatic, Func** alt) {
  *alt = nullptr;
  completeInterface(T);
  if (T->allMethods.empty()) return nullptr;
  if (auto* vi = dyn_cast<Interface>(V->underlying())) {
    completeInterface(vi);
    for (Func* m : T->allMethods) {
      Func* f = nullptr;
      for (Func* c : vi->allMethods) {
        if (sameId(c, m->pkg, m->name)) f = c;
      }
      if (!f) {
        if (!isStatic) continue;
        return m;
      }
      if (!identical(f->type, m->type)) {
        *alt = f;
        return m;
      }
    }
    return nullptr;
  }
  for (Func* m : T->allMethods) {
    LookupResult r = lookupFieldOrMethod(V, false, m->pkg, m->name);
    bool found = r.obj != nullptr;
    if (!found) {
      r = lookupFieldOrMethod(arena_.make<Pointer>(V), false, m->pkg, m->name);
      if (!r.obj) r = lookupFieldOrMethod(V, false, m->pkg, m->name, true);  // fold case
    }
    auto* f = dyn_cast_or_null<Func>(r.obj);
    if (!f) return m;
    objDecl(f, nullptr);
    if (!found || !identical(f->type, m->type)) {
      *alt = f;
      return m;
    }
  }
  return nullptr;
}

std::string Checker::funcString(Func* f) {
  std::string sig = tstr(f->type);  // "func(...) ..."
  return f->name + sig.substr(4);
}

std::string Checker::missingMethodReason(Type* V, Type* T, Func* m, Func* alt) {
  std::string mname = m->name + " method";
  if (alt) {
    if (m->name != alt->name) {
      return "(missing " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
    }
    if (identical(m->type, alt->type)) return "(" + mname + " has pointer receiver)";
    return "(wrong type for " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " +
           funcString(m);
  }
  auto isIfacePtr = [](Type* t) {
    auto* p = dyn_cast<Pointer>(t->underlying());
    return p && isInterface(p->elem);
  };
  if (isIfacePtr(V)) return "(type " + tstr(V) + " is pointer to interface, not interface)";
  if (isIfacePtr(T)) return "(type " + tstr(T) + " is pointer to interface, not interface)";
  return "(missing " + mname + ")";
}

std::string Checker::implements(Type* V, Type* T) {
  Type* Vu = V->underlying();
  Type* Tu = T->underlying();
  if (Vu == u_.invalid() || Tu == u_.invalid()) return "";
  if (auto* p = dyn_cast<Pointer>(Vu); p && p->elem->underlying() == u_.invalid()) return "";
  auto* Ti = dyn_cast<Interface>(Tu);
  if (!Ti) {
    std::string cause;
    auto* p = dyn_cast<Pointer>(Tu);
    if (p && isInterface(p->elem)) {
      cause = "type " + tstr(T) + " is pointer to interface, not interface";
    } else {
      cause = tstr(T) + " is not an interface";
    }
    return tstr(V) + " does not implement " + tstr(T) + " (" + cause + ")";
  }
  completeInterface(Ti);
  if (Ti->allMethods.empty()) return "";
  Func* alt = nullptr;
  if (Func* m = missingMethod(V, Ti, true, &alt)) {
    return tstr(V) + " does not implement " + tstr(T) + " " + missingMethodReason(V, T, m, alt);
  }
  return "";
}

Func* Checker::assertableTo(Interface* V, Type* T, Func** wrongType) {
  *wrongType = nullptr;
  if (isInterface(T)) return nullptr;
  return missingMethod(T, V, false, wrongType);
}

}  // namespace minigo::types
