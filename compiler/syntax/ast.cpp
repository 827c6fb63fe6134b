// ast.cpp — position helpers over the syntax tree (Go's syntax/positions.go rules).
#include "syntax/ast.h"

#include <llvm/Support/Casting.h>

namespace minigo::syntax {

using llvm::cast;

Pos startPos(const Node* n) {
  for (;;) {
    switch (n->kind) {
      case NodeKind::File: return Pos{n->pos.file, 0};
      case NodeKind::CompositeLit: {
        auto* c = cast<CompositeLit>(n);
        if (!c->type) return n->pos;
        n = c->type;
        break;
      }
      case NodeKind::SelectorExpr: n = cast<SelectorExpr>(n)->x; break;
      case NodeKind::IndexExpr: n = cast<IndexExpr>(n)->x; break;
      case NodeKind::AssertExpr: n = cast<AssertExpr>(n)->x; break;
      case NodeKind::TypeSwitchGuard: {
        auto* g = cast<TypeSwitchGuard>(n);
        n = g->lhs ? static_cast<const Node*>(g->lhs) : g->x;
        break;
      }
      case NodeKind::Operation: {
        auto* o = cast<Operation>(n);
        if (!o->y) return n->pos;
        n = o->x;
        break;
      }
      case NodeKind::CallExpr: n = cast<CallExpr>(n)->fun; break;
      case NodeKind::ListExpr: {
        auto* l = cast<ListExpr>(n);
        if (l->elems.empty()) return n->pos;
        n = l->elems.front();
        break;
      }
      case NodeKind::SendStmt: n = cast<SendStmt>(n)->chan; break;
      case NodeKind::AssignStmt: n = cast<AssignStmt>(n)->lhs; break;
      case NodeKind::RangeClause: {
        auto* r = cast<RangeClause>(n);
        n = r->lhs ? r->lhs : r->x;
        break;
      }
      default: return n->pos;
    }
  }
}

Pos endPos(const Node* n) {
  for (;;) {
    switch (n->kind) {
      case NodeKind::Name: {
        auto* x = cast<Name>(n);
        return Pos{n->pos.file, n->pos.offset + uint32_t(x->value.size())};
      }
      case NodeKind::BasicLit: {
        auto* x = cast<BasicLit>(n);
        return Pos{n->pos.file, n->pos.offset + uint32_t(x->value.size())};
      }
      case NodeKind::CompositeLit: return cast<CompositeLit>(n)->rbrace;
      case NodeKind::KeyValueExpr: n = cast<KeyValueExpr>(n)->value; break;
      case NodeKind::FuncLit: n = cast<FuncLit>(n)->body; break;
      case NodeKind::ParenExpr: n = cast<ParenExpr>(n)->x; break;
      case NodeKind::SelectorExpr: n = cast<SelectorExpr>(n)->sel; break;
      case NodeKind::IndexExpr: n = cast<IndexExpr>(n)->index; break;
      case NodeKind::Operation: {
        auto* o = cast<Operation>(n);
        n = o->y ? o->y : o->x;
        break;
      }
      case NodeKind::CallExpr: {
        auto* c = cast<CallExpr>(n);
        n = c->args.empty() ? c->fun : c->args.back();
        break;
      }
      case NodeKind::ListExpr: {
        auto* l = cast<ListExpr>(n);
        if (l->elems.empty()) return n->pos;
        n = l->elems.back();
        break;
      }
      case NodeKind::BlockStmt: return cast<BlockStmt>(n)->rbrace;
      case NodeKind::SwitchStmt: return cast<SwitchStmt>(n)->rbrace;
      case NodeKind::SelectStmt: return cast<SelectStmt>(n)->rbrace;
      case NodeKind::FuncDecl: {
        auto* f = cast<FuncDecl>(n);
        if (f->body) return f->body->rbrace;
        return n->pos;
      }
      default: return n->pos;
    }
  }
}

Expr* unparen(Expr* x) {
  while (auto* p = llvm::dyn_cast<ParenExpr>(x)) x = p->x;
  return x;
}

}  // namespace minigo::syntax
