// stmt.cpp — statements: declarations, assignments (Go's two-phase order: left-hand
// operands, then right-hand values, then stores left to right), if, for and range,
// expression and type switches with fallthrough, labeled break/continue, return.
#include "codegen/irgen.h"

#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

namespace {

std::vector<Expr*> unpack(Expr* x) {
  if (!x) return {};
  if (auto* l = dyn_cast<ListExpr>(x)) return l->elems;
  return {x};
}

bool isBlank(Expr* e) {
  auto* n = dyn_cast<Name>(unparen(e));
  return n && n->value == "_";
}

}  // namespace

void IRGen::stmtList(const std::vector<Stmt*>& list) {
  for (Stmt* s : list) stmt(s);
}

void IRGen::stmt(Stmt* s0) {
  setDebugLocation(startPos(s0));
  prehoistStmt(s0);
  switch (s0->kind) {
    case NodeKind::EmptyStmt: break;
    case NodeKind::DeclStmt: declStmt(cast<DeclStmt>(s0)); break;
    case NodeKind::LabeledStmt: {
      auto* s = cast<LabeledStmt>(s0);
      stmt(s->stmt);
      break;
    }
    case NodeKind::BlockStmt: stmtList(cast<BlockStmt>(s0)->list); break;
    case NodeKind::ExprStmt: expr(cast<ExprStmt>(s0)->x); break;
    case NodeKind::AssignStmt: assignStmt(cast<AssignStmt>(s0)); break;
    case NodeKind::IfStmt: ifStmt(cast<IfStmt>(s0)); break;
    case NodeKind::ForStmt: {
      auto* s = cast<ForStmt>(s0);
      if (auto* r = dyn_cast_or_null<RangeClause>(s->init)) {
        rangeStmt(s, r);
      } else {
        forStmt(s, nullptr);
      }
      break;
    }
    case NodeKind::SwitchStmt: {
      auto* s = cast<SwitchStmt>(s0);
      if (auto* g = dyn_cast_or_null<TypeSwitchGuard>(s->tag)) {
        typeSwitchStmt(s, g);
      } else {
        switchStmt(s);
      }
      break;
    }
    case NodeKind::ReturnStmt: returnStmt(cast<ReturnStmt>(s0)); break;
    case NodeKind::BranchStmt: branchStmt(cast<BranchStmt>(s0)); break;
    case NodeKind::CallStmt: {
      auto* s = cast<CallStmt>(s0);
      if (s->tok == Tok::Defer) {
        deferStmt(s);
      } else {
        goStmt(s);
      }
      break;
    }
    case NodeKind::SendStmt: {
      auto* s = cast<SendStmt>(s0);
      Type* ct = typeOf(s->chan);
      llvm::Value* c = expr(s->chan);
      chanSend(c, exprTo(s->value, chanElem(ct)), ct);
      break;
    }
    case NodeKind::SelectStmt: selectStmt(cast<SelectStmt>(s0)); break;
    default: unsupported(s0, "statement"); break;
  }
}

void IRGen::declStmt(DeclStmt* s) {
  for (Decl* d : s->decls) {
    auto* vd = dyn_cast<VarDecl>(d);
    if (!vd) continue;  // const and type declarations generate no code
    std::vector<Var*> vars;
    for (Name* n : vd->names) {
      auto* v = dyn_cast_or_null<Var>(info.defs.lookup(n));
      vars.push_back(v);
    }
    std::vector<Expr*> values = unpack(vd->values);
    std::vector<llvm::Value*> vals;
    std::vector<Type*> tys;
    if (values.size() == vars.size()) {
      for (size_t i = 0; i < values.size(); i++) {
        Var* v = vars[i];
        vals.push_back(v ? exprTo(values[i], v->type) : expr(values[i]));
        tys.push_back(v ? v->type : typeOf(values[i]));
      }
    } else if (values.size() == 1) {
      vals = exprValues(values[0], &tys);
      for (size_t i = 0; i < vals.size() && i < vars.size(); i++) {
        if (vars[i]) vals[i] = convert(vals[i], tys[i], vars[i]->type, values[0]);
      }
    }
    for (size_t i = 0; i < vars.size(); i++) {
      Var* v = vars[i];
      if (!v || v->name == "_") continue;
      llvm::Value* slot = newVarSlot(v);
      fs->vars[v] = slot;
      if (i < vals.size()) {
        initStore(vals[i], slot, v->type);
      } else if (!onHeap(v)) {
        zeroInit(slot, v->type);  // memset for a big type; heap cells come zeroed
      }
    }
  }
}

