// exprfmt.cpp — expressions as Go's compiler prints them in -m messages (its ir
// formatting of the type-checked tree): implicit operations shown as Go makes them
// explicit (promoted fields with their embedded path, method calls as calls of the
// method expression, the ... arguments of a variadic call as "... argument"),
// composite literals as T{...}, function literals as "func literal", conversions to
// unnamed types parenthesised, and binary operators spaced.
#include "escape/batch.h"

#include "types/predicates.h"
#include "types/typestring.h"

#include <llvm/Support/Casting.h>

#include <functional>

namespace minigo::escape {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using namespace syntax;
using namespace types;

std::string typeText(const Package* pkg, Type* t) {
  if (!t) return "?";
  std::string s = typeString(t, [pkg](const Package* p) -> std::string {
    if (!p || p == pkg) return "";
    return p->name;
  });
  // Go's compiler spells struct and interface types with spaces inside the braces:
  // "struct { a int; b int }", "struct {}", "interface {}".
  std::string spaced;
  for (size_t i = 0; i < s.size(); i++) {
    bool kw = (s.compare(i, 7, "struct{") == 0) || (s.compare(i, 10, "interface{") == 0);
    if (!kw || (i > 0 && isalnum(uint8_t(s[i - 1])))) {
      spaced += s[i];
      continue;
    }
    size_t open = s.find('{', i);
    int depth = 0;
    size_t close = open;
    for (; close < s.size(); close++) {
      if (s[close] == '{') depth++;
      if (s[close] == '}' && --depth == 0) break;
    }
    std::string inner = typeText(pkg, nullptr) == "?" ? s.substr(open + 1, close - open - 1) : "";
    spaced += s.substr(i, open - i);
    spaced += inner.empty() ? " {}" : " { " + inner + " }";
    i = close;
  }
  s = spaced;
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (false) {
    } else if (s.compare(i, 3, "any") == 0 && (i == 0 || !isalnum(uint8_t(s[i - 1]))) &&
               (i + 3 == s.size() || !isalnum(uint8_t(s[i + 3])))) {
      out += "interface {}";
      i += 3;
    } else {
      out += s[i++];
    }
  }
  return out;
}

namespace {

class Printer {
 public:
  Printer(const Info& info, const Package* pkg, const Subst* subst = nullptr,
          const CallSet* fixed = nullptr)
      : info_(info), pkg_(pkg), subst_(subst), fixed_(fixed) {}

