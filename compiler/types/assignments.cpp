// assignments.cpp — assignability in context, variable initialization, assignment
// statements and short variable declarations (Go's types2/assignments.go).
#include "types/checker.h"

#include <llvm/Support/Casting.h>

#include <set>

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

std::string measure(size_t x, std::string unit) {
  if (x != 1) unit += "s";
  return std::to_string(x) + " " + unit;
}

}  // namespace

void Checker::assignment(Operand& x, Type* T, const std::string& context) {
  singleValue(x);
  switch (x.mode) {
    case Mode::Invalid: return;
    case Mode::Constant:
    case Mode::Variable:
    case Mode::MapIndex:
    case Mode::Value:
    case Mode::NilValue:
    case Mode::CommaOk:
    case Mode::CommaErr: break;
    default: errorAt(x, "cannot assign " + ostr(x) + " to " + tstr(T) + " in " + context); return;
  }
  if (isUntyped(x.type)) {
    Type* target = T;
    if (x.isNil()) {
      if (!T) {
        errorAt(x, "use of untyped nil in " + context);
        x.mode = Mode::Invalid;
        return;
      }
    } else if (!T || isInterface(T)) {
      target = defaultType(x.type, u_);
    }
    std::optional<Constant> val;
    ConvCode code;
    Type* newType = implicitTypeAndValue(x, target, &val, &code);
    if (code != ConvCode::OK) {
      std::string msg = "cannot use " + ostr(x) + " as " + tstr(target) + " value in " + context;
      if (code == ConvCode::TruncatedFloat) msg += " (truncated)";
      if (code == ConvCode::NumericOverflow) msg += " (overflows)";
      errorAt(x, msg);
      x.mode = Mode::Invalid;
      return;
    }
    if (val) {
      x.val = *val;
      updateExprVal(x.expr, *val);
    }
    if (newType != x.type) {
      x.type = newType;
      updateExprType(x.expr, newType, false);
    }
  }
  if (!T) return;
  std::string reason;
  if (!assignableTo(x, T, &reason)) {
    if (!reason.empty()) {
      errorAt(
          x, "cannot use " + ostr(x) + " as type " + tstr(T) + " in " + context + ":\n\t" + reason);
    } else {
      errorAt(x, "cannot use " + ostr(x) + " as type " + tstr(T) + " in " + context);
    }
    x.mode = Mode::Invalid;
  }
}

void Checker::initConst(Const* lhs, Operand& x) {
  if (x.mode == Mode::Invalid || x.type == u_.invalid() || lhs->type == u_.invalid()) {
    if (!lhs->type) lhs->type = u_.invalid();
    return;
  }
  if (x.mode != Mode::Constant) {
    errorAt(x, ostr(x) + " is not constant");
    if (!lhs->type) lhs->type = u_.invalid();
    return;
  }
  if (!lhs->type) lhs->type = x.type;
  assignment(x, lhs->type, "constant declaration");
  if (x.mode == Mode::Invalid) return;
  lhs->val = x.val;
}

Type* Checker::initVar(Var* lhs, Operand& x, const std::string& context) {
  if (x.mode == Mode::Invalid || x.type == u_.invalid() || lhs->type == u_.invalid()) {
    if (!lhs->type) lhs->type = u_.invalid();
    lhs->used = true;  // avoid follow-on "declared but not used" errors
    return nullptr;
  }
  if (!lhs->type) {
    Type* t = x.type;
    if (isUntyped(t)) {
      if (isBasic(t, BasicKind::UntypedNil)) {
        errorAt(x, "use of untyped nil in " + context);
        lhs->type = u_.invalid();
        return nullptr;
      }
      t = defaultType(t, u_);
    }
    lhs->type = t;
  }
  assignment(x, lhs->type, context);
  if (x.mode == Mode::Invalid) {
    lhs->used = true;
    return nullptr;
  }
  return x.type;
}

Type* Checker::assignVar(Expr* lhs, Operand& x) {
  if (x.mode == Mode::Invalid || x.type == u_.invalid()) {
    use(lhs);
    return nullptr;
  }
  auto* ident = dyn_cast<Name>(unparen(lhs));
  if (ident && ident->value == "_") {
    recordDef(ident, nullptr);
    assignment(x, nullptr, "assignment to _ identifier");
    if (x.mode == Mode::Invalid) return nullptr;
    return x.type;
  }
  // An assignment to a variable is not a use of it.
  Var* v = nullptr;
  bool vUsed = false;
  if (ident) {
    if (auto* w = dyn_cast_or_null<Var>(env_.scope->lookupParent(ident->value));
        w && w->pkg == pkg_) {
      v = w;
      vUsed = v->used;
    }
  }
  Operand z;
  expr(z, lhs);
  if (v) v->used = vUsed;
  if (z.mode == Mode::Invalid || z.type == u_.invalid()) return nullptr;
  switch (z.mode) {
    case Mode::Variable:
    case Mode::MapIndex: break;
    default: {
      if (auto* sel = dyn_cast<SelectorExpr>(z.expr)) {
        Operand op;
        expr(op, sel->x);
        if (op.mode == Mode::MapIndex) {
          errorAt(z, "cannot assign to struct field " + exprString(z.expr) + " in map");
          return nullptr;
        }
      }
      errorAt(z, "cannot assign to " + ostr(z));
      return nullptr;
    }
  }
  assignment(x, z.type, "assignment");
  if (x.mode == Mode::Invalid) return nullptr;
  return x.type;
}