IRGen::LValue IRGen::lvalue(Expr* e0) {
  LValue lv;
  if (isBlank(e0)) {
    lv.blank = true;
    return lv;
  }
  lv.type = typeOf(e0);
  Expr* e = unparen(e0);
  auto toIndex = [&](Expr* ix) { return std::make_pair(expr(ix), typeOf(ix)); };
  if (auto* ix = dyn_cast<IndexExpr>(e)) {
    Type* xt = typeOf(ix->x);
    Type* u = xt->underlying();
    if (auto* mt = dyn_cast<Map>(u)) {
      lv.map = expr(ix->x);
      lv.key = keySlot(exprTo(ix->index, mt->key), mt->key);
      lv.mapType = xt;
      return lv;
    }
    if (auto* sl = dyn_cast<Slice>(u)) {
      llvm::Value* s = expr(ix->x);
      auto [i, it] = toIndex(ix->index);
      Type* elem = sl->elem;
      lv.addrFn = [this, s, i = i, it = it, elem]() -> llvm::Value* {
        boundsCheck(i, it, b.CreateExtractValue(s, 1));
        llvm::Value* idx = isInteger(it) && !isUnsigned(it) ? b.CreateSExtOrTrunc(i, i64)
                                                            : b.CreateZExtOrTrunc(i, i64);
        return b.CreateGEP(llvmType(elem), b.CreateExtractValue(s, 0), idx);
      };
      return lv;
    }
    if (auto* pt = dyn_cast<Pointer>(u)) {
      auto* at = cast<Array>(pt->elem->underlying());
      llvm::Value* p = expr(ix->x);
      auto [i, it] = toIndex(ix->index);
      Type* arrT = pt->elem;
      int64_t n = at->len;
      lv.addrFn = [this, p, i = i, it = it, arrT, n]() -> llvm::Value* {
        llvm::Value* base = nilCheck(p);
        boundsCheck(i, it, llvm::ConstantInt::get(i64, uint64_t(n)));
        llvm::Value* idx = isInteger(it) && !isUnsigned(it) ? b.CreateSExtOrTrunc(i, i64)
                                                            : b.CreateZExtOrTrunc(i, i64);
        return b.CreateGEP(llvmType(arrT), base, {llvm::ConstantInt::get(i64, 0), idx});
      };
      return lv;
    }
    if (auto* at = dyn_cast<Array>(u)) {
      auto inner = std::make_shared<LValue>(lvalue(ix->x));
      auto [i, it] = toIndex(ix->index);
      int64_t n = at->len;
      lv.addrFn = [this, inner, i = i, it = it, xt, n]() -> llvm::Value* {
        llvm::Value* base = resolve(*inner);
        boundsCheck(i, it, llvm::ConstantInt::get(i64, uint64_t(n)));
        llvm::Value* idx = isInteger(it) && !isUnsigned(it) ? b.CreateSExtOrTrunc(i, i64)
                                                            : b.CreateZExtOrTrunc(i, i64);
        return b.CreateGEP(llvmType(xt), base, {llvm::ConstantInt::get(i64, 0), idx});
      };
      return lv;
    }
  }
  if (auto* sel = dyn_cast<SelectorExpr>(e)) {
    auto it = info.selections.find(sel);
    if (it != info.selections.end() && it->second.kind == SelectionKind::FieldVal) {
      std::vector<int> path(it->second.index.begin(), it->second.index.end());
      Type* xt = typeOf(sel->x);
      if (auto* pt = dyn_cast<Pointer>(xt->underlying())) {
        llvm::Value* p = expr(sel->x);
        Type* st = pt->elem;
        lv.addrFn = [this, p, st, path]() -> llvm::Value* {
          Type* ft;
          return fieldAddr(nilCheck(p, fieldOffset(st, path[0])), st, path, &ft);
        };
        return lv;
      }
      auto inner = std::make_shared<LValue>(lvalue(sel->x));
      lv.addrFn = [this, inner, xt, path]() -> llvm::Value* {
        Type* ft;
        return fieldAddr(resolve(*inner), xt, path, &ft);
      };
      return lv;
    }
  }
  if (auto* o = dyn_cast<Operation>(e); o && o->op == Operator::Mul && !o->y) {
    llvm::Value* p = expr(o->x);
    lv.addrFn = [this, p]() -> llvm::Value* { return nilCheck(p); };
    return lv;
  }
  lv.addr = addr(e);
  return lv;
}

