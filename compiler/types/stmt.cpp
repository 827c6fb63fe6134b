// stmt.cpp — statements and function bodies (Go's types2/stmt.go). Branch targets
// and labels are checked by the parser (syntax/branches.cpp), as cmd/compile does.
#include "types/checker.h"

#include <llvm/Support/Casting.h>

#include <algorithm>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;
using namespace syntax;

namespace {

enum StmtContext : unsigned {
  breakOk = 1 << 0,
  continueOk = 1 << 1,
  fallthroughOk = 1 << 2,
  finalSwitchCase = 1 << 3,
  inTypeSwitch = 1 << 4,
};

std::vector<Expr*> unpack(Expr* x) {
  if (!x) return {};
  if (auto* l = dyn_cast<ListExpr>(x)) return l->elems;
  return {x};
}

}  // namespace

void Checker::funcBody(DeclInfo* decl, Signature* sig, BlockStmt* body,
                       std::optional<Constant> iota) {
  Environment saved = env_;
  env_ = Environment{};
  env_.decl = decl;
  env_.scope = sig->scope;
  env_.iota = std::move(iota);
  env_.sig = sig;
  panicSets_.push_back(std::make_unique<llvm::DenseSet<const CallExpr*>>());
  env_.isPanic = panicSets_.back().get();

  stmtList(0, body->list);
  if (tupleLen(sig->results) > 0 && !isTerminating(body, "")) {
    error(body->rbrace, "missing return");
  }
  usage(sig->scope);
  env_ = saved;
}

void Checker::usage(Scope* scope) {
  std::vector<Var*> unused;
  for (Object* o : scope->objects()) {
    if (auto* v = dyn_cast<Var>(o); v && !v->used && !v->isParam) unused.push_back(v);
  }
  std::sort(unused.begin(), unused.end(), [](Var* a, Var* b) { return a->pos < b->pos; });
  for (Var* v : unused) error(v->pos, v->name + " declared but not used", true);
  for (Scope* child : scope->children) {
    if (!child->isFunc) usage(child);
  }
}

void Checker::openScope(const Node* n, const std::string& comment) {
  Scope* s = arena_.make<Scope>(env_.scope, comment);
  recordScope(n, s);
  env_.scope = s;
}

void Checker::closeScope() {
  env_.scope = env_.scope->parent;
}

void Checker::simpleStmt(Stmt* s) {
  if (s) stmt(0, s);
}

void Checker::stmtList(unsigned ctxt, const std::vector<Stmt*>& list) {
  bool ok = ctxt & fallthroughOk;
  unsigned inner = ctxt & ~fallthroughOk;
  size_t n = list.size();
  while (n > 0 && isa<EmptyStmt>(list[n - 1])) n--;  // trailing empty statements are invisible
  for (size_t i = 0; i < n; i++) {
    unsigned in = inner;
    if (ok && i + 1 == n) in |= fallthroughOk;
    stmt(in, list[i]);
  }
}

void Checker::multipleDefaults(const std::vector<CaseClause*>& list) {
  CaseClause* first = nullptr;
  for (CaseClause* c : list) {
    if (!c->cases) {
      if (first) {
        errorAt(c, "multiple defaults (first at " + posString(first->pos) + ")");
      } else {
        first = c;
      }
    }
  }
}

void Checker::suspendedCall(const char* keyword, CallExpr* call) {
  Operand x;
  std::string msg;
  switch (rawExpr(x, call, nullptr)) {
    case ExprKind::Conversion: msg = "requires function call, not conversion"; break;
    case ExprKind::Expression: msg = "discards result of"; break;
    case ExprKind::Statement: return;
  }
  errorAt(x, std::string(keyword) + " " + msg + " " + ostr(x));
}