  std::string expr(const Expr* e, int prec = 0) {
    if (!e) return "<nil>";
    if (subst_) {
      if (auto it = subst_->find(e); it != subst_->end()) return it->second;
    }
    switch (e->kind) {
      case NodeKind::ParenExpr: return expr(cast<ParenExpr>(e)->x, prec);
      case NodeKind::Name: return std::string(cast<Name>(e)->value);
      case NodeKind::BasicLit: return std::string(cast<BasicLit>(e)->value);
      case NodeKind::CompositeLit: {
        auto* cl = cast<CompositeLit>(e);
        Type* t = info_.typeOf(cl);
        // An element T{...} of a []*T literal, its &T elided, has type *T.
        if (auto* p = dyn_cast_or_null<Pointer>(t); p && !cl->type) t = p->elem;
        return typeText(pkg_, t) + (cl->elems.empty() ? "{}" : "{...}");
      }
      // Go gives a closure, &T{...} and a concatenation no precedence: parenthesized
      // as operands.
      case NodeKind::FuncLit: return prec > 0 ? "(func literal)" : "func literal";
      case NodeKind::SelectorExpr: return selector(cast<SelectorExpr>(e));
      case NodeKind::IndexExpr: {
        auto* ix = cast<IndexExpr>(e);
        return expr(ix->x, 8) + "[" + expr(ix->index) + "]";
      }
      case NodeKind::SliceExpr: {
        auto* se = cast<SliceExpr>(e);
        std::string s = expr(se->x, 8) + "[";
        if (se->index[0]) s += expr(se->index[0]);
        s += ":";
        if (se->index[1]) s += expr(se->index[1]);
        if (se->full) s += ":" + (se->index[2] ? expr(se->index[2]) : std::string());
        return s + "]";
      }
      case NodeKind::AssertExpr: {
        auto* a = cast<AssertExpr>(e);
        Type* at = a->type ? info_.typeOf(a->type) : info_.typeOf(a);
        return expr(a->x, 8) + ".(" + typeText(pkg_, at) + ")";
      }
      case NodeKind::Operation: {
        auto* o = cast<Operation>(e);
        if (!o->y) {
          if (o->op == Operator::And && isa<CompositeLit>(unparen(o->x))) {
            std::string s = "&" + expr(o->x, 8);
            return prec > 0 ? "(" + s + ")" : s;
          }
          // Unary operators bind at 7, their operand at 8 (Go's fmt.go): *(<-c),
          // (<-c).f, *(*p), &(*p), - (-a) (a space between two of the same, but *).
          auto* inner = dyn_cast<Operation>(unparen(o->x));
          bool same = inner && !inner->y && inner->op == o->op && o->op != Operator::Mul;
          std::string s = std::string(operatorString(o->op)) + (same ? " " : "") + expr(o->x, 8);
          return prec > 7 ? "(" + s + ")" : s;
        }
        if (const TypeAndValue* tv = info_.lookup(o); o->op == Operator::Add && tv &&
                                                      tv->mode != Mode::Constant && tv->type &&
                                                      isString(tv->type)) {
          // OADDSTR: its operands (the left-nested concatenations flattened) at 0.
          std::string s;
          std::function<void(const Expr*)> add = [&](const Expr* x) {
            auto* ox = dyn_cast<Operation>(x);
            const TypeAndValue* xtv = ox ? info_.lookup(ox) : nullptr;
            if (ox && ox->y && ox->op == Operator::Add && xtv && xtv->mode != Mode::Constant) {
              add(ox->x);
              s += " + " + expr(ox->y, 0);
              return;
            }
            s += expr(x, 0);
          };
          add(o);
          return prec > 0 ? "(" + s + ")" : s;
        }
        int p = int(precedence(o->op));
        std::string s =
            expr(o->x, p) + " " + std::string(operatorString(o->op)) + " " + expr(o->y, p + 1);
        return p < prec ? "(" + s + ")" : s;
      }
      case NodeKind::CallExpr: return call(cast<CallExpr>(e));
      case NodeKind::KeyValueExpr: {
        auto* kv = cast<KeyValueExpr>(e);
        return expr(kv->key) + ":" + expr(kv->value);
      }
      default: return exprString(e);
    }
  }

 private:
  const Info& info_;
  const Package* pkg_;
  const Subst* subst_;
  const CallSet* fixed_;

  // x.f with the embedded fields a promoted field or method is reached through.
  std::string selector(const SelectorExpr* s) {
    return embedded(s) + "." + std::string(s->sel->value);
  }

  // x and the embedded fields of x.f's path, without f.
  std::string embedded(const SelectorExpr* s, int prec = 8) {
    auto it = info_.selections.find(const_cast<SelectorExpr*>(s));
    if (it == info_.selections.end()) return expr(s->x, prec);
    std::string out = expr(s->x, it->second.index.size() > 1 ? 8 : prec);
    Type* t = info_.typeOf(s->x);
    const auto& index = it->second.index;
    for (size_t i = 0; i + 1 < index.size(); i++) {
      Type* u = t->underlying();
      if (auto* p = dyn_cast<Pointer>(u)) u = p->elem->underlying();
      auto* st = dyn_cast<Struct>(u);
      if (!st || index[i] >= int(st->fields.size())) break;
      out += "." + st->fields[index[i]]->name;
      t = st->fields[index[i]]->type;
    }
    return out;
  }

