// typexpr.cpp — identifiers and type expressions (Go's types2/typexpr.go,
// signature.go, struct.go, interface.go, without type parameters).
#include "types/checker.h"

#include <llvm/Support/Casting.h>

#include <algorithm>
#include <map>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;
using namespace syntax;

void Checker::ident(Operand& x, Name* e, Named* def, bool wantType) {
  x.mode = Mode::Invalid;
  x.expr = e;
  Scope* scope = nullptr;
  Object* obj = env_.scope->lookupParent(e->value, &scope);
  if (!obj) {
    if (e->value == "_") {
      errorAt(e, "cannot use _ as value or type");
    } else {
      errorAt(e, "undefined: " + std::string(e->value));
    }
    return;
  }
  recordUse(e, obj);
  if (!obj->pkg && obj->kind == ObjKind::TypeName &&
      (obj->name == "complex64" || obj->name == "complex128")) {
    notSupported(e, "complex number type " + obj->name);
    return;
  }
  Type* t = obj->type;
  if (!t || (isa<TypeName>(obj) && wantType)) {
    objDecl(obj, def);
    t = obj->type;
  }
  switch (obj->kind) {
    case ObjKind::PkgName: errorAt(e, "use of package " + obj->name + " not in selector"); return;
    case ObjKind::Const: {
      addDeclDep(obj);
      if (t == u_.invalid()) return;
      if (obj == u_.iota) {
        if (!env_.iota) {
          errorAt(e, "cannot use iota outside constant declaration");
          return;
        }
        x.val = *env_.iota;
      } else {
        x.val = cast<Const>(obj)->val;
      }
      x.mode = Mode::Constant;
      break;
    }
    case ObjKind::TypeName: x.mode = Mode::TypeExpr; break;
    case ObjKind::Var: {
      auto* v = cast<Var>(obj);
      if (v->pkg == pkg_) v->used = true;
      addDeclDep(obj);
      if (t == u_.invalid()) return;
      x.mode = Mode::Variable;
      break;
    }
    case ObjKind::Func:
      addDeclDep(obj);
      x.mode = Mode::Value;
      break;
    case ObjKind::Builtin:
      x.id = cast<Builtin>(obj)->id;
      x.mode = Mode::Builtin;
      break;
    case ObjKind::Nil: x.mode = Mode::NilValue; break;
    default: break;
  }
  x.type = t;
}

Type* Checker::typ(Expr* e) {
  return definedType(e, nullptr);
}

Type* Checker::varType(Expr* e) {
  return definedType(e, nullptr);
}

Type* Checker::definedType(Expr* e, Named* def) {
  Type* t = typInternal(e, def);
  recordTypeAndValue(e, Mode::TypeExpr, t, std::nullopt);
  return t;
}

