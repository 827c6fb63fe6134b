// walk.cpp — see walk.h.
#include "syntax/walk.h"

#include <llvm/Support/Casting.h>

namespace minigo::syntax {

using llvm::cast;

void walk(Node* n, const std::function<bool(Node*)>& f) {
  if (!n || !f(n)) return;
  auto w = [&](Node* c) { walk(c, f); };
  auto ws = [&](const auto& list) {
    for (auto* c : list) walk(c, f);
  };
  switch (n->kind) {
    case NodeKind::BadExpr:
    case NodeKind::Name:
    case NodeKind::BasicLit:
    case NodeKind::EmptyStmt: break;
    case NodeKind::CompositeLit: {
      auto* c = cast<CompositeLit>(n);
      w(c->type);
      ws(c->elems);
      break;
    }
    case NodeKind::KeyValueExpr:
      w(cast<KeyValueExpr>(n)->key);
      w(cast<KeyValueExpr>(n)->value);
      break;
    case NodeKind::FuncLit:
      w(cast<FuncLit>(n)->type);
      w(cast<FuncLit>(n)->body);
      break;
    case NodeKind::ParenExpr: w(cast<ParenExpr>(n)->x); break;
    case NodeKind::SelectorExpr: w(cast<SelectorExpr>(n)->x); break;
    case NodeKind::IndexExpr:
      w(cast<IndexExpr>(n)->x);
      w(cast<IndexExpr>(n)->index);
      break;
    case NodeKind::SliceExpr: {
      auto* s = cast<SliceExpr>(n);
      w(s->x);
      for (Expr* i : s->index) w(i);
      break;
    }
    case NodeKind::AssertExpr:
      w(cast<AssertExpr>(n)->x);
      w(cast<AssertExpr>(n)->type);
      break;
    case NodeKind::TypeSwitchGuard:
      w(cast<TypeSwitchGuard>(n)->lhs);
      w(cast<TypeSwitchGuard>(n)->x);
      break;
    case NodeKind::Operation:
      w(cast<Operation>(n)->x);
      w(cast<Operation>(n)->y);
      break;
    case NodeKind::CallExpr:
      w(cast<CallExpr>(n)->fun);
      ws(cast<CallExpr>(n)->args);
      break;
    case NodeKind::ListExpr: ws(cast<ListExpr>(n)->elems); break;
    case NodeKind::ArrayType:
      w(cast<ArrayType>(n)->len);
      w(cast<ArrayType>(n)->elem);
      break;
    case NodeKind::SliceType: w(cast<SliceType>(n)->elem); break;
    case NodeKind::DotsType: w(cast<DotsType>(n)->elem); break;
    case NodeKind::StructType: ws(cast<StructType>(n)->fields); break;
    case NodeKind::InterfaceType: ws(cast<InterfaceType>(n)->methods); break;
    case NodeKind::FuncType:
      ws(cast<FuncType>(n)->params);
      ws(cast<FuncType>(n)->results);
      break;
    case NodeKind::MapType:
      w(cast<MapType>(n)->key);
      w(cast<MapType>(n)->value);
      break;
    case NodeKind::ChanType: w(cast<ChanType>(n)->elem); break;
    case NodeKind::Field:
      w(cast<Field>(n)->name);
      w(cast<Field>(n)->type);
      break;
    case NodeKind::LabeledStmt: w(cast<LabeledStmt>(n)->stmt); break;
    case NodeKind::BlockStmt: ws(cast<BlockStmt>(n)->list); break;
    case NodeKind::ExprStmt: w(cast<ExprStmt>(n)->x); break;
    case NodeKind::SendStmt:
      w(cast<SendStmt>(n)->chan);
      w(cast<SendStmt>(n)->value);
      break;
    case NodeKind::DeclStmt: ws(cast<DeclStmt>(n)->decls); break;
    case NodeKind::AssignStmt:
      w(cast<AssignStmt>(n)->lhs);
      w(cast<AssignStmt>(n)->rhs);
      break;
    case NodeKind::BranchStmt: break;
    case NodeKind::CallStmt: w(cast<CallStmt>(n)->call); break;
    case NodeKind::ReturnStmt: w(cast<ReturnStmt>(n)->results); break;
    case NodeKind::IfStmt: {
      auto* s = cast<IfStmt>(n);
      w(s->init);
      w(s->cond);
      w(s->then);
      w(s->else_);
      break;
    }
    case NodeKind::ForStmt: {
      auto* s = cast<ForStmt>(n);
      w(s->init);
      w(s->cond);
      w(s->post);
      w(s->body);
      break;
    }
    case NodeKind::SwitchStmt: {
      auto* s = cast<SwitchStmt>(n);
      w(s->init);
      w(s->tag);
      ws(s->body);
      break;
    }
    case NodeKind::SelectStmt: ws(cast<SelectStmt>(n)->body); break;
    case NodeKind::RangeClause:
      w(cast<RangeClause>(n)->lhs);
      w(cast<RangeClause>(n)->x);
      break;
    case NodeKind::CaseClause:
      w(cast<CaseClause>(n)->cases);
      ws(cast<CaseClause>(n)->body);
      break;
    case NodeKind::CommClause:
      w(cast<CommClause>(n)->comm);
      ws(cast<CommClause>(n)->body);
      break;
    case NodeKind::ImportDecl: break;
    case NodeKind::ConstDecl:
      ws(cast<ConstDecl>(n)->names);
      w(cast<ConstDecl>(n)->type);
      w(cast<ConstDecl>(n)->values);
      break;
    case NodeKind::TypeDecl:
      w(cast<TypeDecl>(n)->name);
      w(cast<TypeDecl>(n)->type);
      break;
    case NodeKind::VarDecl:
      ws(cast<VarDecl>(n)->names);
      w(cast<VarDecl>(n)->type);
      w(cast<VarDecl>(n)->values);
      break;
    case NodeKind::FuncDecl: {
      auto* d = cast<FuncDecl>(n);
      w(d->recv);
      w(d->name);
      w(d->type);
      w(d->body);
      break;
    }
    case NodeKind::File: ws(cast<File>(n)->decls); break;
  }
}

}  // namespace minigo::syntax