llvm::Value* IRGen::resolve(LValue& lv) {
  if (!lv.addr && lv.addrFn) lv.addr = lv.addrFn();
  return lv.addr;
}

void IRGen::storeTo(LValue& lv, llvm::Value* v) {
  if (lv.blank) return;
  if (lv.map) {
    llvm::Value* slot =
        callRuntime("runtime.mapassign", {typeDescriptor(lv.mapType), lv.map, lv.key});
    storeWithBarrier(v, slot, lv.type);
    return;
  }
  storeWithBarrier(v, resolve(lv), lv.type);
}

llvm::Value* IRGen::loadFrom(LValue& lv) {
  if (lv.map) {
    auto* mt = cast<Map>(lv.mapType->underlying());
    llvm::Value* p =
        callRuntime("runtime.mapaccess1", {typeDescriptor(lv.mapType), lv.map, lv.key});
    return loadValue(mt->elem, p);
  }
  return loadValue(lv.type, resolve(lv));
}

// Stores v (of type t) into the location lhs denotes, converting to its type.
void IRGen::store(Expr* lhs, llvm::Value* v, Type* t) {
  if (isBlank(lhs)) return;
  LValue lv = lvalue(lhs);
  storeTo(lv, convert(v, t, lv.type, lhs));
}

void IRGen::assign(const std::vector<Expr*>& lhs, const std::vector<llvm::Value*>& values,
                   const std::vector<Type*>& tys) {
  // Phase one: the left-hand operands. Phase two: stores, left to right.
  std::vector<LValue> lvs;
  for (Expr* e : lhs) lvs.push_back(lvalue(e));
  for (size_t i = 0; i < lhs.size() && i < values.size(); i++) {
    if (lvs[i].blank) continue;
    storeTo(lvs[i], convert(values[i], tys[i], lvs[i].type, lhs[i]));
  }
}