  std::string args(const CallExpr* c, size_t from, Signature* sig) {
    std::string s;
    size_t nparams = sig && sig->params ? sig->params->vars.size() : 0;
    for (size_t i = from; i < c->args.size(); i++) {
      // Not before Go has analysed the call (its FixVariadicCall).
      bool unfixed = fixed_ && !fixed_->count(c);
      if (sig && sig->variadic && !c->hasDots && i - from + 1 == nparams && !unfixed) {
        if (!s.empty()) s += ", ";
        return s + "... argument...";
      }
      if (!s.empty()) s += ", ";
      s += expr(c->args[i]);
    }
    // No ... arguments: Go passes nil... once it has fixed the call.
    bool unfixed = fixed_ && !fixed_->count(c);
    if (sig && sig->variadic && !c->hasDots && !unfixed && c->args.size() - from + 1 == nparams)
      return s + (s.empty() ? "" : ", ") + "nil...";
    if (c->hasDots) s += "...";
    return s;
  }

  std::string call(const CallExpr* c) {
    const TypeAndValue* ftv = info_.lookup(c->fun);
    if (ftv && ftv->mode == Mode::TypeExpr) {
      Type* t = info_.typeOf(c);
      std::string ts = typeText(pkg_, t);
      bool named = isa<Named>(t) || (isa<Basic>(t));
      std::string x = c->args.empty() ? "" : expr(c->args[0]);
      return named ? ts + "(" + x + ")" : "(" + ts + ")(" + x + ")";
    }
    auto* sig = dyn_cast_or_null<Signature>(
        info_.typeOf(c->fun) ? info_.typeOf(c->fun)->underlying() : nullptr);
    if (ftv && ftv->mode == Mode::Builtin) {
      std::string s = expr(c->fun) + "(";
      for (size_t i = 0; i < c->args.size(); i++) {
        if (i) s += ", ";
        const TypeAndValue* atv = info_.lookup(c->args[i]);
        s += atv && atv->mode == Mode::TypeExpr ? typeText(pkg_, info_.typeOf(c->args[i]))
                                                : expr(c->args[i]);
      }
      if (c->hasDots) s += "...";
      return s + ")";
    }
    // A method call on a concrete type: Go calls the method expression.
    if (auto* s = dyn_cast<SelectorExpr>(unparen(c->fun))) {
      auto it = info_.selections.find(const_cast<SelectorExpr*>(s));
      if (it != info_.selections.end() && it->second.kind == SelectionKind::MethodVal) {
        auto* m = dyn_cast<Func>(it->second.obj);
        Type* recvT = info_.typeOf(s->x);
        auto* msig = m ? dyn_cast<Signature>(m->type) : nullptr;
        bool viaInterface =
            isInterface(recvT) || (msig && msig->recv && isInterface(msig->recv->type));
        if (msig && msig->recv && !viaInterface) {
          Type* rt = msig->recv->type;
          std::string fn = isa<Pointer>(rt) ? "(" + typeText(pkg_, rt) + ")." + m->name
                                            : typeText(pkg_, rt) + "." + m->name;
          std::string x = embedded(s, 0);
          std::string rest = args(c, 0, sig);
          return fn + "(" + x + (rest.empty() ? "" : ", " + rest) + ")";
        }
      }
    }
    // A called literal is parenthesized: (func literal)().
    std::string fn = expr(unparen(c->fun), 8);
    return fn + "(" + args(c, 0, sig) + ")";
  }
};

}  // namespace

std::string exprText(const Info& info, const Package* pkg, const Expr* e, const Subst* subst,
                     const CallSet* fixed) {
  return Printer(info, pkg, subst, fixed).expr(e);
}

