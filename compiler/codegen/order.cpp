// order.cpp — the order in which operands are evaluated, as Go's compiler orders them
// (cmd/compile's order.go).
//
// The spec fixes only the order of calls (and receives) among themselves: left to
// right. Go's compiler moves every call and channel receive of a statement into a
// temporary before the statement, in that order — and len, cap, copy, make, new, recover and string
// to
// []byte/[]rune conversions with them — and reads plain variables afterwards, so that
// `fmt.Println(x, incX())` prints the incremented x and `x += f()` adds to the x f
// left. Programs observe this, so minigo does the same: before lowering a statement
// (or a condition, a case value, ...), prehoist evaluates its calls in order and
// keeps their values; lowering the statement then finds them (call() asks
// takeHoisted). Calls on the right of && and || are evaluated only if needed, so they
// are hoisted only when that side is lowered; calls inside function literals belong
// to the literal.
#include "codegen/irgen.h"

#include "syntax/walk.h"

#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

void IRGen::prehoist(Expr* e) {
  if (!e || !fs) return;
  walk(e, [&](Node* n) {
    switch (n->kind) {
      case NodeKind::FuncLit: return false;
      case NodeKind::Operation: {
        auto* o = cast<Operation>(n);
        if (o->y && (o->op == Operator::AndAnd || o->op == Operator::OrOr)) {
          prehoist(o->x);
          return false;
        }
        if (!o->y && o->op == Operator::Recv && !fs->hoistedRecv.count(o)) {
          // A receive is ordered with the calls (not the comma-ok form, which
          // exprValues lowers as a whole).
          const TypeAndValue* tv = info.lookup(o);
          if (tv && isa<Tuple>(tv->type)) return true;
          fs->hoistedRecv[o] = chanRecv(expr(o->x), typeOf(o->x), nullptr);
          return false;
        }
        return true;
      }
      case NodeKind::CallExpr: {
        auto* c = cast<CallExpr>(n);
        const TypeAndValue* tv = info.lookup(c);
        if (tv && tv->mode == Mode::Constant) return false;
        if (fs->hoisted.count(c)) return false;
        const TypeAndValue* ftv = info.lookup(c->fun);
        if (ftv && ftv->mode == Mode::Builtin) {
          // As Go's order.go: len, cap, copy, make, new and recover are ordered like
          // calls; the others (append, ...) only through their operands.
          auto* bn = dyn_cast<Name>(unparen(c->fun));
          auto* bobj = bn ? dyn_cast_or_null<Builtin>(info.uses.lookup(bn)) : nullptr;
          if (!bobj) return true;
          switch (bobj->id) {
            case BuiltinId::Len:
            case BuiltinId::Cap:
            case BuiltinId::Copy:
            case BuiltinId::Make:
            case BuiltinId::New:
            case BuiltinId::Recover: break;
            default: return true;
          }
        } else if (ftv && ftv->mode == Mode::TypeExpr) {
          // Conversions too, but string → []byte and []rune, which allocate.
          auto* sl = dyn_cast<Slice>(ftv->type->underlying());
          if (!sl || c->args.empty() || !isString(typeOf(c->args[0]))) return true;
        }
        llvm::Value* v = call(c);
        fs->hoisted[c] = v;
        return false;
      }
      default: return true;
    }
  });
}

llvm::Value* IRGen::takeHoisted(const CallExpr* e) {
  if (!fs) return nullptr;
  auto it = fs->hoisted.find(e);
  if (it == fs->hoisted.end()) return nullptr;
  llvm::Value* v = it->second;
  fs->hoisted.erase(it);
  return v;
}

void IRGen::prehoistStmt(Stmt* s) {
  switch (s->kind) {
    case NodeKind::ExprStmt: prehoist(cast<ExprStmt>(s)->x); break;
    case NodeKind::AssignStmt: {
      auto* a = cast<AssignStmt>(s);
      if (a->op != Operator::Def) prehoist(a->lhs);
      prehoist(a->rhs);
      break;
    }
    case NodeKind::ReturnStmt: prehoist(cast<ReturnStmt>(s)->results); break;
    case NodeKind::SendStmt: {
      auto* ss = cast<SendStmt>(s);
      prehoist(ss->chan);
      prehoist(ss->value);
      break;
    }
    case NodeKind::CallStmt: {
      // defer/go f(args): f and its arguments are evaluated now, but the call is not.
      auto* c = cast<CallStmt>(s)->call;
      prehoist(c->fun);
      for (Expr* a : c->args) prehoist(a);
      break;
    }
    case NodeKind::DeclStmt:
      for (Decl* d : cast<DeclStmt>(s)->decls) {
        if (auto* vd = dyn_cast<VarDecl>(d)) prehoist(vd->values);
      }
      break;
    default: break;
  }
}

}  // namespace minigo::codegen
