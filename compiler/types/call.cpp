// call.cpp — calls, conversions-by-call, argument passing and selectors (Go's
// types2/call.go).
#include "types/checker.h"

#include <llvm/Support/Casting.h>

#include <unicode/uchar.h>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;
using namespace syntax;

Checker::ExprKind Checker::callExpr(Operand& x, CallExpr* call) {
  if (isa<IndexExpr>(call->fun)) {
    // f[T](...) would be a generic function instantiation.
    Operand f;
    exprOrType(f, cast<IndexExpr>(call->fun)->x);
    if (f.mode != Mode::Invalid && f.mode != Mode::TypeExpr &&
        isa<Signature>(f.type->underlying())) {
      notSupported(call->fun, "generic function instantiation");
      useList(call->args);
      x.mode = Mode::Invalid;
      x.expr = call;
      return ExprKind::Statement;
    }
  }
  exprOrType(x, call->fun);

  switch (x.mode) {
    case Mode::Invalid:
      useList(call->args);
      x.expr = call;
      return ExprKind::Statement;
    case Mode::TypeExpr: {
      // conversion
      Type* T = x.type;
      x.mode = Mode::Invalid;
      switch (call->args.size()) {
        case 0: errorAt(call, "missing argument in conversion to " + tstr(T)); break;
        case 1:
          expr(x, call->args[0]);
          if (x.mode != Mode::Invalid) {
            if (call->hasDots) {
              errorAt(call->args[0], "invalid use of ... in type conversion to " + tstr(T));
              break;
            }
            conversion(x, T);
          }
          break;
        default:
          useList(call->args);
          errorAt(call->args.back(), "too many arguments in conversion to " + tstr(T));
      }
      x.expr = call;
      return ExprKind::Conversion;
    }
    case Mode::Builtin: {
      BuiltinId id = x.id;
      if (!builtin(x, call, id)) x.mode = Mode::Invalid;
      x.expr = call;
      if (x.mode != Mode::Invalid && x.mode != Mode::Constant) env_.hasCallOrRecv = true;
      switch (id) {
        case BuiltinId::Append:
        case BuiltinId::Cap:
        case BuiltinId::Complex:
        case BuiltinId::Imag:
        case BuiltinId::Len:
        case BuiltinId::Make:
        case BuiltinId::New:
        case BuiltinId::Real: return ExprKind::Expression;
        default: return ExprKind::Statement;
      }
    }
    default: break;
  }

  auto* sig = dyn_cast<Signature>(x.type->underlying());
  if (!sig) {
    errorAt(x, "invalid operation: cannot call non-function " + ostr(x));
    x.mode = Mode::Invalid;
    x.expr = call;
    return ExprKind::Statement;
  }
  bool commaOk;
  std::vector<Operand> args = exprList(call->args, false, &commaOk);
  arguments(call, sig, args);
  switch (tupleLen(sig->results)) {
    case 0: x.mode = Mode::NoValue; break;
    case 1:
      x.mode = Mode::Value;
      x.type = sig->results->vars[0]->type;
      break;
    default: x.mode = Mode::Value; x.type = sig->results;
  }
  x.expr = call;
  env_.hasCallOrRecv = true;
  return ExprKind::Statement;
}

std::vector<Operand> Checker::exprList(const std::vector<Expr*>& elist, bool allowCommaOk,
                                       bool* commaOk) {
  *commaOk = false;
  std::vector<Operand> xlist;
  if (elist.size() == 1) {
    Expr* e = elist[0];
    Operand x;
    multiExpr(x, e);
    if (auto* t = dyn_cast_or_null<Tuple>(x.type); t && x.mode != Mode::Invalid) {
      // a function call with several results: one operand per result
      for (Var* v : t->vars) {
        Operand o;
        o.mode = Mode::Value;
        o.expr = e;
        o.type = v->type;
        xlist.push_back(std::move(o));
      }
      return xlist;
    }
    if (allowCommaOk &&
        (x.mode == Mode::MapIndex || x.mode == Mode::CommaOk || x.mode == Mode::CommaErr)) {
      x.mode = Mode::Value;
      xlist.push_back(x);
      Operand ok;
      ok.mode = Mode::Value;
      ok.expr = e;
      ok.type = u_.basic(BasicKind::UntypedBool);
      xlist.push_back(std::move(ok));
      *commaOk = true;
      return xlist;
    }
    xlist.push_back(std::move(x));
    return xlist;
  }
  for (Expr* e : elist) {
    Operand x;
    expr(x, e);
    xlist.push_back(std::move(x));
  }
  return xlist;
}

