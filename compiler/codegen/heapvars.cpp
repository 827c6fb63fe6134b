// heapvars.cpp — which local variables live on the heap.
//
// Escape analysis decides for the variables of the functions it analysed (every
// function and literal body; not the literals of package-level initializers): on the
// heap when the address escapes or an escaping closure captures the variable (closures
// capture by reference). For the others the rule is the safe one: a local variable lives on the
// heap when its address may be taken — `&x`,
// `&x.f`, `&a[i]` of an array, slicing an array `a[:]`, calling a pointer-receiver
// method on an addressable value `x.M()` — or when a function literal refers to it
// (closures capture variables by reference). Everything else is an alloca, which
// LLVM's mem2reg turns into registers. The invariant this keeps: no pointer to a
// stack slot ever outlives its frame.
#include "codegen/irgen.h"

#include "syntax/walk.h"

#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

namespace {

// The local variable whose storage an addressable expression denotes, if any.
Var* rootVar(const Info& info, Expr* e) {
  for (;;) {
    switch (e->kind) {
      case NodeKind::ParenExpr: e = cast<ParenExpr>(e)->x; continue;
      case NodeKind::Name: {
        auto* v = dyn_cast_or_null<Var>(info.objectOf(cast<Name>(e)));
        if (!v || v->isGlobal || v->isField) return nullptr;
        return v;
      }
      case NodeKind::SelectorExpr: {
        auto* s = cast<SelectorExpr>(e);
        auto it = info.selections.find(s);
        if (it == info.selections.end()) return nullptr;  // a qualified identifier
        if (it->second.kind != SelectionKind::FieldVal || it->second.indirect) return nullptr;
        if (isa<Pointer>(info.typeOf(s->x)->underlying())) return nullptr;
        e = s->x;
        continue;
      }
      case NodeKind::IndexExpr: {
        auto* ix = cast<IndexExpr>(e);
        Type* t = info.typeOf(ix->x);
        if (!t || !isa<Array>(t->underlying())) return nullptr;
        e = ix->x;
        continue;
      }
      default: return nullptr;
    }
  }
}

}  // namespace

void IRGen::findHeapVars(Node* body) {
  walk(body, [&](Node* n) {
    switch (n->kind) {
      case NodeKind::Operation: {
        auto* o = cast<Operation>(n);
        if (o->op == Operator::And && !o->y) {
          if (Var* v = rootVar(info, o->x)) heapVars_.insert(v);
        }
        break;
      }
      case NodeKind::SliceExpr: {
        auto* s = cast<SliceExpr>(n);
        Type* t = info.typeOf(s->x);
        if (t && isa<Array>(t->underlying())) {
          if (Var* v = rootVar(info, s->x)) heapVars_.insert(v);
        }
        break;
      }
      case NodeKind::SelectorExpr: {
        auto* s = cast<SelectorExpr>(n);
        auto it = info.selections.find(s);
        if (it == info.selections.end() || it->second.kind != SelectionKind::MethodVal) break;
        auto* m = dyn_cast<Func>(it->second.obj);
        if (m && m->hasPtrRecv && !isa<Pointer>(info.typeOf(s->x)->underlying()) &&
            !isInterface(info.typeOf(s->x))) {
          if (Var* v = rootVar(info, s->x)) heapVars_.insert(v);
        }
        break;
      }
      case NodeKind::FuncLit:
        for (Var* v : freeVars(cast<FuncLit>(n))) heapVars_.insert(v);
        break;
      default: break;
    }
    return true;
  });
}

bool IRGen::onHeap(Var* v) const {
  if (esc) {
    if (std::optional<bool> h = esc->varOnHeap(v)) return *h;
  }
  return heapVars_.count(v) != 0;
}

llvm::Value* IRGen::newVarSlot(Var* v) {
  if (onHeap(v)) {
    llvm::Value* p = newObject(v->type);
    p->setName(v->name + ".heap");
    return p;
  }
  return allocaFor(v->type, v->name);
}

}  // namespace minigo::codegen
