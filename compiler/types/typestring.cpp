// typestring.cpp — see typestring.h.
#include "types/typestring.h"

#include "types/constant.h"
#include "types/object.h"

#include <llvm/Support/Casting.h>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;

namespace {

class Writer {
 public:
  Writer(const Qualifier& q, bool runtime) : q_(q), runtime_(runtime) {}
  std::string out;

  void type(Type* t) {
    switch (t->kind) {
      case TypeKind::Basic: {
        auto* b = cast<Basic>(t);
        if (b->basicKind == BasicKind::UnsafePointer) out += "unsafe.";
        if (runtime_ && b->name == "byte") {
          out += "uint8";  // aliases print as what they denote at run time (%T)
        } else if (runtime_ && b->name == "rune") {
          out += "int32";
        } else {
          out += b->name;
        }
        break;
      }
      case TypeKind::Pointer:
        out += "*";
        type(cast<Pointer>(t)->elem);
        break;
      case TypeKind::Slice:
        out += "[]";
        type(cast<Slice>(t)->elem);
        break;
      case TypeKind::Array: {
        auto* a = cast<Array>(t);
        out += "[" + (a->len < 0 ? std::string("unknown") : std::to_string(a->len)) + "]";
        type(a->elem);
        break;
      }
      case TypeKind::Map: {
        auto* m = cast<Map>(t);
        out += "map[";
        type(m->key);
        out += "]";
        type(m->elem);
        break;
      }
      case TypeKind::Chan: {
        auto* c = cast<Chan>(t);
        bool parens = false;
        switch (c->dir) {
          case ChanDir::SendRecv:
            out += "chan ";
            if (auto* e = dyn_cast<Chan>(c->elem); e && e->dir == ChanDir::RecvOnly) parens = true;
            break;
          case ChanDir::SendOnly: out += "chan<- "; break;
          case ChanDir::RecvOnly: out += "<-chan "; break;
        }
        if (parens) out += "(";
        type(c->elem);
        if (parens) out += ")";
        break;
      }
      case TypeKind::Struct: {
        auto* s = cast<Struct>(t);
        out += runtime_ ? "struct {" : "struct{";
        for (size_t i = 0; i < s->fields.size(); i++) {
          out += i > 0 ? "; " : (runtime_ ? " " : "");
          Var* f = s->fields[i];
          if (!f->embedded) {
            out += f->name;
            out += " ";
          }
          type(f->type);
          if (i < s->tags.size() && !s->tags[i].empty()) {
            out += " ";
            out += quoteString(s->tags[i]);
          }
        }
        if (runtime_ && !s->fields.empty()) out += " ";
        out += "}";
        break;
      }
      case TypeKind::Tuple: tuple(cast<Tuple>(t), false); break;
      case TypeKind::Signature:
        out += "func";
        signature(cast<Signature>(t));
        break;
      case TypeKind::Interface: {
        auto* it = cast<Interface>(t);
        if (!runtime_ && isUniverseAny(it)) {
          out += "any";
          break;
        }
        out += runtime_ ? "interface {" : "interface{";
        bool first = true;
        for (Func* m : it->methods) {
          out += first ? (runtime_ ? " " : "") : "; ";
          first = false;
          out += m->name;
          signature(cast<Signature>(m->type));
        }
        for (Type* e : it->embeddeds) {
          out += first ? (runtime_ ? " " : "") : "; ";
          first = false;
          type(e);
        }
        if (runtime_ && !first) out += " ";
        out += "}";
        break;
      }
      case TypeKind::Named: {
        auto* n = cast<Named>(t);
        if (n->obj->pkg) {
          std::string prefix = q_ ? q_(n->obj->pkg) : n->obj->pkg->name;
          if (!prefix.empty()) out += prefix + ".";
        }
        out += n->obj->name;
        break;
      }
    }
  }

  void tuple(Tuple* t, bool variadic) {
    out += "(";
    if (t) {
      for (size_t i = 0; i < t->vars.size(); i++) {
        if (i > 0) out += ", ";
        Var* v = t->vars[i];
        if (!v->name.empty() && !runtime_) {
          out += v->name;
          out += " ";
        }
        if (variadic && i + 1 == t->vars.size()) {
          out += "...";
          if (auto* s = dyn_cast<Slice>(v->type)) {
            type(s->elem);
            continue;
          }
        }
        type(v->type);
      }
    }
    out += ")";
  }

  void signature(Signature* s) {
    tuple(s->params, s->variadic);
    size_t n = tupleLen(s->results);
    if (n == 0) return;
    out += " ";
    if (n == 1 && (runtime_ || s->results->vars[0]->name.empty())) {
      type(s->results->vars[0]->type);
      return;
    }
    tuple(s->results, false);
  }

  // The universe's "any" is a distinct Interface object; it prints as "any".
  static bool isUniverseAny(Interface* it) { return it->empty() && it->isUniverseAny; }

 private:
  const Qualifier& q_;
  bool runtime_;
};

}  // namespace

std::string typeString(Type* t, const Qualifier& q) {
  Writer w(q, false);
  w.type(t);
  return w.out;
}

std::string typeString(Type* t) {
  Qualifier q;
  Writer w(q, false);
  w.type(t);
  return w.out;
}

std::string runtimeTypeString(Type* t) {
  Qualifier q = [](const Package* p) { return p->name; };
  Writer w(q, true);
  w.type(t);
  return w.out;
}

}  // namespace minigo::types