void IRGen::assignStmt(AssignStmt* s) {
  std::vector<Expr*> lhs = unpack(s->lhs);
  if (!s->rhs) {
    // x++ / x--
    Type* t = typeOf(lhs[0]);
    LValue lv = lvalue(lhs[0]);
    llvm::Value* old = loadFrom(lv);
    llvm::Value* one = isFloat(t) ? llvm::ConstantFP::get(llvmType(t), 1.0)
                                  : llvm::ConstantInt::get(llvmType(t), 1);
    storeTo(lv, binaryOp(s->op, old, one, t, s));
    return;
  }
  std::vector<Expr*> rhs = unpack(s->rhs);
  if (s->op == Operator::Def) {
    // New variables get their slots; existing ones are assigned.
    std::vector<llvm::Value*> vals;
    std::vector<Type*> tys;
    if (lhs.size() == rhs.size()) {
      for (size_t i = 0; i < rhs.size(); i++) {
        auto* n = cast<Name>(lhs[i]);
        Object* obj = info.objectOf(n);
        Type* target = obj ? obj->type : typeOf(rhs[i]);
        vals.push_back(exprTo(rhs[i], target));
        tys.push_back(target);
      }
    } else {
      vals = exprValues(rhs[0], &tys);
    }
    for (size_t i = 0; i < lhs.size() && i < vals.size(); i++) {
      auto* n = cast<Name>(lhs[i]);
      if (n->value == "_") continue;
      auto* v = dyn_cast_or_null<Var>(info.objectOf(n));
      if (!v) continue;
      llvm::Value* slot;
      if (info.defs.count(n) && info.defs.lookup(n) == v) {
        slot = newVarSlot(v);
        fs->vars[v] = slot;
      } else {
        slot = varAddr(v, n);
      }
      storeWithBarrier(convert(vals[i], tys[i], v->type, rhs.size() == 1 ? rhs[0] : rhs[i]), slot,
                       v->type);
    }
    return;
  }
  if (s->op != Operator::None) {
    // x op= y
    Type* t = typeOf(lhs[0]);
    LValue lv = lvalue(lhs[0]);
    llvm::Value* old = loadFrom(lv);
    if (s->op == Operator::Shl || s->op == Operator::Shr) {
      llvm::Value* y = expr(rhs[0]);
      storeTo(lv, shift(s->op, old, y, t, typeOf(rhs[0])));
      return;
    }
    llvm::Value* y = exprTo(rhs[0], t);
    storeTo(lv, binaryOp(s->op, old, y, t, s));
    return;
  }
  // lhs = rhs
  std::vector<llvm::Value*> vals;
  std::vector<Type*> tys;
  if (lhs.size() == rhs.size()) {
    if (lhs.size() == 1) {
      if (isBlank(lhs[0])) {
        expr(rhs[0]);
        return;
      }
      LValue lv = lvalue(lhs[0]);
      llvm::Value* v = exprTo(rhs[0], lv.type);
      storeTo(lv, v);
      return;
    }
    // Evaluate the left-hand operands first, then all values, then store.
    std::vector<LValue> lvs;
    for (Expr* e : lhs) lvs.push_back(lvalue(e));
    for (size_t i = 0; i < rhs.size(); i++) {
      Type* lt = lvs[i].blank ? typeOf(rhs[i]) : lvs[i].type;
      vals.push_back(exprTo(rhs[i], lt));
    }
    for (size_t i = 0; i < lhs.size(); i++) storeTo(lvs[i], vals[i]);
    return;
  }
  vals = exprValues(rhs[0], &tys);
  assign(lhs, vals, tys);
}

void IRGen::ifStmt(IfStmt* s) {
  if (s->init) stmt(s->init);
  prehoist(s->cond);
  llvm::Value* cond = expr(s->cond);
  llvm::BasicBlock* thenBB = newBlock("if.then");
  llvm::BasicBlock* elseBB = s->else_ ? newBlock("if.else") : nullptr;
  llvm::BasicBlock* endBB = newBlock("if.end");
  b.CreateCondBr(cond, thenBB, elseBB ? elseBB : endBB);
  b.SetInsertPoint(thenBB);
  stmt(s->then);
  if (!blockTerminated()) b.CreateBr(endBB);
  if (elseBB) {
    b.SetInsertPoint(elseBB);
    stmt(s->else_);
    if (!blockTerminated()) b.CreateBr(endBB);
  }
  b.SetInsertPoint(endBB);
}