Type* Checker::typInternal(Expr* e0, Named* def) {
  switch (e0->kind) {
    case NodeKind::BadExpr: break;
    case NodeKind::Name:
    case NodeKind::SelectorExpr: {
      Operand x;
      if (auto* n = dyn_cast<Name>(e0)) {
        ident(x, n, def, true);
      } else {
        selector(x, cast<SelectorExpr>(e0), def);
      }
      switch (x.mode) {
        case Mode::TypeExpr: setUnderlying(def, x.type); return x.type;
        case Mode::Invalid: break;
        case Mode::NoValue: errorAt(x, ostr(x) + " used as type"); break;
        default: errorAt(x, ostr(x) + " is not a type"); break;
      }
      break;
    }
    case NodeKind::IndexExpr: notSupported(e0, "generic type instantiation"); break;
    case NodeKind::ParenExpr: return definedType(cast<ParenExpr>(e0)->x, def);
    case NodeKind::ArrayType: {
      auto* e = cast<ArrayType>(e0);
      auto* t = arena_.make<Array>(nullptr, -1);
      setUnderlying(def, t);
      if (e->len) {
        t->len = arrayLength(e->len);
      } else {
        errorAt(e, "invalid use of [...] array (outside a composite literal)");
      }
      t->elem = varType(e->elem);
      if (t->len >= 0) return t;
      break;
    }
    case NodeKind::SliceType: {
      auto* t = arena_.make<Slice>(nullptr);
      setUnderlying(def, t);
      t->elem = varType(cast<SliceType>(e0)->elem);
      return t;
    }
    case NodeKind::DotsType:
      errorAt(e0, "invalid use of '...'");
      use(cast<DotsType>(e0)->elem);
      break;
    case NodeKind::StructType: {
      auto* t = arena_.make<Struct>();
      setUnderlying(def, t);
      structType(t, cast<StructType>(e0));
      return t;
    }
    case NodeKind::Operation: {
      auto* e = cast<Operation>(e0);
      if (e->op == Operator::Mul && !e->y) {
        auto* t = arena_.make<Pointer>(u_.invalid());
        setUnderlying(def, t);
        t->elem = varType(e->x);
        if (t->elem == u_.invalid()) return u_.invalid();
        return t;
      }
      errorAt(e0, exprString(e0) + " is not a type");
      use(e0);
      break;
    }
    case NodeKind::FuncType: {
      auto* t = arena_.make<Signature>();
      setUnderlying(def, t);
      funcType(t, nullptr, cast<FuncType>(e0));
      return t;
    }
    case NodeKind::InterfaceType: {
      auto* t = arena_.make<Interface>();
      setUnderlying(def, t);
      interfaceType(t, cast<InterfaceType>(e0), def);
      return t;
    }
    case NodeKind::MapType: {
      auto* e = cast<MapType>(e0);
      auto* t = arena_.make<Map>(nullptr, nullptr);
      setUnderlying(def, t);
      t->key = varType(e->key);
      t->elem = varType(e->value);
      later([this, t, e] {
        if (!comparable(t->key)) errorAt(e->key, "invalid map key type " + tstr(t->key));
      });
      return t;
    }
    case NodeKind::ChanType: {
      auto* e = cast<ChanType>(e0);
      auto* t = arena_.make<Chan>(ChanDir::SendRecv, nullptr);
      setUnderlying(def, t);
      switch (e->dir) {
        case syntax::ChanDir::Both: t->dir = ChanDir::SendRecv; break;
        case syntax::ChanDir::SendOnly: t->dir = ChanDir::SendOnly; break;
        case syntax::ChanDir::RecvOnly: t->dir = ChanDir::RecvOnly; break;
      }
      t->elem = varType(e->elem);
      return t;
    }
    default:
      errorAt(e0, exprString(e0) + " is not a type");
      use(e0);
      break;
  }
  setUnderlying(def, u_.invalid());
  return u_.invalid();
}

