// decl.cpp — declarations (Go's types2/decl.go): package-level objects are checked on
// first use with white/grey/black coloring to find cycles; const, var, type and func
// declarations; local declaration statements.
#include "types/checker.h"

#include <llvm/Support/Casting.h>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;
using namespace syntax;

namespace {

std::vector<Expr*> unpack(Expr* x) {
  if (!x) return {};
  if (auto* l = dyn_cast<ListExpr>(x)) return l->elems;
  return {x};
}

}  // namespace

void Checker::objDecl(Object* obj, Named* def) {
  // Objects declared and typed before checking starts (e.g. universe objects, or
  // objects of other packages) are done.
  if (obj->color == Color::White && obj->type) {
    obj->color = Color::Black;
    return;
  }
  switch (obj->color) {
    case Color::White:
      obj->color = Color::Grey;
      greyIndex_[obj] = objPath_.size();
      objPath_.push_back(obj);
      break;
    case Color::Black: return;
    case Color::Grey: {
      // a cycle: obj is on the path
      switch (obj->kind) {
        case ObjKind::Const:
        case ObjKind::Var:
          if (!validCycle(obj) || !obj->type) obj->type = u_.invalid();
          break;
        case ObjKind::TypeName:
          if (!validCycle(obj)) obj->type = u_.invalid();
          break;
        case ObjKind::Func: validCycle(obj); break;
        default: break;
      }
      return;
    }
  }

  DeclInfo* d = objMap_.lookup(obj);
  if (!d) {
    // not a package-level object of this package (nothing to declare lazily)
    objPath_.pop_back();
    greyIndex_.erase(obj);
    obj->color = Color::Black;
    if (!obj->type) obj->type = u_.invalid();
    return;
  }
  Environment saved = env_;
  env_ = Environment{};
  env_.scope = d->file;
  switch (obj->kind) {
    case ObjKind::Const:
      env_.decl = d;
      constDecl(cast<Const>(obj), d->vtyp, d->init, d->inherited);
      break;
    case ObjKind::Var:
      env_.decl = d;
      varDecl(cast<Var>(obj), d->lhs, d->vtyp, d->init);
      break;
    case ObjKind::TypeName:
      typeDecl(cast<TypeName>(obj), d->tdecl, def);
      collectMethods(cast<TypeName>(obj));
      break;
    case ObjKind::Func: funcDecl(cast<Func>(obj), d); break;
    default: break;
  }
  env_ = saved;

  objPath_.pop_back();
  greyIndex_.erase(obj);
  obj->color = Color::Black;
}

// Whether the cycle starting at obj is valid (a cycle through a type definition is;
// a cycle through values only in constants/variables is an initialization problem
// reported elsewhere).
bool Checker::validCycle(Object* obj) {
  size_t start = greyIndex_.lookup(obj);
  std::vector<Object*> cycle(objPath_.begin() + long(start), objPath_.end());
  int nval = 0, ndef = 0;
  for (Object* o : cycle) {
    switch (o->kind) {
      case ObjKind::Const:
      case ObjKind::Var: nval++; break;
      case ObjKind::TypeName: {
        bool alias;
        if (DeclInfo* d = objMap_.lookup(o))
          alias = d->tdecl->alias;
        else
          alias = cast<TypeName>(o)->alias;
        if (!alias) ndef++;
        break;
      }
      default: break;
    }
  }
  if (nval == int(cycle.size())) return true;  // reported by initOrder
  if (nval == 0 && ndef > 0) return true;      // a cycle through a type definition
  cycleError(cycle);
  return false;
}

void Checker::cycleError(const std::vector<Object*>& cycle) {
  auto name = [this](Object* o) {
    std::string q = o->pkg ? qualifier(o->pkg) : "";
    return q.empty() ? o->name : q + "." + o->name;
  };
  // Start with the object declared first in the source.
  size_t i = 0;
  for (size_t k = 1; k < cycle.size(); k++) {
    if (cycle[k]->pos < cycle[i]->pos) i = k;
  }
  Object* obj = cycle[i];
  std::string objName = name(obj);
  auto* tname = dyn_cast<TypeName>(obj);
  std::vector<ErrorPart> parts;
  parts.push_back(
      {obj->pos,
       (tname ? "invalid recursive type " : "illegal cycle in declaration of ") + objName});
  for (size_t k = 0; k < cycle.size(); k++) {
    parts.push_back({obj->pos, objName + " refers to"});
    if (++i >= cycle.size()) i = 0;
    obj = cycle[i];
    objName = name(obj);
  }
  parts.push_back({obj->pos, objName});
  report(parts);
}