void IRGen::forStmt(ForStmt* s, const LabeledStmt*) {
  if (s->init) stmt(s->init);
  llvm::BasicBlock* condBB = newBlock("for.cond");
  llvm::BasicBlock* bodyBB = newBlock("for.body");
  llvm::BasicBlock* postBB = newBlock("for.post");
  llvm::BasicBlock* endBB = newBlock("for.end");
  fs->targets[s] = BranchTargets{endBB, postBB};
  b.CreateBr(condBB);
  b.SetInsertPoint(condBB);
  if (s->cond) {
    prehoist(s->cond);
    b.CreateCondBr(expr(s->cond), bodyBB, endBB);
  } else {
    b.CreateBr(bodyBB);
  }
  b.SetInsertPoint(bodyBB);
  fs->loopDepth++;
  stmt(s->body);
  fs->loopDepth--;
  if (!blockTerminated()) b.CreateBr(postBB);
  b.SetInsertPoint(postBB);
  if (s->post) stmt(s->post);
  safepointPoll();
  b.CreateBr(condBB);
  b.SetInsertPoint(endBB);
}

void IRGen::rangeStmt(ForStmt* s, RangeClause* r) {
  Type* xt = typeOf(r->x);
  Type* u = xt->underlying();
  bool isPtrToArray = false;
  if (auto* p = dyn_cast<Pointer>(u)) {
    u = p->elem->underlying();
    isPtrToArray = true;
  }
  Expr *keyExpr = nullptr, *valExpr = nullptr;
  if (auto* l = dyn_cast_or_null<ListExpr>(r->lhs)) {
    keyExpr = l->elems[0];
    valExpr = l->elems[1];
  } else {
    keyExpr = r->lhs;
  }
  if (keyExpr && isBlank(keyExpr)) keyExpr = nullptr;
  if (valExpr && isBlank(valExpr)) valExpr = nullptr;

  // Iteration variables declared with := are one variable for the whole loop (Go 1.19):
  // their slots are made before the loop starts.
  auto declare = [&](Expr* lhs) {
    if (!lhs || !r->def) return;
    auto* var = dyn_cast_or_null<Var>(info.objectOf(cast<Name>(lhs)));
    if (var && !fs->vars.count(var)) fs->vars[var] = newVarSlot(var);
  };
  declare(keyExpr);
  declare(valExpr);
  auto bind = [&](Expr* lhs, llvm::Value* v, Type* t) {
    if (!lhs) return;
    if (r->def) {
      auto* var = dyn_cast_or_null<Var>(info.objectOf(cast<Name>(lhs)));
      if (!var) return;
      storeWithBarrier(convert(v, t, var->type, lhs), fs->vars[var], var->type);
    } else {
      store(lhs, v, t);
    }
  };

  if (isa<Map>(u)) {
    prehoist(r->x);
    llvm::Value* m = expr(r->x);
    rangeMap(s, xt, m, [&](llvm::Value* k, llvm::Value* v) {
      auto* mt = cast<Map>(u);
      bind(keyExpr, k, mt->key);
      bind(valExpr, v, mt->elem);
    });
    return;
  }
  if (isa<Chan>(u)) {
    prehoist(r->x);
    llvm::Value* c = expr(r->x);
    rangeChan(s, xt, c, [&](llvm::Value* v) { bind(keyExpr, v, cast<Chan>(u)->elem); });
    return;
  }
  if (!isa<Slice>(u) && !isa<Array>(u) && !isString(u)) {
    unsupported(r->x, "range over " + typeString(xt));
    return;
  }
  // With no value variable over an array (or a pointer to one) the length is constant
  // and, as the spec says, the range expression is not evaluated at all.
  bool skipX = !valExpr && isa<Array>(u);
  llvm::Value* x = nullptr;
  if (!skipX) {
    prehoist(r->x);
    x = expr(r->x);
  }
  llvm::Value* len;
  llvm::Value* base = nullptr;  // element pointer base for slices and arrays
  Type* elemT = nullptr;
  if (auto* sl = dyn_cast<Slice>(u)) {
    len = b.CreateExtractValue(x, 1);
    base = b.CreateExtractValue(x, 0);
    elemT = sl->elem;
  } else if (auto* at = dyn_cast<Array>(u)) {
    len = llvm::ConstantInt::get(i64, uint64_t(at->len));
    elemT = at->elem;
    if (skipX) {
      base = nullptr;
    } else if (isPtrToArray) {
      base = at->len > 0 ? nilCheck(x) : x;  // a nil *[N]T panics before the first element
    } else if (isBig(xt)) {
      base = x;  // already a copy (memvalues.cpp)
    } else {
      // range over an array value ranges over a copy
      llvm::AllocaInst* copy = allocaFor(xt, "rangecopy");
      b.CreateStore(x, copy);
      base = copy;
    }
  } else {
    len = b.CreateExtractValue(x, 1);
    base = b.CreateExtractValue(x, 0);
  }

  llvm::AllocaInst* idx = allocaFor(this->u.basic(BasicKind::Int), "range.i");
  llvm::AllocaInst* next = allocaFor(this->u.basic(BasicKind::Int), "range.next");
  b.CreateStore(llvm::ConstantInt::get(i64, 0), idx);
  llvm::BasicBlock* condBB = newBlock("range.cond");
  llvm::BasicBlock* bodyBB = newBlock("range.body");
  llvm::BasicBlock* postBB = newBlock("range.post");
  llvm::BasicBlock* endBB = newBlock("range.end");
  fs->targets[s] = BranchTargets{endBB, postBB};
  b.CreateBr(condBB);
  b.SetInsertPoint(condBB);
  llvm::Value* i = b.CreateLoad(i64, idx);
  b.CreateCondBr(b.CreateICmpSLT(i, len), bodyBB, endBB);
  b.SetInsertPoint(bodyBB);
  i = b.CreateLoad(i64, idx);
  if (isString(u)) {
    // Decode one rune: ASCII inline, the rest by the runtime.
    llvm::Value* byte = b.CreateLoad(i8, b.CreateGEP(i8, base, i));
    llvm::BasicBlock* asciiBB = newBlock("range.ascii");
    llvm::BasicBlock* multiBB = newBlock("range.multibyte");
    llvm::BasicBlock* haveBB = newBlock("range.rune");
    b.CreateCondBr(b.CreateICmpULT(byte, llvm::ConstantInt::get(i8, 0x80)), asciiBB, multiBB);
    b.SetInsertPoint(asciiBB);
    llvm::Value* r1 = b.CreateZExt(byte, i32);
    llvm::Value* n1 = b.CreateAdd(i, llvm::ConstantInt::get(i64, 1));
    b.CreateBr(haveBB);
    b.SetInsertPoint(multiBB);
    auto* decFT =
        llvm::FunctionType::get(llvm::StructType::get(ctx, {i32, i64}), {stringTy, i64}, false);
    llvm::Value* dec = b.CreateCall(mod->getOrInsertFunction("runtime.decoderune", decFT), {x, i});
    llvm::Value* r2 = b.CreateExtractValue(dec, 0);
    llvm::Value* n2 = b.CreateExtractValue(dec, 1);
    b.CreateBr(haveBB);
    b.SetInsertPoint(haveBB);
    llvm::PHINode* rune = b.CreatePHI(i32, 2, "rune");
    rune->addIncoming(r1, asciiBB);
    rune->addIncoming(r2, multiBB);
    llvm::PHINode* nxt = b.CreatePHI(i64, 2, "next");
    nxt->addIncoming(n1, asciiBB);
    nxt->addIncoming(n2, multiBB);
    b.CreateStore(nxt, next);
    bind(keyExpr, i, this->u.basic(BasicKind::Int));
    bind(valExpr, rune, this->u.runeType);
  } else {
    b.CreateStore(b.CreateAdd(i, llvm::ConstantInt::get(i64, 1)), next);
    bind(keyExpr, i, this->u.basic(BasicKind::Int));
    if (valExpr) {
      llvm::Value* ep = b.CreateGEP(llvmType(elemT), base, i);
      bind(valExpr, loadValue(elemT, ep), elemT);
    }
  }
  fs->loopDepth++;
  stmt(s->body);
  fs->loopDepth--;
  if (!blockTerminated()) b.CreateBr(postBB);
  b.SetInsertPoint(postBB);
  b.CreateStore(b.CreateLoad(i64, next), idx);
  safepointPoll();
  b.CreateBr(condBB);
  b.SetInsertPoint(endBB);
}

