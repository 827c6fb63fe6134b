// branches.cpp — see branches.h.
#include "syntax/branches.h"

#include "syntax/parser.h"

#include <llvm/Support/Casting.h>

#include <map>
#include <string>
#include <vector>

namespace minigo::syntax {

using llvm::dyn_cast;

namespace {

struct Block {
  Block* parent;
  Pos start;
  LabeledStmt* lstmt;  // labeled statement associated with this block, or null
};

struct Label {
  Block* parent;  // block containing this label declaration
  LabeledStmt* lstmt;
  bool used = false;
};

struct Targets {
  Stmt* breaks = nullptr;  // ForStmt, SwitchStmt, SelectStmt or null
  ForStmt* continues = nullptr;
  int caseIndex = -1;  // case index of the immediately enclosing switch, or < 0
};

class LabelScope {
 public:
  explicit LabelScope(Diagnostics& diag, const SourceSet* sources)
      : diag_(diag), sources_(sources) {}

  std::map<std::string_view, Label> labels;
  std::vector<std::unique_ptr<Block>> blocks;

  void err(Pos pos, std::string msg) { diag_.error(pos, std::move(msg)); }

  std::string posString(Pos p) {
    // Go prints label positions as "file:line:col".
    return sources_ ? sources_->format(p) : std::string();
  }

  Label* declare(Block* b, LabeledStmt* s) {
    std::string_view name = s->label->value;
    auto it = labels.find(name);
    if (it != labels.end()) {
      err(s->label->pos, "label " + std::string(name) + " already defined at " +
                             posString(it->second.lstmt->label->pos));
      return &it->second;
    }
    return &labels.emplace(name, Label{b, s, false}).first->second;
  }

  LabeledStmt* gotoTarget(Block* b, std::string_view name) {
    auto it = labels.find(name);
    if (it == labels.end()) return nullptr;
    it->second.used = true;
    for (; b; b = b->parent) {
      if (it->second.parent == b) return it->second.lstmt;
    }
    return nullptr;
  }

  // Returns the labeled statement enclosing b with the given label, &invalid when the
  // label exists but does not enclose b, or null when it does not exist.
  LabeledStmt* enclosingTarget(Block* b, std::string_view name, LabeledStmt* invalid) {
    auto it = labels.find(name);
    if (it == labels.end()) return nullptr;
    it->second.used = true;
    for (; b; b = b->parent) {
      if (it->second.lstmt == b->lstmt) return it->second.lstmt;
    }
    return invalid;
  }

  std::vector<BranchStmt*> blockBranches(Block* parent, Targets ctxt, LabeledStmt* lstmt, Pos start,
                                         const std::vector<Stmt*>& body);

