// return.cpp — terminating statements (the spec's definition, Go's types2/return.go):
// a function with results must end in one, or "missing return" is reported.
#include "types/checker.h"

#include <llvm/Support/Casting.h>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;
using namespace syntax;

namespace {

bool hasBreak(Stmt* s, std::string_view label, bool implicit);

bool hasBreakList(const std::vector<Stmt*>& list, std::string_view label, bool implicit) {
  for (Stmt* s : list) {
    if (hasBreak(s, label, implicit)) return true;
  }
  return false;
}

// Whether s contains a break that would leave the statement labeled label (or, when
// implicit, the innermost enclosing breakable statement).
bool hasBreak(Stmt* s, std::string_view label, bool implicit) {
  switch (s->kind) {
    case NodeKind::LabeledStmt: return hasBreak(cast<LabeledStmt>(s)->stmt, label, implicit);
    case NodeKind::BranchStmt: {
      auto* b = cast<BranchStmt>(s);
      if (b->tok == Tok::Break) {
        if (!b->label) return implicit;
        if (b->label->value == label) return true;
      }
      return false;
    }
    case NodeKind::BlockStmt: return hasBreakList(cast<BlockStmt>(s)->list, label, implicit);
    case NodeKind::IfStmt: {
      auto* i = cast<IfStmt>(s);
      return hasBreak(i->then, label, implicit) ||
             (i->else_ && hasBreak(i->else_, label, implicit));
    }
    case NodeKind::SwitchStmt:
      if (!label.empty()) {
        for (CaseClause* c : cast<SwitchStmt>(s)->body) {
          if (hasBreakList(c->body, label, false)) return true;
        }
      }
      return false;
    case NodeKind::SelectStmt:
      if (!label.empty()) {
        for (CommClause* c : cast<SelectStmt>(s)->body) {
          if (hasBreakList(c->body, label, false)) return true;
        }
      }
      return false;
    case NodeKind::ForStmt: return !label.empty() && hasBreak(cast<ForStmt>(s)->body, label, false);
    default: return false;
  }
}

}  // namespace

bool Checker::isTerminating(Stmt* s, std::string_view label) {
  switch (s->kind) {
    case NodeKind::LabeledStmt: {
      auto* l = cast<LabeledStmt>(s);
      return isTerminating(l->stmt, l->label->value);
    }
    case NodeKind::ExprStmt: {
      auto* call = dyn_cast<CallExpr>(unparen(cast<ExprStmt>(s)->x));
      return call && env_.isPanic && env_.isPanic->count(call);
    }
    case NodeKind::ReturnStmt: return true;
    case NodeKind::BranchStmt: {
      Tok t = cast<BranchStmt>(s)->tok;
      return t == Tok::Goto || t == Tok::Fallthrough;
    }
    case NodeKind::BlockStmt: return isTerminatingList(cast<BlockStmt>(s)->list, "");
    case NodeKind::IfStmt: {
      auto* i = cast<IfStmt>(s);
      return i->else_ && isTerminating(i->then, "") && isTerminating(i->else_, "");
    }
    case NodeKind::SwitchStmt: return isTerminatingSwitch(cast<SwitchStmt>(s)->body, label);
    case NodeKind::SelectStmt:
      for (CommClause* cc : cast<SelectStmt>(s)->body) {
        if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
      }
      return true;
    case NodeKind::ForStmt: {
      auto* f = cast<ForStmt>(s);
      if (isa_and_nonnull<RangeClause>(f->init)) return false;
      return !f->cond && !hasBreak(f->body, label, true);
    }
    default: return false;
  }
}

bool Checker::isTerminatingList(const std::vector<Stmt*>& list, std::string_view label) {
  for (size_t i = list.size(); i > 0; i--) {
    if (!isa<EmptyStmt>(list[i - 1])) return isTerminating(list[i - 1], label);
  }
  return false;
}

bool Checker::isTerminatingSwitch(const std::vector<CaseClause*>& body, std::string_view label) {
  bool hasDefault = false;
  for (CaseClause* cc : body) {
    if (!cc->cases) hasDefault = true;
    if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
  }
  return hasDefault;
}

}  // namespace minigo::types