void IRGen::switchStmt(SwitchStmt* s) {
  if (s->init) stmt(s->init);
  llvm::Value* tag = nullptr;
  Type* tagT = nullptr;
  if (s->tag) {
    tagT = typeOf(s->tag);
    prehoist(s->tag);
    tag = expr(s->tag);
  }
  llvm::BasicBlock* endBB = newBlock("switch.end");
  fs->targets[s] = BranchTargets{endBB, nullptr};
  // One body block per clause; tests run in source order, default last.
  std::vector<llvm::BasicBlock*> bodies;
  for (size_t i = 0; i < s->body.size(); i++) bodies.push_back(newBlock("switch.case"));
  for (size_t i = 0; i + 1 < s->body.size(); i++) fs->caseBodies[s->body[i]] = bodies[i + 1];
  llvm::BasicBlock* defaultBB = endBB;
  for (size_t i = 0; i < s->body.size(); i++) {
    CaseClause* c = s->body[i];
    if (!c->cases) {
      defaultBB = bodies[i];
      continue;
    }
    for (Expr* e : unpack(c->cases)) {
      llvm::Value* match;
      prehoist(e);
      if (tag) {
        Type* et = typeOf(e);
        // Compare in the tag's type, or as interfaces when either side is one.
        Type* cmpT = isInterface(tagT) ? tagT : (isInterface(et) ? et : tagT);
        llvm::Value* v = exprTo(e, cmpT);
        match = compare(Operator::Eql, convert(tag, tagT, cmpT, s->tag), v, cmpT, e);
      } else {
        match = expr(e);
      }
      llvm::BasicBlock* nextTest = newBlock("switch.next");
      b.CreateCondBr(match, bodies[i], nextTest);
      b.SetInsertPoint(nextTest);
    }
  }
  b.CreateBr(defaultBB);
  for (size_t i = 0; i < s->body.size(); i++) {
    b.SetInsertPoint(bodies[i]);
    stmtList(s->body[i]->body);
    if (!blockTerminated()) b.CreateBr(endBB);
  }
  b.SetInsertPoint(endBB);
}