void Checker::caseValues(Operand& x, const std::vector<Expr*>& values,
                         std::vector<std::pair<Operand, Pos>>& seen) {
  for (Expr* e : values) {
    Operand v;
    expr(v, e);
    if (x.mode == Mode::Invalid || v.mode == Mode::Invalid) continue;
    convertUntyped(v, x.type);
    if (v.mode == Mode::Invalid) continue;
    Operand res = v;
    comparison(res, x, Operator::Eql, true);
    if (res.mode == Mode::Invalid) continue;
    if (v.mode != Mode::Constant) continue;
    bool dup = false;
    for (auto& [prev, pos] : seen) {
      if (identical(v.type, prev.type) && v.val.kind() == prev.val.kind() &&
          Constant::compare(v.val, Operator::Eql, prev.val)) {
        report({{posFor(v), "duplicate case " + ostr(v) + " in expression switch"},
                {pos, "previous case"}});
        dup = true;
        break;
      }
    }
    if (!dup) seen.emplace_back(v, posFor(v));
  }
}

Type* Checker::caseTypes(Operand* x, const std::vector<Expr*>& types,
                         std::vector<std::pair<Type*, Expr*>>& seen, bool* isNilCase) {
  Type* T = nullptr;
  *isNilCase = false;
  for (Expr* e : types) {
    bool nilCase = false;
    if (auto* n = dyn_cast<Name>(unparen(e))) {
      nilCase = isa_and_nonnull<Nil>(env_.scope->lookupParent(n->value));
    }
    if (nilCase) {
      T = nullptr;
      Operand dummy;
      expr(dummy, e);
      *isNilCase = true;
    } else {
      T = varType(e);
      if (T == u_.invalid()) continue;
      *isNilCase = false;
    }
    bool dup = false;
    for (auto& [t, other] : seen) {
      if ((!T && !t) || (T && t && identical(T, t))) {
        std::string Ts = T ? tstr(T) : "nil";
        report({{startPos(e), "duplicate case " + Ts + " in type switch"},
                {startPos(other), "previous case"}});
        dup = true;
        break;
      }
    }
    if (dup) continue;
    seen.emplace_back(T, e);
    if (x && T) typeAssertion(e, *x, T, true);
  }
  return T;
}