std::string exprText(const Info& info, const Package* pkg, const std::vector<Expr*>& lhs,
                     const std::vector<Expr*>& rhs) {
  Printer p(info, pkg);
  auto list = [&](const std::vector<Expr*>& xs) {
    std::string s;
    for (size_t i = 0; i < xs.size(); i++) s += (i ? ", " : "") + p.expr(xs[i]);
    return s;
  };
  return list(lhs) + " = " + list(rhs);
}

}  // namespace minigo::escape

namespace minigo::escape {

namespace {

std::vector<Expr*> listOf(Expr* x) {
  if (auto* l = dyn_cast_or_null<ListExpr>(x)) return l->elems;
  if (x) return {x};
  return {};
}

// Go's %.v of a node list: the nodes separated by ", ".
std::string joined(const Info& info, const Package* pkg, const std::vector<Expr*>& xs,
                   const Subst* subst, const CallSet* fixed) {
  std::string s;
  for (size_t i = 0; i < xs.size(); i++)
    s += (i ? ", " : "") + exprText(info, pkg, xs[i], subst, fixed);
  return s;
}

}  // namespace

// Statements as Go's ir fmt prints them (stmtFmt, not in export format): assignments
// with their operator, "return ...", "ch <- v", loops as "for loop", a case clause
// with its body.
std::string nodeText(const Info& info, const Package* pkg, const Node* n, const Subst* subst,
                     const CallSet* fixed) {
  if (!n) return "<nil>";
  if (auto* e = dyn_cast<Expr>(n)) return exprText(info, pkg, e, subst, fixed);
  switch (n->kind) {
    case NodeKind::AssignStmt: {
      auto* as = cast<AssignStmt>(n);
      std::string lhs = joined(info, pkg, listOf(as->lhs), subst, fixed);
      if (!as->rhs) return lhs + (as->op == Operator::Add ? "++" : "--");
      std::string rhs = joined(info, pkg, listOf(as->rhs), subst, fixed);
      if (as->op == Operator::Def) return lhs + " := " + rhs;
      if (as->op == Operator::None) return lhs + " = " + rhs;
      return lhs + " " + std::string(operatorString(as->op)) + "= " + rhs;
    }
    case NodeKind::VarDecl: {
      auto* vd = cast<VarDecl>(n);
      std::vector<Expr*> names(vd->names.begin(), vd->names.end());
      return joined(info, pkg, names, subst, fixed) + " = " +
             joined(info, pkg, listOf(vd->values), subst, fixed);
    }
    case NodeKind::ReturnStmt:
      return "return " + joined(info, pkg, listOf(cast<ReturnStmt>(n)->results), subst, fixed);
    case NodeKind::SendStmt: {
      // OSEND binds at 3: its value at 4.
      auto* ss = cast<SendStmt>(n);
      Printer p(info, pkg, subst, fixed);
      return p.expr(ss->chan, 3) + " <- " + p.expr(ss->value, 4);
    }
    case NodeKind::ForStmt:
    case NodeKind::RangeClause: return "for loop";
    case NodeKind::SwitchStmt: return "switch statement";
    case NodeKind::SelectStmt: return "select statement";
    case NodeKind::CallStmt: {
      auto* cs = cast<CallStmt>(n);
      return std::string(cs->tok == Tok::Go ? "go " : "defer ") +
             exprText(info, pkg, cs->call, subst, fixed);
    }
    case NodeKind::ExprStmt: return exprText(info, pkg, cast<ExprStmt>(n)->x, subst, fixed);
    case NodeKind::CaseClause: {
      auto* cc = cast<CaseClause>(n);
      std::string s =
          cc->cases ? "case " + joined(info, pkg, listOf(cc->cases), subst, fixed) : "default";
      s += ": ";
      for (size_t i = 0; i < cc->body.size(); i++)
        s += (i ? "; " : "") + nodeText(info, pkg, cc->body[i], subst, fixed);
      return s;
    }
    default: return "?";
  }
}

}  // namespace minigo::escape