void Checker::arguments(CallExpr* call, Signature* sig, std::vector<Operand>& args) {
  for (Operand& a : args) {
    switch (a.mode) {
      case Mode::TypeExpr: errorAt(a, ostr(a) + " used as value"); return;
      case Mode::Invalid: return;
      default: break;
    }
  }
  size_t nargs = args.size();
  size_t npars = tupleLen(sig->params);
  bool ddd = call->hasDots;

  // Parameter types adjusted for a variadic call: ...T becomes n times T.
  std::vector<Type*> sigParams;
  for (size_t i = 0; i < npars; i++) sigParams.push_back(sig->params->vars[i]->type);
  if (sig->variadic) {
    if (ddd) {
      if (call->args.size() == 1 && nargs > 1) {
        errorAt(call, "cannot use ... with " + std::to_string(nargs) + "-valued " +
                          exprString(call->args[0]));
        return;
      }
    } else {
      if (nargs + 1 >= npars) {
        Type* elem = cast<Slice>(sigParams.back())->elem;
        sigParams.pop_back();
        while (sigParams.size() < nargs) sigParams.push_back(elem);
        npars = nargs;
      } else {
        npars--;  // for the error message below
      }
    }
  } else if (ddd) {
    errorAt(call, "cannot use ... in call to non-variadic " + exprString(call->fun));
    return;
  }

  if (nargs != npars) {
    Pos at = startPos(call);
    std::string qualifier = "not enough";
    if (nargs > npars) {
      at = startPos(args[npars].expr);  // report at the first extra argument
      qualifier = "too many";
    } else if (nargs > 0) {
      at = startPos(args[nargs - 1].expr);  // report at the last argument
    }
    std::vector<Type*> have, want;
    for (Operand& a : args) have.push_back(a.type);
    for (size_t i = 0; i < tupleLen(sig->params); i++) want.push_back(sig->params->vars[i]->type);
    report({{at, qualifier + " arguments in call to " + exprString(call->fun)},
            {Pos{}, "have " + typesSummary(have, false)},
            {Pos{}, "want " + typesSummary(want, sig->variadic)}});
    return;
  }
  std::string context = "argument to " + exprString(call->fun);
  for (size_t i = 0; i < args.size(); i++) assignment(args[i], sigParams[i], context);
}