void Checker::stmt(unsigned ctxt, Stmt* s0) {
  size_t top = delayed_.size();
  unsigned inner = ctxt & ~(fallthroughOk | finalSwitchCase | inTypeSwitch);
  switch (s0->kind) {
    case NodeKind::EmptyStmt: break;
    case NodeKind::DeclStmt: declStmt(cast<DeclStmt>(s0)->decls); break;
    case NodeKind::LabeledStmt:
      env_.hasLabel = true;
      stmt(ctxt, cast<LabeledStmt>(s0)->stmt);
      break;
    case NodeKind::ExprStmt: {
      auto* s = cast<ExprStmt>(s0);
      Operand x;
      ExprKind kind = rawExpr(x, s->x, nullptr);
      std::string msg;
      switch (x.mode) {
        case Mode::Builtin: msg = "must be called"; break;
        case Mode::TypeExpr: msg = "is not an expression"; break;
        default:
          if (kind == ExprKind::Statement) break;
          msg = "is not used";
      }
      if (!msg.empty()) errorAt(x, ostr(x) + " " + msg);
      break;
    }
    case NodeKind::SendStmt: {
      auto* s = cast<SendStmt>(s0);
      Operand ch, val;
      expr(ch, s->chan);
      expr(val, s->value);
      if (ch.mode == Mode::Invalid || val.mode == Mode::Invalid) break;
      auto* uch = dyn_cast<Chan>(ch.type->underlying());
      if (!uch) {
        errorAt(s, "invalid operation: cannot send to non-channel " + ostr(ch));
        break;
      }
      if (uch->dir == ChanDir::RecvOnly) {
        errorAt(s, "invalid operation: cannot send to receive-only channel " + ostr(ch));
        break;
      }
      assignment(val, uch->elem, "send");
      break;
    }
    case NodeKind::AssignStmt: {
      auto* s = cast<AssignStmt>(s0);
      std::vector<Expr*> lhs = unpack(s->lhs);
      if (!s->rhs) {
        // x++ or x--
        Operand x;
        expr(x, lhs[0]);
        if (x.mode == Mode::Invalid) break;
        if (!isNumeric(x.type)) {
          std::string op(operatorString(s->op));
          errorAt(lhs[0], "invalid operation: " + exprString(lhs[0]) + op + op +
                              " (non-numeric type " + tstr(x.type) + ")");
          break;
        }
        assignVar(lhs[0], x);
        break;
      }
      std::vector<Expr*> rhs = unpack(s->rhs);
      if (s->op == Operator::None) {
        assignVars(lhs, rhs);
        break;
      }
      if (s->op == Operator::Def) {
        shortVarDecl(s->pos, lhs, rhs);
        break;
      }
      if (lhs.size() != 1 || rhs.size() != 1) {
        errorAt(s, "assignment operation " + std::string(operatorString(s->op)) +
                       " requires single-valued expressions");
        break;
      }
      Operand x;
      binary(x, nullptr, lhs[0], rhs[0], s->op);
      assignVar(lhs[0], x);
      break;
    }
    case NodeKind::CallStmt: {
      auto* s = cast<CallStmt>(s0);
      suspendedCall(s->tok == Tok::Go ? "go" : "defer", s->call);
      break;
    }
    case NodeKind::ReturnStmt: {
      auto* s = cast<ReturnStmt>(s0);
      Tuple* res = env_.sig->results;
      std::vector<Expr*> results = unpack(s->results);
      if (results.empty() && tupleLen(res) > 0 && !res->vars[0]->name.empty()) {
        // bare return with named results: they must not be shadowed
        for (Var* obj : res->vars) {
          Object* alt = env_.scope->lookupParent(obj->name);
          if (alt && alt != obj) {
            report({{s->pos, "result parameter " + obj->name + " not in scope at return"},
                    {alt->pos, "inner declaration of " + objectString(obj)}});
          }
        }
      } else {
        std::vector<Var*> lhs;
        if (res) lhs = res->vars;
        initVars(lhs, results, s);
      }
      break;
    }
    case NodeKind::BranchStmt: {
      auto* s = cast<BranchStmt>(s0);
      if (s->label) env_.hasLabel = true;
      if (s->tok == Tok::Goto) notSupported(s, "goto");
      break;  // targets were checked by the parser
    }
    case NodeKind::BlockStmt:
      openScope(s0, "block");
      stmtList(inner, cast<BlockStmt>(s0)->list);
      closeScope();
      break;
    case NodeKind::IfStmt: {
      auto* s = cast<IfStmt>(s0);
      openScope(s, "if");
      simpleStmt(s->init);
      Operand x;
      expr(x, s->cond);
      if (x.mode != Mode::Invalid && !isBoolean(x.type)) {
        errorAt(s->cond, "non-boolean condition in if statement");
      }
      stmt(inner, s->then);
      if (s->else_) stmt(inner, s->else_);
      closeScope();
      break;
    }
    case NodeKind::SwitchStmt: {
      auto* s = cast<SwitchStmt>(s0);
      inner |= breakOk;
      openScope(s, "switch");
      simpleStmt(s->init);
      if (auto* g = dyn_cast_or_null<TypeSwitchGuard>(s->tag)) {
        typeSwitchStmt(inner | inTypeSwitch, s, g);
      } else {
        switchStmt(inner, s);
      }
      closeScope();
      break;
    }
    case NodeKind::SelectStmt: {
      auto* s = cast<SelectStmt>(s0);
      inner |= breakOk;
      CommClause* firstDefault = nullptr;
      for (CommClause* c : s->body) {
        if (!c->comm) {
          if (firstDefault) {
            errorAt(c, "multiple defaults (first at " + posString(firstDefault->pos) + ")");
          } else {
            firstDefault = c;
          }
        }
      }
      for (CommClause* clause : s->body) {
        bool valid = false;
        Expr* rhs = nullptr;
        if (!clause->comm || isa<SendStmt>(clause->comm)) {
          valid = true;
        } else if (auto* as = dyn_cast<AssignStmt>(clause->comm)) {
          if (!isa_and_nonnull<ListExpr>(as->rhs)) rhs = as->rhs;
        } else if (auto* es = dyn_cast<ExprStmt>(clause->comm)) {
          rhs = es->x;
        }
        if (rhs) {
          if (auto* o = dyn_cast<Operation>(unparen(rhs)); o && !o->y && o->op == Operator::Recv)
            valid = true;
        }
        if (!valid) {
          errorAt(clause->comm, "select case must be send or receive (possibly with assignment)");
          continue;
        }
        openScope(clause, "case");
        if (clause->comm) stmt(inner, clause->comm);
        stmtList(inner, clause->body);
        closeScope();
      }
      break;
    }
    case NodeKind::ForStmt: {
      auto* s = cast<ForStmt>(s0);
      inner |= breakOk | continueOk;
      if (auto* r = dyn_cast_or_null<RangeClause>(s->init)) {
        rangeStmt(inner, s, r);
        break;
      }
      openScope(s, "for");
      simpleStmt(s->init);
      if (s->cond) {
        Operand x;
        expr(x, s->cond);
        if (x.mode != Mode::Invalid && !isBoolean(x.type)) {
          errorAt(s->cond, "non-boolean condition in for statement");
        }
      }
      simpleStmt(s->post);
      if (auto* a = dyn_cast_or_null<AssignStmt>(s->post); a && a->op == Operator::Def) use(a->lhs);
      stmt(inner, s->body);
      closeScope();
      break;
    }
    default: errorAt(s0, "invalid statement"); break;
  }
  processDelayed(top);
}