void IRGen::typeSwitchStmt(SwitchStmt* s, TypeSwitchGuard* g) {
  if (s->init) stmt(s->init);
  Type* xt = typeOf(g->x);
  prehoist(g->x);
  llvm::Value* x = expr(g->x);
  llvm::Value* tword = efaceType(x, xt);
  llvm::Value* data = b.CreateExtractValue(x, 1);
  llvm::BasicBlock* endBB = newBlock("typeswitch.end");
  fs->targets[s] = BranchTargets{endBB, nullptr};
  std::vector<llvm::BasicBlock*> bodies;
  for (size_t i = 0; i < s->body.size(); i++) bodies.push_back(newBlock("typeswitch.case"));
  llvm::BasicBlock* defaultBB = endBB;
  size_t defaultIdx = s->body.size();
  std::vector<Type*> singleType(s->body.size(), nullptr);
  for (size_t i = 0; i < s->body.size(); i++) {
    CaseClause* c = s->body[i];
    if (!c->cases) {
      defaultBB = bodies[i];
      defaultIdx = i;
      continue;
    }
    std::vector<Expr*> cases = unpack(c->cases);
    for (Expr* e : cases) {
      const TypeAndValue* tv = info.lookup(e);
      llvm::Value* match;
      if (tv && tv->mode == Mode::NilValue) {
        match = b.CreateICmpEQ(tword, llvm::ConstantPointerNull::get(ptrTy));
      } else {
        Type* T = tv ? tv->type : nullptr;
        if (!T) continue;
        if (cases.size() == 1) singleType[i] = T;
        if (isInterface(T)) {
          // The dynamic type implements T (the runtime checks its method table).
          llvm::Value* tab = callRuntime("runtime.assertE2I2", {typeDescriptor(T), tword});
          match = b.CreateICmpNE(tab, llvm::ConstantPointerNull::get(ptrTy));
        } else {
          match = b.CreateICmpEQ(tword, typeDescriptor(T));
        }
      }
      llvm::BasicBlock* nextTest = newBlock("typeswitch.next");
      b.CreateCondBr(match, bodies[i], nextTest);
      b.SetInsertPoint(nextTest);
    }
  }
  b.CreateBr(defaultBB);
  (void)defaultIdx;
  for (size_t i = 0; i < s->body.size(); i++) {
    b.SetInsertPoint(bodies[i]);
    // The clause's variable: the value of the case's type, or x itself.
    if (auto* v = dyn_cast_or_null<Var>(info.implicits.lookup(s->body[i]))) {
      llvm::Value* slot = newVarSlot(v);
      fs->vars[v] = slot;
      llvm::Value* val;
      if (!singleType[i]) {
        val = x;
      } else if (isInterface(singleType[i])) {
        llvm::Value* ok = nullptr;
        val = convertInterface(x, xt, singleType[i], true, &ok);
      } else {
        val = fromInterfaceData(data, singleType[i]);
      }
      initStore(val, slot, v->type);
    }
    stmtList(s->body[i]->body);
    if (!blockTerminated()) b.CreateBr(endBB);
  }
  b.SetInsertPoint(endBB);
}

