// chan.cpp — channel operations and select, lowered to the runtime's Go-style channels
// (runtime/chan.h): make (makechan), send (chansend1), receive (chanrecv1, and
// chanrecv2 for v, ok := <-c), close (closechan), len/cap (chanlen/chancap), for range
// over a channel, and the select statement (selectgo; block for `select {}`;
// selectnbsend/selectnbrecv for one case with a default).
//
// Elements travel by address: a value sent is stored in a slot of this frame first, a
// value received lands in a slot of this frame and is loaded from it. A select
// evaluates every channel operand and every value to send once, in source order, before
// choosing; the left-hand side of a receive case is assigned only when that case runs.
#include "codegen/irgen.h"

#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

Type* IRGen::chanElem(Type* chanType) {
  return cast<Chan>(chanType->underlying())->elem;
}

llvm::Value* IRGen::makeChan(Type* chanType, llvm::Value* size) {
  if (!size) size = llvm::ConstantInt::get(i64, 0);
  return callRuntime("runtime.makechan", {typeDescriptor(chanType), size});
}

void IRGen::chanSend(llvm::Value* c, llvm::Value* v, Type* chanType) {
  Type* elem = chanElem(chanType);
  llvm::Value* slot = v;  // a big value is memory already (memvalues.cpp)
  if (!isBig(elem)) {
    slot = allocaFor(elem, "send");
    b.CreateStore(v, slot);
  }
  callRuntime("runtime.chansend1", {c, slot});
}

llvm::Value* IRGen::chanRecv(llvm::Value* c, Type* chanType, llvm::Value** ok) {
  Type* elem = chanElem(chanType);
  llvm::AllocaInst* slot = allocaFor(elem, "recv");
  if (ok) {
    *ok = callRuntime("runtime.chanrecv2", {c, slot});
  } else {
    callRuntime("runtime.chanrecv1", {c, slot});
  }
  return loadValue(elem, slot);
}

void IRGen::rangeChan(ForStmt* s, Type* chanType, llvm::Value* c,
                      const std::function<void(llvm::Value*)>& bind) {
  Type* elem = chanElem(chanType);
  llvm::AllocaInst* slot = allocaFor(elem, "rangerecv");
  llvm::BasicBlock* condBB = newBlock("chanrange.cond");
  llvm::BasicBlock* bodyBB = newBlock("chanrange.body");
  llvm::BasicBlock* endBB = newBlock("chanrange.end");
  fs->targets[s] = BranchTargets{endBB, condBB};
  b.CreateBr(condBB);
  b.SetInsertPoint(condBB);
  safepointPoll();
  llvm::Value* ok = callRuntime("runtime.chanrecv2", {c, slot});
  b.CreateCondBr(ok, bodyBB, endBB);
  b.SetInsertPoint(bodyBB);
  bind(loadValue(elem, slot));
  fs->loopDepth++;
  stmt(s->body);
  fs->loopDepth--;
  if (!blockTerminated()) b.CreateBr(condBB);
  b.SetInsertPoint(endBB);
}

namespace {

// What a select case does, once its operands are evaluated.
struct SelectCase {
  CommClause* clause;
  bool send = false;
  Type* chanType = nullptr;
  Expr* chanExpr = nullptr;
  Expr* valueExpr = nullptr;  // send
  // receive: the assignment receiving the value (null for a bare <-c), and whether its
  // value (and ok) is used at all.
  AssignStmt* assign = nullptr;
  llvm::Value* c = nullptr;
  llvm::Value* elem = nullptr;  // the element slot (null: value unused)
  int index = -1;               // in selectgo's case array
};

std::vector<Expr*> unpack(Expr* x) {
  if (!x) return {};
  if (auto* l = dyn_cast<ListExpr>(x)) return l->elems;
  return {x};
}

Operation* recvOp(Expr* e) {
  auto* o = dyn_cast<Operation>(unparen(e));
  return o && !o->y && o->op == Operator::Recv ? o : nullptr;
}

}  // namespace