void Checker::constDecl(Const* obj, Expr* typExpr, Expr* init, bool inherited) {
  std::optional<Constant> savedIota = env_.iota;
  Pos savedErrpos = env_.errpos;
  env_.iota = obj->val;
  env_.errpos = Pos{};
  obj->val = Constant();
  auto restore = [&] {
    env_.iota = savedIota;
    env_.errpos = savedErrpos;
  };
  if (typExpr) {
    Type* t = typ(typExpr);
    if (!isConstType(t)) {
      if (t->underlying() != u_.invalid()) errorAt(typExpr, "invalid constant type " + tstr(t));
      obj->type = u_.invalid();
      restore();
      return;
    }
    obj->type = t;
  }
  Operand x;
  if (init) {
    if (inherited) env_.errpos = obj->pos;  // errors in inherited expressions go to the const
    expr(x, init);
  }
  initConst(obj, x);
  restore();
}

void Checker::varDecl(Var* obj, const std::vector<Var*>& lhs, Expr* typExpr, Expr* init) {
  auto finish = [&] {
    if (obj->type == u_.invalid()) obj->used = true;
    for (Var* v : lhs) {
      if (v->type == u_.invalid()) v->used = true;
    }
  };
  if (typExpr) obj->type = varType(typExpr);
  if (!init) {
    if (!typExpr) obj->type = u_.invalid();
    finish();
    return;
  }
  if (lhs.empty() || lhs.size() == 1) {
    Operand x;
    expr(x, init);
    initVar(obj, x, "variable declaration");
    finish();
    return;
  }
  // n:1 declaration: all of lhs is declared by this one init expression
  if (typExpr) {
    for (Var* v : lhs) v->type = obj->type;
  }
  initVars(lhs, {init}, nullptr);
  finish();
}

void Checker::setUnderlying(Named* def, Type* t) {
  if (def) def->underlying_ = t;
}

void Checker::typeDecl(TypeName* obj, TypeDecl* tdecl, Named* def) {
  if (!tdecl->tparams.empty()) {
    // Generic types are outside the language (reported where declared); the type is
    // invalid so that its uses draw no follow-up errors.
    obj->type = u_.invalid();
    setUnderlying(def, u_.invalid());
    return;
  }
  if (tdecl->alias) {
    obj->alias = true;
    obj->type = u_.invalid();  // broken until resolved
    obj->type = typ(tdecl->type);
    return;
  }
  auto* named = arena_.make<Named>(obj);
  obj->type = named;
  setUnderlying(def, named);
  Type* rhs = definedType(tdecl->type, named);
  // The underlying type of a named type is the underlying type of its RHS.
  Type* u = rhs->underlying();
  if (u == named || llvm::isa<Named>(u)) {
    // invalid recursive definition (reported) or unresolved: use invalid
    u = u_.invalid();
  }
  named->underlying_ = u;
  // Named types whose underlying type is an interface need their method set.
  if (auto* it = dyn_cast<Interface>(u); it && !it->complete)
    computeInterfaceMethods(it, tdecl->pos);
  // A type whose definition goes through itself without indirection is invalid.
  later([this, named, obj] {
    std::vector<Named*> path;
    std::function<bool(Type*)> valid = [&](Type* t) -> bool {
      switch (t->kind) {
        case TypeKind::Array: return valid(cast<Array>(t)->elem);
        case TypeKind::Struct:
          for (Var* f : cast<Struct>(t)->fields) {
            if (!valid(f->type)) return false;
          }
          return true;
        case TypeKind::Named: {
          auto* n = cast<Named>(t);
          if (n->obj->pkg != pkg_) return true;
          for (size_t i = 0; i < path.size(); i++) {
            if (path[i] == n) {
              if (n == named) {
                std::vector<Object*> cycle;
                for (size_t k = i; k < path.size(); k++) cycle.push_back(path[k]->obj);
                cycleError(cycle);
                n->underlying_ = u_.invalid();
              }
              return false;
            }
          }
          path.push_back(n);
          bool ok = !n->underlying_ || valid(n->underlying_);
          path.pop_back();
          return ok;
        }
        default: return true;
      }
    };
    (void)obj;
    valid(named);
  });
}

void Checker::collectMethods(TypeName* obj) {
  auto it = methods_.find(obj);
  if (it == methods_.end()) return;
  std::vector<Func*> methods = std::move(it->second);
  methods_.erase(it);
  auto* base = dyn_cast_or_null<Named>(obj->type);
  std::map<std::string, Func*> mset;
  if (base) {
    for (Func* m : base->methods) mset[m->id()] = m;
  }
  for (Func* m : methods) {
    auto [pos, inserted] = mset.emplace(m->id(), m);
    if (!inserted) {
      report({{m->pos, obj->name + "." + m->name + " redeclared in this block"},
              {pos->second->pos, "other declaration of " + m->name}});
      continue;
    }
    if (base) base->methods.push_back(m);
  }
  if (base) {
    later([this, base] {
      // A struct field and a method must not have the same name.
      auto* st = dyn_cast_or_null<Struct>(base->underlying_);
      if (!st) return;
      for (Var* f : st->fields) {
        if (f->name == "_") continue;
        for (Func* m : base->methods) {
          if (m->id() == f->id()) {
            report({{m->pos, "field and method with the same name " + f->name},
                    {f->pos, "other declaration of " + f->name}});
          }
        }
      }
    });
  }
}