int64_t Checker::arrayLength(Expr* e) {
  if (auto* name = dyn_cast<Name>(e)) {
    Object* obj = env_.scope->lookupParent(name->value);
    if (!obj) {
      errorAt(name, "undefined: " + std::string(name->value));
      return -1;
    }
    if (!isa<Const>(obj)) {
      errorAt(name, "invalid array length " + std::string(name->value));
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.mode != Mode::Constant) {
    if (x.mode != Mode::Invalid) errorAt(x, "array length " + ostr(x) + " must be constant");
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    if (auto v = x.val.toInt()) {
      Constant iv = Constant::makeInt(*v);
      if (representableConst(iv, u_.basic(BasicKind::Int), nullptr)) {
        if (iv.fitsInt64() && iv.int64Val() >= 0) return iv.int64Val();
        errorAt(x, "invalid array length " + ostr(x));
        return -1;
      }
    }
  }
  errorAt(x, "array length " + ostr(x) + " must be integer");
  return -1;
}

void Checker::funcType(Signature* sig, Field* recvPar, FuncType* ftyp) {
  Scope* scope = arena_.make<Scope>(env_.scope, "function", true);
  recordScope(ftyp, scope);
  sig->scope = scope;
  Scope* savedScope = env_.scope;
  env_.scope = scope;

  std::vector<Var*> recvList;
  bool variadic = false;
  if (recvPar) recvList = collectParams(scope, {recvPar}, false, &variadic);
  std::vector<Var*> params = collectParams(scope, ftyp->params, true, &variadic);
  bool dummy = false;
  std::vector<Var*> results = collectParams(scope, ftyp->results, false, &dummy);

  if (recvPar) {
    Var* recv = recvList.empty() ? arena_.make<Var>(Pos{}, nullptr, "", u_.invalid()) : recvList[0];
    recv->isParam = true;
    sig->recv = recv;
    later([this, recv] {
      bool isPtr = false;
      Type* rtyp = deref(recv->type, &isPtr);
      if (rtyp == u_.invalid()) return;
      if (auto* t = dyn_cast<Named>(rtyp)) {
        if (t->obj->pkg != pkg_) {
          error(recv->pos, "cannot define new methods on non-local type " + tstr(rtyp));
          return;
        }
        std::string cause;
        Type* under = t->underlying();
        if (isa<Pointer>(under) || isa<Interface>(under)) cause = "pointer or interface type";
        if (!cause.empty()) {
          error(recv->pos, "invalid receiver type " + tstr(rtyp) + " (" + cause + ")");
        }
      } else if (isa<Basic>(rtyp)) {
        error(recv->pos, "cannot define new methods on non-local type " + tstr(rtyp));
      } else {
        error(recv->pos, "invalid receiver type " + tstr(recv->type));
      }
    });
  }
  auto makeTuple = [this](std::vector<Var*>& vars) -> Tuple* {
    if (vars.empty()) return nullptr;
    auto* t = arena_.make<Tuple>();
    t->vars = vars;
    for (Var* v : vars) v->isParam = true;
    return t;
  };
  sig->params = makeTuple(params);
  sig->results = makeTuple(results);
  sig->variadic = variadic;
  env_.scope = savedScope;
}

std::vector<Var*> Checker::collectParams(Scope* scope, const std::vector<Field*>& list,
                                         bool variadicOK, bool* variadic) {
  std::vector<Var*> params;
  Type* t = nullptr;
  Expr* prev = nullptr;
  for (size_t i = 0; i < list.size(); i++) {
    Field* field = list[i];
    Expr* ftype = field->type;
    if (ftype != prev) {
      prev = ftype;
      if (auto* d = dyn_cast<DotsType>(ftype)) {
        ftype = d->elem;
        if (variadicOK && i == list.size() - 1) {
          *variadic = true;
        } else {
          softErrorAt(d, "can only use ... with final parameter in list");
        }
      }
      t = varType(ftype);
    }
    if (field->name) {
      auto* par = arena_.make<Var>(field->name->pos, pkg_, std::string(field->name->value), t);
      par->isParam = true;
      declare(scope, field->name, par);
      params.push_back(par);
    } else {
      auto* par = arena_.make<Var>(field->pos, pkg_, "", t);
      par->isParam = true;
      recordImplicit(field, par);
      params.push_back(par);
    }
  }
  if (*variadic && variadicOK && !params.empty()) {
    Var* last = params.back();
    last->type = arena_.make<Slice>(last->type);
    recordTypeAndValue(list.back()->type, Mode::TypeExpr, last->type, std::nullopt);
  }
  return params;
}

namespace {

// The name an embedded field declares: T, *T and pkg.T give T.
Name* embeddedFieldIdent(Expr* e) {
  switch (e->kind) {
    case NodeKind::Name: return cast<Name>(e);
    case NodeKind::Operation: {
      auto* o = cast<Operation>(e);
      if (o->op == Operator::Mul && !o->y) {
        auto* inner = dyn_cast<Operation>(o->x);
        if (!inner || !(inner->op == Operator::Mul && !inner->y)) return embeddedFieldIdent(o->x);
      }
      return nullptr;
    }
    case NodeKind::SelectorExpr: return cast<SelectorExpr>(e)->sel;
    case NodeKind::IndexExpr: return embeddedFieldIdent(cast<IndexExpr>(e)->x);
    default: return nullptr;
  }
}

}  // namespace

void Checker::structType(Struct* st, StructType* e) {
  std::map<std::string, Var*> fset;
  Type* t = nullptr;
  Expr* prev = nullptr;
  bool anyTag = false;
  std::vector<std::string> tags;
  for (size_t i = 0; i < e->fields.size(); i++) {
    Field* f = e->fields[i];
    if (i == 0 || f->type != prev) {
      t = varType(f->type);
      prev = f->type;
    }
    std::string tag;
    if (i < e->tags.size() && e->tags[i] && !e->tags[i]->bad) {
      Constant c = Constant::fromLiteral(e->tags[i]->value, LitKind::String);
      if (c.kind() == Constant::Kind::String) tag = c.stringVal();
      anyTag = true;
    }
    auto add = [&](Name* ident, bool embedded, Pos pos, Type* ft) {
      auto* fld = arena_.make<Var>(pos, pkg_, std::string(ident->value), ft);
      fld->isField = true;
      fld->embedded = embedded;
      if (fld->name != "_") {
        auto [it, inserted] = fset.emplace(fld->id(), fld);
        if (!inserted) {
          report({{pos, fld->name + " redeclared"},
                  {it->second->pos, "other declaration of " + fld->name}});
          return;
        }
      }
      st->fields.push_back(fld);
      tags.push_back(tag);
      recordDef(ident, fld);
    };
    if (f->name) {
      add(f->name, false, f->name->pos, t);
      continue;
    }
    Pos pos = startPos(f->type);
    Name* name = embeddedFieldIdent(f->type);
    if (!name) {
      error(pos, "invalid embedded field type " + exprString(f->type));
      Name* blank = info_.synthetic.make<Name>(pos, "_");
      tag.clear();
      add(blank, true, pos, u_.invalid());
      continue;
    }
    add(name, true, pos, t);
    Type* embeddedTyp = t;
    later([this, embeddedTyp, pos] {
      bool isPtr = false;
      Type* et = deref(embeddedTyp, &isPtr);
      Type* under = et->underlying();
      if (isa<Pointer>(under)) {
        error(pos, "embedded field type cannot be a pointer");
      } else if (isa<Interface>(under) && isPtr) {
        error(pos, "embedded field type cannot be a pointer to an interface");
      }
    });
  }
  if (anyTag) st->tags = std::move(tags);
}

void Checker::interfaceType(Interface* it, InterfaceType* e, Named* def) {
  for (Field* f : e->methods) {
    if (!f->name) {
      // embedded element: only interfaces are allowed outside constraints
      if (isa<Operation>(f->type) && (cast<Operation>(f->type)->op == Operator::Or ||
                                      cast<Operation>(f->type)->op == Operator::Tilde)) {
        notSupported(f->type, "type constraint");
        continue;
      }
      Type* t = typ(f->type);
      if (t == u_.invalid()) continue;
      if (!isa<Interface>(t->underlying())) {
        // A non-interface type element makes a constraint interface (generics).
        notSupported(f->type, "type constraint interface");
        continue;
      }
      it->embeddeds.push_back(t);
      continue;
    }
    std::string name(f->name->value);
    if (name == "_") {
      errorAt(f->name, "methods must have a unique non-blank name");
      continue;
    }
    Type* t = typ(f->type);
    auto* sig = dyn_cast<Signature>(t);
    if (!sig) continue;
    sig->recv = arena_.make<Var>(f->name->pos, pkg_, "", def ? static_cast<Type*>(def) : it);
    auto* m = arena_.make<Func>(f->name->pos, pkg_, name, sig);
    recordDef(f->name, m);
    it->methods.push_back(m);
  }
  std::sort(it->methods.begin(), it->methods.end(),
            [](Func* a, Func* b) { return Object::less(a, b); });
  if (it->embeddeds.empty()) {
    // The method set is known now.
    std::map<std::string, Func*> seen;
    for (Func* m : it->methods) {
      auto [pos, inserted] = seen.emplace(m->id(), m);
      if (!inserted) {
        report({{m->pos, "duplicate method " + m->name},
                {pos->second->pos, "other declaration of " + m->name}});
        continue;
      }
      it->allMethods.push_back(m);
    }
    it->complete = true;
    return;
  }
  Pos pos = e->pos;
  later([this, it, pos] { computeInterfaceMethods(it, pos); });
}

void Checker::computeInterfaceMethods(Interface* it, Pos pos) {
  if (it->complete) return;
  it->complete = true;  // guard against cycles through embedded interfaces
  std::vector<Func*> all;
  std::map<std::string, Func*> seen;
  auto add = [&](Func* m, bool explicitMethod) {
    auto [p, inserted] = seen.emplace(m->id(), m);
    if (inserted) {
      all.push_back(m);
      return;
    }
    if (explicitMethod || !identical(m->type, p->second->type)) {
      report({{pos, "duplicate method " + m->name},
              {p->second->pos, "other declaration of " + m->name}});
    }
  };
  for (Func* m : it->methods) add(m, true);
  for (Type* e : it->embeddeds) {
    auto* ei = dyn_cast<Interface>(e->underlying());
    if (!ei) continue;
    if (!ei->complete) computeInterfaceMethods(ei, pos);
    for (Func* m : ei->allMethods) add(m, false);
  }
  std::sort(all.begin(), all.end(), [](Func* a, Func* b) { return Object::less(a, b); });
  it->allMethods = std::move(all);
}

void completeInterface(Interface* it) {
  if (it->complete) return;
  it->complete = true;
  std::vector<Func*> all = it->methods;
  for (Type* e : it->embeddeds) {
    if (auto* ei = dyn_cast<Interface>(e->underlying())) {
      completeInterface(ei);
      for (Func* m : ei->allMethods) {
        if (std::none_of(all.begin(), all.end(), [&](Func* f) { return f->id() == m->id(); }))
          all.push_back(m);
      }
    }
  }
  std::sort(all.begin(), all.end(), [](Func* a, Func* b) { return Object::less(a, b); });
  it->allMethods = std::move(all);
}

}  // namespace minigo::types