void IRGen::selectStmt(SelectStmt* s) {
  llvm::BasicBlock* endBB = newBlock("select.end");
  fs->targets[s] = BranchTargets{endBB, nullptr};

  std::vector<SelectCase> cases;
  CommClause* dflt = nullptr;
  for (CommClause* cc : s->body) {
    if (!cc->comm) {
      dflt = cc;
      continue;
    }
    SelectCase sc;
    sc.clause = cc;
    if (auto* ss = dyn_cast<SendStmt>(cc->comm)) {
      sc.send = true;
      sc.chanExpr = ss->chan;
      sc.valueExpr = ss->value;
    } else if (auto* es = dyn_cast<ExprStmt>(cc->comm)) {
      sc.chanExpr = recvOp(es->x)->x;
    } else {
      sc.assign = cast<AssignStmt>(cc->comm);
      sc.chanExpr = recvOp(unpack(sc.assign->rhs)[0])->x;
    }
    sc.chanType = typeOf(sc.chanExpr);
    cases.push_back(sc);
  }

  if (cases.empty() && !dflt) {
    // select {}: block forever.
    callNoReturn("runtime.block", {});
    b.CreateBr(endBB);
    b.SetInsertPoint(endBB);
    return;
  }

  // Operands, once each, in source order.
  for (SelectCase& sc : cases) {
    prehoist(sc.chanExpr);
    sc.c = expr(sc.chanExpr);
    Type* elem = chanElem(sc.chanType);
    if (sc.send) {
      prehoist(sc.valueExpr);
      llvm::Value* v = exprTo(sc.valueExpr, elem);
      llvm::AllocaInst* slot = allocaFor(elem, "selsend");
      storeValue(v, slot, elem);
      sc.elem = slot;
    } else if (sc.assign) {
      sc.elem = allocaFor(elem, "selrecv");
    }
  }

  // The chosen case (-1: default) and, for a receive, whether a value came.
  llvm::Value* chosen = nullptr;
  llvm::Value* recvOK = nullptr;
  int ncases = int(cases.size());
  if (ncases == 1 && dflt) {
    // One case and a default: the non-blocking forms.
    SelectCase& sc = cases[0];
    sc.index = 0;
    llvm::Value* elemPtr = sc.elem ? sc.elem : llvm::ConstantPointerNull::get(ptrTy);
    llvm::Value* selected;
    if (sc.send) {
      selected = callRuntime("runtime.selectnbsend", {sc.c, elemPtr});
      recvOK = llvm::ConstantInt::getFalse(ctx);
    } else {
      llvm::AllocaInst* okSlot = allocaFor(u.basic(BasicKind::Bool), "selok");
      selected = callRuntime("runtime.selectnbrecv", {elemPtr, sc.c, okSlot});
      recvOK = b.CreateTrunc(b.CreateLoad(i8, okSlot), i1);
    }
    chosen = b.CreateSelect(selected, llvm::ConstantInt::get(i64, 0),
                            llvm::ConstantInt::get(i64, uint64_t(-1)));
  } else {
    // selectgo: sends first, then receives, each in source order.
    int nsends = 0;
    for (SelectCase& sc : cases) {
      if (sc.send) sc.index = nsends++;
    }
    int nrecvs = 0;
    for (SelectCase& sc : cases) {
      if (!sc.send) sc.index = nsends + nrecvs++;
    }
    auto* scaseTy = llvm::StructType::get(ctx, {ptrTy, ptrTy});
    llvm::IRBuilder<> ab(fs->allocaBlock, fs->allocaBlock->begin());
    llvm::AllocaInst* cas0 = ab.CreateAlloca(
        llvm::ArrayType::get(scaseTy, uint64_t(std::max(ncases, 1))), nullptr, "selcases");
    llvm::AllocaInst* order0 = ab.CreateAlloca(
        llvm::ArrayType::get(i16, uint64_t(2 * std::max(ncases, 1))), nullptr, "selorder");
    for (SelectCase& sc : cases) {
      llvm::Value* at =
          b.CreateConstInBoundsGEP2_32(cas0->getAllocatedType(), cas0, 0, unsigned(sc.index));
      b.CreateStore(sc.c, b.CreateStructGEP(scaseTy, at, 0));
      b.CreateStore(sc.elem ? sc.elem : llvm::ConstantPointerNull::get(ptrTy),
                    b.CreateStructGEP(scaseTy, at, 1));
    }
    llvm::Value* r = callRuntime(
        "runtime.selectgo",
        {cas0, order0, llvm::ConstantInt::get(i64, uint64_t(nsends)),
         llvm::ConstantInt::get(i64, uint64_t(nrecvs)), llvm::ConstantInt::get(i1, dflt ? 0 : 1)});
    chosen = b.CreateExtractValue(r, 0);
    recvOK = b.CreateExtractValue(r, 1);
  }

  // Dispatch to the chosen clause.
  llvm::BasicBlock* defaultBB = dflt ? newBlock("select.default") : endBB;
  llvm::SwitchInst* sw = b.CreateSwitch(chosen, defaultBB, unsigned(cases.size()));
  auto body = [&](CommClause* cc) {
    stmtList(cc->body);
    if (!blockTerminated()) b.CreateBr(endBB);
  };
  for (SelectCase& sc : cases) {
    llvm::BasicBlock* bb = newBlock(sc.send ? "select.send" : "select.recv");
    sw->addCase(llvm::ConstantInt::get(i64, uint64_t(sc.index)), bb);
    b.SetInsertPoint(bb);
    if (sc.assign) {
      // v [, ok] = <-c or v [, ok] := <-c: the received value and ok, as an assignment.
      Type* elem = chanElem(sc.chanType);
      std::vector<llvm::Value*> vals{loadValue(elem, sc.elem), recvOK};
      std::vector<Type*> tys{elem, u.basic(BasicKind::Bool)};
      std::vector<Expr*> lhs = unpack(sc.assign->lhs);
      vals.resize(lhs.size());
      tys.resize(lhs.size());
      if (sc.assign->op == Operator::Def) {
        for (size_t i = 0; i < lhs.size(); i++) {
          auto* n = cast<Name>(lhs[i]);
          if (n->value == "_") continue;
          auto* v = dyn_cast_or_null<Var>(info.objectOf(n));
          if (!v) continue;
          llvm::Value* slot = newVarSlot(v);
          fs->vars[v] = slot;
          storeWithBarrier(convert(vals[i], tys[i], v->type, lhs[i]), slot, v->type);
        }
      } else {
        for (Expr* l : lhs) prehoist(l);
        assign(lhs, vals, tys);
      }
    }
    body(sc.clause);
  }
  if (dflt) {
    b.SetInsertPoint(defaultBB);
    body(dflt);
  }
  b.SetInsertPoint(endBB);
}

}  // namespace minigo::codegen