void IRGen::returnStmt(ReturnStmt* s) {
  std::vector<Expr*> results = unpack(s->results);
  if (results.empty()) {
    emitReturn({});
    return;
  }
  Tuple* rt = fs->sig->results;
  std::vector<llvm::Value*> vals;
  if (results.size() == tupleLen(rt)) {
    for (size_t i = 0; i < results.size(); i++)
      vals.push_back(exprTo(results[i], rt->vars[i]->type));
  } else {
    std::vector<Type*> tys;
    vals = exprValues(results[0], &tys);
    for (size_t i = 0; i < vals.size(); i++)
      vals[i] = convert(vals[i], tys[i], rt->vars[i]->type, results[0]);
  }
  emitReturn(vals);
}

void IRGen::branchStmt(BranchStmt* s) {
  switch (s->tok) {
    case Tok::Break:
    case Tok::Continue: {
      auto it = fs->targets.find(s->target);
      if (it == fs->targets.end()) {
        unsupported(s, "branch target");
        return;
      }
      llvm::BasicBlock* dest = s->tok == Tok::Break ? it->second.breakBB : it->second.continueBB;
      b.CreateBr(dest);
      b.SetInsertPoint(newBlock("afterbranch"));
      break;
    }
    case Tok::Fallthrough: {
      // Jump to the body of the next clause of the enclosing switch.
      const CaseClause* clause = nullptr;
      for (auto& [c, bb] : fs->caseBodies) {
        const auto& body = c->body;
        if (!body.empty() && body.back() == s) clause = c;
      }
      if (!clause) {
        unsupported(s, "fallthrough here");
        return;
      }
      b.CreateBr(fs->caseBodies[clause]);
      b.SetInsertPoint(newBlock("afterfallthrough"));
      break;
    }
    default: unsupported(s, "goto"); break;
  }
}

}  // namespace minigo::codegen