 private:
  Diagnostics& diag_;
  const SourceSet* sources_;
};

std::vector<BranchStmt*> LabelScope::blockBranches(Block* parent, Targets ctxt, LabeledStmt* lstmt,
                                                   Pos start, const std::vector<Stmt*>& body) {
  blocks.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
  Block* b = blocks.back().get();

  Pos varPos{};
  Expr* varName = nullptr;
  std::vector<BranchStmt*> fwdGotos, badGotos;
  LabeledStmt invalid(Pos{});

  auto recordVarDecl = [&](Pos p, Expr* name) {
    varPos = p;
    varName = name;
    badGotos = fwdGotos;
  };
  auto jumpsOverVarDecl = [&](BranchStmt* fwd) {
    if (!varPos.known()) return false;
    for (BranchStmt* bad : badGotos) {
      if (bad == fwd) return true;
    }
    return false;
  };
  auto innerBlock = [&](Targets c, Pos s, const std::vector<Stmt*>& l) {
    auto inner = blockBranches(b, c, lstmt, s, l);
    fwdGotos.insert(fwdGotos.end(), inner.begin(), inner.end());
  };

  size_t n = body.size();
  while (n > 0 && llvm::isa<EmptyStmt>(body[n - 1])) n--;  // trim trailing empty statements

  for (size_t stmtIndex = 0; stmtIndex < n; stmtIndex++) {
    Stmt* stmt = body[stmtIndex];
    lstmt = nullptr;
    for (;;) {
      if (auto* s = dyn_cast<LabeledStmt>(stmt)) {
        std::string_view name = s->label->value;
        if (name != "_") {
          Label* l = declare(b, s);
          size_t i = 0;
          for (BranchStmt* fwd : fwdGotos) {
            if (fwd->label->value == name) {
              fwd->target = s;
              l->used = true;
              if (jumpsOverVarDecl(fwd)) {
                err(fwd->label->pos, "goto " + std::string(name) + " jumps over declaration of " +
                                         exprString(varName) + " at " + posString(varPos));
              }
            } else {
              fwdGotos[i++] = fwd;
            }
          }
          fwdGotos.resize(i);
          lstmt = s;
        }
        stmt = s->stmt;
        continue;
      }
      break;
    }

    switch (stmt->kind) {
      case NodeKind::DeclStmt:
        for (Decl* d : llvm::cast<DeclStmt>(stmt)->decls) {
          if (auto* v = dyn_cast<VarDecl>(d)) {
            recordVarDecl(v->pos, v->names[0]);
            break;
          }
        }
        break;
      case NodeKind::BranchStmt: {
        auto* s = llvm::cast<BranchStmt>(stmt);
        if (!s->label) {
          switch (s->tok) {
            case Tok::Break:
              if (ctxt.breaks)
                s->target = ctxt.breaks;
              else
                err(s->pos, "break is not in a loop, switch, or select");
              break;
            case Tok::Continue:
              if (ctxt.continues)
                s->target = ctxt.continues;
              else
                err(s->pos, "continue is not in a loop");
              break;
            case Tok::Fallthrough: {
              std::string msg = "fallthrough statement out of place";
              if (auto* t = llvm::dyn_cast_or_null<SwitchStmt>(ctxt.breaks)) {
                if (t->tag && llvm::isa<TypeSwitchGuard>(t->tag)) {
                  msg = "cannot fallthrough in type switch";
                } else if (ctxt.caseIndex < 0 || stmtIndex + 1 < n) {
                  // fallthrough nested in a block or not the last statement
                } else if (size_t(ctxt.caseIndex) + 1 == t->body.size()) {
                  msg = "cannot fallthrough final case in switch";
                } else {
                  s->target = t;
                  break;  // fallthrough ok
                }
              }
              err(s->pos, msg);
              break;
            }
            default: break;
          }
          break;
        }
        std::string name(s->label->value);
        switch (s->tok) {
          case Tok::Break:
            if (LabeledStmt* t = enclosingTarget(b, s->label->value, &invalid)) {
              Stmt* ts = t == &invalid ? nullptr : t->stmt;
              if (ts && (llvm::isa<SwitchStmt>(ts) || llvm::isa<SelectStmt>(ts) ||
                         llvm::isa<ForStmt>(ts))) {
                s->target = ts;
              } else {
                err(s->label->pos, "invalid break label " + name);
              }
            } else {
              err(s->label->pos, "break label not defined: " + name);
            }
            break;
          case Tok::Continue:
            if (LabeledStmt* t = enclosingTarget(b, s->label->value, &invalid)) {
              Stmt* ts = t == &invalid ? nullptr : t->stmt;
              if (ts && llvm::isa<ForStmt>(ts)) {
                s->target = ts;
              } else {
                err(s->label->pos, "invalid continue label " + name);
              }
            } else {
              err(s->label->pos, "continue label not defined: " + name);
            }
            break;
          case Tok::Goto:
            if (LabeledStmt* t = gotoTarget(b, s->label->value))
              s->target = t;
            else
              fwdGotos.push_back(s);
            break;
          default: break;
        }
        break;
      }
      case NodeKind::AssignStmt: {
        auto* s = llvm::cast<AssignStmt>(stmt);
        if (s->op == Operator::Def) recordVarDecl(s->pos, s->lhs);
        break;
      }
      case NodeKind::BlockStmt: {
        auto* s = llvm::cast<BlockStmt>(stmt);
        innerBlock(Targets{ctxt.breaks, ctxt.continues, -1}, s->pos, s->list);
        break;
      }
      case NodeKind::IfStmt: {
        auto* s = llvm::cast<IfStmt>(stmt);
        Targets inner{ctxt.breaks, ctxt.continues, -1};
        innerBlock(inner, s->then->pos, s->then->list);
        if (s->else_) innerBlock(inner, s->else_->pos, {s->else_});
        break;
      }
      case NodeKind::ForStmt: {
        auto* s = llvm::cast<ForStmt>(stmt);
        innerBlock(Targets{s, s, -1}, s->body->pos, s->body->list);
        break;
      }
      case NodeKind::SwitchStmt: {
        auto* s = llvm::cast<SwitchStmt>(stmt);
        Targets inner{s, ctxt.continues, -1};
        for (size_t i = 0; i < s->body.size(); i++) {
          inner.caseIndex = int(i);
          innerBlock(inner, s->body[i]->pos, s->body[i]->body);
        }
        break;
      }
      case NodeKind::SelectStmt: {
        auto* s = llvm::cast<SelectStmt>(stmt);
        Targets inner{s, ctxt.continues, -1};
        for (CommClause* cc : s->body) innerBlock(inner, cc->pos, cc->body);
        break;
      }
      default: break;
    }
  }
  return fwdGotos;
}

}  // namespace

void checkBranches(BlockStmt* body, Diagnostics& diag) {
  if (!body) return;
  LabelScope ls(diag, diag.sources());
  auto fwdGotos = ls.blockBranches(nullptr, Targets{}, nullptr, body->pos, body->list);
  for (BranchStmt* fwd : fwdGotos) {
    std::string name(fwd->label->value);
    auto it = ls.labels.find(fwd->label->value);
    if (it != ls.labels.end()) {
      it->second.used = true;
      ls.err(fwd->label->pos, "goto " + name + " jumps into block starting at " +
                                  ls.posString(it->second.parent->start));
    } else {
      ls.err(fwd->label->pos, "label " + name + " not defined");
    }
  }
  for (auto& [name, l] : ls.labels) {
    if (!l.used) {
      ls.err(l.lstmt->label->pos, "label " + std::string(name) + " defined and not used");
    }
  }
}

}  // namespace minigo::syntax