std::string Checker::typesSummary(const std::vector<Type*>& list, bool variadic) {
  std::string res = "(";
  for (size_t i = 0; i < list.size(); i++) {
    if (i > 0) res += ", ";
    Type* t = list[i];
    std::string s;
    if (!t || t == u_.invalid()) {
      s = "<T>";
    } else if (isUntyped(t)) {
      if (isNumeric(t)) {
        s = "number";
      } else {
        s = cast<Basic>(t)->name;
        if (s.starts_with("untyped ")) s = s.substr(8);
      }
    } else if (variadic && i + 1 == list.size()) {
      s = "..." + tstr(cast<Slice>(t)->elem);
    }
    if (s.empty()) s = tstr(t);
    res += s;
  }
  return res + ")";
}

void Checker::assignError(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals) {
  std::string vars = measure(nvars, "variable");
  std::string vals = measure(nvals, "value");
  Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    if (auto* call = dyn_cast<CallExpr>(unparen(rhs0))) {
      errorAt(rhs0, "assignment mismatch: " + vars + " but " + exprString(call->fun) + " returns " +
                        vals);
      return;
    }
  }
  errorAt(rhs0, "assignment mismatch: " + vars + " but " + vals);
}

void Checker::initVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& origRhs,
                       ReturnStmt* returnStmt) {
  bool commaOk;
  std::vector<Operand> rhs = exprList(origRhs, lhs.size() == 2 && !returnStmt, &commaOk);
  if (lhs.size() != rhs.size()) {
    for (Var* obj : lhs) {
      obj->used = true;  // avoid declared but not used errors
      if (!obj->type) obj->type = u_.invalid();
    }
    for (Operand& x : rhs) {
      if (x.mode == Mode::Invalid) return;
    }
    if (returnStmt) {
      Pos at = returnStmt->pos;
      std::string qualifier = "not enough";
      if (rhs.size() > lhs.size()) {
        at = startPos(rhs[lhs.size()].expr);  // report at the first extra value
        qualifier = "too many";
      } else if (!rhs.empty()) {
        at = startPos(rhs.back().expr);  // report at the last value
      }
      std::vector<Type*> have, want;
      for (Operand& x : rhs) have.push_back(x.type);
      for (Var* v : lhs) want.push_back(v->type);
      report({{at, qualifier + " return values"},
              {Pos{}, "have " + typesSummary(have, false)},
              {Pos{}, "want " + typesSummary(want, false)}});
      return;
    }
    assignError(origRhs, lhs.size(), rhs.size());
    return;
  }
  std::string context = returnStmt ? "return statement" : "assignment";
  if (commaOk) {
    Type* a0 = initVar(lhs[0], rhs[0], context);
    Type* a1 = initVar(lhs[1], rhs[1], context);
    recordCommaOkTypes(origRhs[0], a0, a1);
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++) {
    if (!initVar(lhs[i], rhs[i], context)) ok = false;
  }
  if (!ok) {
    for (Var* v : lhs) v->used = true;
  }
}

void Checker::assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& origRhs) {
  bool commaOk;
  std::vector<Operand> rhs = exprList(origRhs, lhs.size() == 2, &commaOk);
  if (lhs.size() != rhs.size()) {
    useList(lhs);
    for (Operand& x : rhs) {
      if (x.mode == Mode::Invalid) return;
    }
    assignError(origRhs, lhs.size(), rhs.size());
    return;
  }
  if (commaOk) {
    Type* a0 = assignVar(lhs[0], rhs[0]);
    Type* a1 = assignVar(lhs[1], rhs[1]);
    recordCommaOkTypes(origRhs[0], a0, a1);
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++) {
    if (!assignVar(lhs[i], rhs[i])) ok = false;
  }
  if (!ok) {
    // avoid follow-on "declared but not used" errors
    for (Expr* e : lhs) {
      if (auto* name = dyn_cast<Name>(unparen(e))) {
        if (auto* v = dyn_cast_or_null<Var>(env_.scope->lookupParent(name->value));
            v && v->pkg == pkg_)
          v->used = true;
      }
    }
  }
}

void Checker::shortVarDecl(Pos pos, const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs) {
  size_t top = delayed_.size();
  Scope* scope = env_.scope;
  std::set<std::string_view> seen;
  std::vector<Var*> lhsVars(lhs.size());
  std::vector<Var*> newVars;
  bool hasErr = false;
  for (size_t i = 0; i < lhs.size(); i++) {
    auto* ident = dyn_cast<Name>(lhs[i]);
    if (!ident) {
      use(lhs[i]);
      errorAt(lhs[i], "non-name " + exprString(lhs[i]) + " on left side of :=");
      hasErr = true;
      continue;
    }
    std::string_view name = ident->value;
    if (name != "_") {
      if (seen.count(name)) {
        errorAt(lhs[i], exprString(lhs[i]) + " repeated on left side of :=");
        hasErr = true;
        continue;
      }
      seen.insert(name);
    }
    if (Object* alt = scope->lookup(name)) {
      recordUse(ident, alt);
      if (auto* v = dyn_cast<Var>(alt)) {
        lhsVars[i] = v;
      } else {
        errorAt(lhs[i], "cannot assign to " + exprString(lhs[i]));
        hasErr = true;
      }
      continue;
    }
    auto* obj = arena_.make<Var>(ident->pos, pkg_, std::string(name), nullptr);
    lhsVars[i] = obj;
    if (name != "_") newVars.push_back(obj);
    recordDef(ident, obj);
  }
  for (size_t i = 0; i < lhsVars.size(); i++) {
    if (!lhsVars[i]) lhsVars[i] = arena_.make<Var>(lhs[i]->pos, pkg_, "_", nullptr);
  }
  initVars(lhsVars, rhs, nullptr);
  processDelayed(top);
  if (newVars.empty() && !hasErr) {
    error(pos, "no new variables on left side of :=", true);
    return;
  }
  for (Var* obj : newVars) declare(scope, nullptr, obj);
}

}  // namespace minigo::types