void Checker::switchStmt(unsigned inner, SwitchStmt* s) {
  Operand x;
  Name* trueName = nullptr;
  if (s->tag) {
    expr(x, s->tag);
    // A switch expression is assigned to a temporary: its untyped constant gets a type.
    assignment(x, nullptr, "switch expression");
    if (x.mode != Mode::Invalid && !comparable(x.type) && !hasNil(x.type)) {
      errorAt(x, "cannot switch on " + ostr(x) + " (" + tstr(x.type) + " is not comparable)");
      x.mode = Mode::Invalid;
    }
  } else {
    // A missing switch expression is the boolean constant true.
    x.mode = Mode::Constant;
    x.type = u_.basic(BasicKind::Bool);
    x.val = Constant::makeBool(true);
    Pos pos = s->rbrace;
    if (!s->body.empty()) pos = s->body[0]->pos;
    trueName = info_.synthetic.make<Name>(pos, "true");
    x.expr = trueName;
  }
  multipleDefaults(s->body);
  std::vector<std::pair<Operand, Pos>> seen;
  for (size_t i = 0; i < s->body.size(); i++) {
    CaseClause* clause = s->body[i];
    unsigned in = inner;
    if (i + 1 < s->body.size()) {
      in |= fallthroughOk;
    } else {
      in |= finalSwitchCase;
    }
    caseValues(x, unpack(clause->cases), seen);
    openScope(clause, "case");
    stmtList(in, clause->body);
    closeScope();
  }
}

void Checker::typeSwitchStmt(unsigned inner, SwitchStmt* s, TypeSwitchGuard* guard) {
  Name* lhs = guard->lhs;
  if (lhs) {
    if (lhs->value == "_") {
      softErrorAt(lhs, "no new variable on left side of :=");
      lhs = nullptr;
    } else {
      recordDef(lhs, nullptr);  // lhs is implicitly declared in each case clause
    }
  }
  Operand x;
  expr(x, guard->x);
  if (x.mode == Mode::Invalid) return;
  Operand* sx = nullptr;
  if (isa<Interface>(x.type->underlying())) {
    sx = &x;
  } else {
    errorAt(x, ostr(x) + " is not an interface");
  }
  multipleDefaults(s->body);
  std::vector<Var*> lhsVars;
  std::vector<std::pair<Type*, Expr*>> seen;
  for (CaseClause* clause : s->body) {
    std::vector<Expr*> cases = unpack(clause->cases);
    bool isNilCase = false;
    Type* T = caseTypes(sx, cases, seen, &isNilCase);
    openScope(clause, "case");
    if (lhs) {
      // In clauses with one type, the variable has that type; otherwise x's type.
      if (cases.size() != 1 || !T) T = x.type;
      auto* obj = arena_.make<Var>(lhs->pos, pkg_, std::string(lhs->value), T);
      declare(env_.scope, nullptr, obj);
      recordImplicit(clause, obj);
      lhsVars.push_back(obj);
    }
    stmtList(inner, clause->body);
    closeScope();
  }
  if (lhs) {
    bool used = false;
    for (Var* v : lhsVars) {
      if (v->used) used = true;
      v->used = true;  // avoid usage errors when checking the whole function
    }
    if (!used) softErrorAt(lhs, std::string(lhs->value) + " declared but not used");
  }
}