void Checker::funcDecl(Func* obj, DeclInfo* decl) {
  if (!decl->fdecl->tparams.empty()) {
    obj->type = u_.invalid();  // generic: reported where declared, not checked further
    return;
  }
  auto* sig = arena_.make<Signature>();
  obj->type = sig;  // guard against cycles
  Color saved = obj->color;
  obj->color = Color::Black;
  FuncDecl* fdecl = decl->fdecl;
  funcType(sig, fdecl->recv, fdecl->type);
  obj->color = saved;
  if (!fdecl->body && !pkg_->isStdlib && obj->name != "init") {
    errorAt(fdecl->name, "missing function body");
  }
  if (fdecl->body) {
    later([this, decl, sig, fdecl] { funcBody(decl, sig, fdecl->body, std::nullopt); });
  }
}

void Checker::declStmt(const std::vector<Decl*>& decls) {
  int first = -1;
  ConstDecl* last = nullptr;
  ConstDecl emptyConst(Pos{});
  for (size_t index = 0; index < decls.size(); index++) {
    Decl* decl = decls[index];
    if (!isa<ConstDecl>(decl)) first = -1;
    switch (decl->kind) {
      case NodeKind::ConstDecl: {
        auto* s = cast<ConstDecl>(decl);
        size_t top = delayed_.size();
        if (first < 0 || !s->group || cast<ConstDecl>(decls[index - 1])->group != s->group) {
          first = int(index);
          last = nullptr;
        }
        Constant iota = Constant::makeInt64(int64_t(index) - first);
        bool inherited = true;
        if (s->type || s->values) {
          last = s;
          inherited = false;
        } else if (!last) {
          last = &emptyConst;
          inherited = false;
        }
        std::vector<Const*> lhs;
        std::vector<Expr*> values = unpack(last->values);
        for (size_t i = 0; i < s->names.size(); i++) {
          Name* name = s->names[i];
          auto* obj = arena_.make<Const>(name->pos, pkg_, std::string(name->value), nullptr, iota);
          lhs.push_back(obj);
          constDecl(obj, last->type, i < values.size() ? values[i] : nullptr, inherited);
        }
        arity(s->pos, s->names, values, true, inherited);
        processDelayed(top);
        for (size_t i = 0; i < s->names.size(); i++) declare(env_.scope, s->names[i], lhs[i]);
        break;
      }
      case NodeKind::VarDecl: {
        auto* s = cast<VarDecl>(decl);
        size_t top = delayed_.size();
        std::vector<Var*> lhs0;
        for (Name* name : s->names) {
          lhs0.push_back(arena_.make<Var>(name->pos, pkg_, std::string(name->value), nullptr));
        }
        std::vector<Expr*> values = unpack(s->values);
        for (size_t i = 0; i < lhs0.size(); i++) {
          std::vector<Var*> lhs;
          Expr* init = nullptr;
          if (values.size() == s->names.size()) {
            init = values[i];
          } else if (values.size() == 1) {
            lhs = lhs0;
            init = values[0];
          } else if (i < values.size()) {
            init = values[i];
          }
          varDecl(lhs0[i], lhs, s->type, init);
          if (values.size() == 1 && lhs0.size() > 1) break;  // n:1: all declared at once
        }
        // Variables without a type (after errors) must still get one.
        for (Var* v : lhs0) {
          if (!v->type) v->type = u_.invalid();
        }
        if (!s->type || !values.empty()) arity(s->pos, s->names, values, false, false);
        processDelayed(top);
        for (size_t i = 0; i < s->names.size(); i++) declare(env_.scope, s->names[i], lhs0[i]);
        break;
      }
      case NodeKind::TypeDecl: {
        auto* s = cast<TypeDecl>(decl);
        if (!s->tparams.empty()) notSupported(s->tparams[0], "generic type");
        auto* obj = arena_.make<TypeName>(s->name->pos, pkg_, std::string(s->name->value), nullptr);
        declare(env_.scope, s->name, obj);
        obj->color = Color::Grey;
        greyIndex_[obj] = objPath_.size();
        objPath_.push_back(obj);
        typeDecl(obj, s, nullptr);
        objPath_.pop_back();
        greyIndex_.erase(obj);
        obj->color = Color::Black;
        break;
      }
      default: break;
    }
  }
}

}  // namespace minigo::types