void Checker::selector(Operand& x, SelectorExpr* e, Named* def) {
  std::string sel(e->sel->value);

  // Qualified identifier: pkg.Name
  if (auto* ident = dyn_cast<Name>(e->x)) {
    Object* obj = env_.scope->lookupParent(ident->value);
    if (auto* pname = dyn_cast_or_null<PkgName>(obj)) {
      recordUse(ident, pname);
      pname->used = true;
      Package* pkg = pname->imported;
      Object* exp = pkg->scope->lookup(sel);
      if (!exp) {
        errorAt(e->sel, "undefined: " + pkg->name + "." + sel);
        goto Error;
      }
      if (!exp->exported()) {
        errorAt(e->sel, sel + " not exported by package " + pkg->name);
      }
      recordUse(e->sel, exp);
      switch (exp->kind) {
        case ObjKind::Const:
          x.mode = Mode::Constant;
          x.type = exp->type;
          x.val = cast<Const>(exp)->val;
          break;
        case ObjKind::TypeName:
          x.mode = Mode::TypeExpr;
          x.type = exp->type;
          break;
        case ObjKind::Var:
          x.mode = Mode::Variable;
          x.type = exp->type;
          break;
        case ObjKind::Func:
          x.mode = Mode::Value;
          x.type = exp->type;
          break;
        default: goto Error;
      }
      x.expr = e;
      return;
    }
  }

  {
    exprOrType(x, e->x);
    switch (x.mode) {
      case Mode::TypeExpr:
        if (def && x.type == def) {
          cycleError({def->obj});
          goto Error;
        }
        break;
      case Mode::Builtin: error(e->pos, "cannot select on " + ostr(x)); goto Error;
      case Mode::Invalid: goto Error;
      default: break;
    }

    LookupResult r = lookupFieldOrMethod(x.type, x.mode == Mode::Variable, pkg_, sel);
    if (!r.obj) {
      if (x.type->underlying() == u_.invalid()) goto Error;
      if (!r.index.empty()) {
        errorAt(e->sel, "ambiguous selector " + exprString(x.expr) + "." + sel);
        goto Error;
      }
      if (r.indirect) {
        errorAt(e->sel, "cannot call pointer method " + sel + " on " + tstr(x.type));
        goto Error;
      }
      std::string why;
      auto* p = dyn_cast<Pointer>(x.type->underlying());
      if (p && isInterface(p->elem)) {
        why = "type " + tstr(x.type) + " is pointer to interface, not interface";
      } else {
        why = "type " + tstr(x.type) + " has no field or method " + sel;
        if (!sel.empty()) {
          // Suggest the name with its first letter's case changed.
          std::string changed = sel;
          char c = changed[0];
          if (c >= 'A' && c <= 'Z')
            changed[0] = char(c - 'A' + 'a');
          else if (c >= 'a' && c <= 'z')
            changed[0] = char(c - 'a' + 'A');
          if (changed != sel &&
              lookupFieldOrMethod(x.type, x.mode == Mode::Variable, pkg_, changed).obj) {
            why += ", but does have " + changed;
          }
        }
      }
      errorAt(e->sel, exprString(x.expr) + "." + sel + " undefined (" + why + ")");
      goto Error;
    }

    if (auto* m = dyn_cast<Func>(r.obj)) objDecl(m, nullptr);

    if (x.mode == Mode::TypeExpr) {
      // method expression T.m
      auto* m = dyn_cast<Func>(r.obj);
      if (!m) {
        errorAt(e->sel, exprString(x.expr) + "." + sel + " undefined (type " + tstr(x.type) +
                            " has no method " + sel + ")");
        goto Error;
      }
      recordSelection(e, SelectionKind::MethodExpr, x.type, m, r.index, r.indirect);
      auto* msig = cast<Signature>(m->type);
      if (!msig->recv) {
        errorAt(e, "illegal cycle in method declaration");
        goto Error;
      }
      // The method expression's signature has the receiver as first parameter.
      auto* sig = arena_.make<Signature>();
      sig->params = arena_.make<Tuple>();
      std::string name;
      if (tupleLen(msig->params) > 0 && !msig->params->vars[0]->name.empty()) {
        name = msig->recv->name.empty() ? "_" : msig->recv->name;
      }
      sig->params->vars.push_back(arena_.make<Var>(msig->recv->pos, msig->recv->pkg, name, x.type));
      for (size_t i = 0; i < tupleLen(msig->params); i++)
        sig->params->vars.push_back(msig->params->vars[i]);
      sig->results = msig->results;
      sig->variadic = msig->variadic;
      x.mode = Mode::Value;
      x.type = sig;
      addDeclDep(m);
    } else {
      switch (r.obj->kind) {
        case ObjKind::Var:
          recordSelection(e, SelectionKind::FieldVal, x.type, r.obj, r.index, r.indirect);
          x.mode = (x.mode == Mode::Variable || r.indirect) ? Mode::Variable : Mode::Value;
          x.type = r.obj->type;
          break;
        case ObjKind::Func: {
          recordSelection(e, SelectionKind::MethodVal, x.type, r.obj, r.index, r.indirect);
          x.mode = Mode::Value;
          // The method value's type is the method's signature without receiver.
          auto* msig = cast<Signature>(r.obj->type);
          auto* sig = arena_.make<Signature>();
          sig->params = msig->params;
          sig->results = msig->results;
          sig->variadic = msig->variadic;
          x.type = sig;
          addDeclDep(r.obj);
          break;
        }
        default: goto Error;
      }
    }
    x.expr = e;
    return;
  }

Error:
  x.mode = Mode::Invalid;
  x.expr = e;
}

void Checker::use(Expr* e) {
  if (!e) return;
  if (auto* n = dyn_cast<Name>(e); n && n->value == "_") return;
  if (auto* l = dyn_cast<ListExpr>(e)) {
    useList(l->elems);
    return;
  }
  Operand x;
  rawExpr(x, e, nullptr);
}

void Checker::useList(const std::vector<Expr*>& list) {
  for (Expr* e : list) use(e);
}

}  // namespace minigo::types