void Checker::rangeStmt(unsigned inner, ForStmt* s, RangeClause* rclause) {
  Expr* sKey = rclause->lhs;
  Expr *sValue = nullptr, *sExtra = nullptr;
  if (auto* p = dyn_cast_or_null<ListExpr>(sKey)) {
    sKey = p->elems[0];
    sValue = p->elems[1];
    if (p->elems.size() > 2) sExtra = p->elems[2];
  }
  Operand x;
  expr(x, rclause->x);
  Type *key = nullptr, *val = nullptr;
  if (x.mode != Mode::Invalid) {
    std::string cause;
    Type* u = x.type->underlying();
    if (auto* ch = dyn_cast<Chan>(u)) {
      if (sValue)
        softErrorAt(sValue, "range over " + ostr(x) + " permits only one iteration variable");
      if (ch->dir == ChanDir::SendOnly) cause = "receive from send-only channel";
    } else if (sExtra) {
      softErrorAt(sExtra, "range clause permits at most two iteration variables");
    }
    // Range over a pointer to an array ranges over the array.
    if (auto* p = dyn_cast<Pointer>(u)) {
      if (auto* a = dyn_cast<Array>(p->elem->underlying())) u = a;
    }
    switch (u->kind) {
      case TypeKind::Basic:
        if (isString(u)) {
          key = u_.basic(BasicKind::Int);
          val = u_.runeType;
          if (isUntyped(x.type)) updateExprType(x.expr, u_.basic(BasicKind::String), true);
        }
        break;
      case TypeKind::Array:
        key = u_.basic(BasicKind::Int);
        val = cast<Array>(u)->elem;
        break;
      case TypeKind::Slice:
        key = u_.basic(BasicKind::Int);
        val = cast<Slice>(u)->elem;
        break;
      case TypeKind::Map:
        key = cast<Map>(u)->key;
        val = cast<Map>(u)->elem;
        break;
      case TypeKind::Chan:
        key = cast<Chan>(u)->elem;
        val = u_.invalid();
        break;
      default: break;
    }
    if (!key || !cause.empty()) {
      if (cause.empty()) {
        softErrorAt(x.expr, "cannot range over " + ostr(x));
      } else {
        softErrorAt(x.expr, "cannot range over " + ostr(x) + " (" + cause + ")");
      }
      key = val = nullptr;
    }
  }
  openScope(s, "range");
  Expr* lhs[2] = {sKey, sValue};
  Type* rhs[2] = {key, val};
  if (rclause->def) {
    std::vector<Var*> vars;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      Var* obj;
      if (auto* ident = dyn_cast<Name>(lhs[i])) {
        obj = arena_.make<Var>(ident->pos, pkg_, std::string(ident->value), nullptr);
        recordDef(ident, obj);
        if (ident->value != "_") vars.push_back(obj);
      } else {
        errorAt(lhs[i], "cannot declare " + exprString(lhs[i]));
        obj = arena_.make<Var>(lhs[i]->pos, pkg_, "_", nullptr);
      }
      if (Type* t = rhs[i]) {
        Operand v;
        v.mode = Mode::Value;
        v.expr = lhs[i];
        v.type = t;
        initVar(obj, v, "range clause");
      } else {
        obj->type = u_.invalid();
        obj->used = true;
      }
    }
    if (!vars.empty()) {
      for (Var* obj : vars) declare(env_.scope, nullptr, obj);
    } else {
      errorAt(s, "no new variables on left side of :=");
    }
  } else {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      if (Type* t = rhs[i]) {
        Operand v;
        v.mode = Mode::Value;
        v.expr = lhs[i];
        v.type = t;
        assignVar(lhs[i], v);
      }
    }
  }
  stmt(inner, s->body);
  closeScope();
}

}  // namespace minigo::types
