// expr.cpp — expressions with Go's semantics: two's-complement wraparound, division
// by zero and the MinInt/-1 case, shifts by any count, string operations through the
// runtime (concatstringN, cmpstring), bounds checks that panic with Go's messages,
// constants from the checker's exact values, conversions.
#include "codegen/irgen.h"

#include <llvm/IR/IntrinsicsX86.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/Support/Casting.h>

#include <optional>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

Type* IRGen::typeOf(const Expr* e) {
  const TypeAndValue* tv = info.lookup(e);
  Type* t = tv ? tv->type : nullptr;
  if (!t) return u.invalid();
  if (isUntyped(t)) return defaultType(t, u);
  return t;
}

namespace {

bool isSigned(Type* t) {
  return isInteger(t) && !isUnsigned(t);
}

}  // namespace

llvm::Value* IRGen::constant(const Constant& c, Type* t, const Node* at) {
  if (isUntyped(t)) t = defaultType(t, u);
  Type* ut = t->underlying();
  if (isInterface(ut)) {
    // A constant converted to an interface: box its default-typed value.
    Type* dt = u.invalid();
    switch (c.kind()) {
      case Constant::Kind::Bool: dt = u.basic(BasicKind::Bool); break;
      case Constant::Kind::String: dt = u.basic(BasicKind::String); break;
      case Constant::Kind::Int: dt = u.basic(BasicKind::Int); break;
      case Constant::Kind::Float: dt = u.basic(BasicKind::Float64); break;
      default: break;
    }
    return toInterface(constant(c, dt, at), dt, t, at);
  }
  auto* bt = dyn_cast<Basic>(ut);
  if (!bt) {
    unsupported(at, "constant of type " + typeString(t));
    return llvm::UndefValue::get(valueType(t));
  }
  llvm::Type* lt = llvmType(t);
  if (bt->info & IsBoolean) return llvm::ConstantInt::get(lt, c.boolVal() ? 1 : 0);
  if (bt->info & IsInteger) {
    auto iv = c.toInt();
    if (!iv) return llvm::ConstantInt::get(lt, 0);
    Constant ic = Constant::makeInt(*iv);
    uint64_t bits = ic.fitsInt64() ? uint64_t(ic.int64Val()) : ic.uint64Val();
    return llvm::ConstantInt::get(lt, bits);
  }
  if (bt->info & IsFloat) {
    if (bt->basicKind == BasicKind::Float32)
      return llvm::ConstantFP::get(lt, double(c.float32Val()));
    return llvm::ConstantFP::get(lt, c.float64Val());
  }
  if (bt->info & IsString) {
    const std::string& s = c.stringVal();
    if (s.empty()) return llvm::Constant::getNullValue(stringTy);
    llvm::Constant* data = b.CreateGlobalStringPtr(s, "go.str", 0, mod.get());
    return llvm::ConstantStruct::get(stringTy, {data, llvm::ConstantInt::get(i64, s.size())});
  }
  unsupported(at, "constant of type " + typeString(t));
  return llvm::UndefValue::get(lt);
}

llvm::Value* IRGen::exprTo(Expr* e, Type* target) {
  const TypeAndValue* tv = info.lookup(e);
  if (tv && tv->mode == Mode::NilValue) return zeroValue(target);
  if (tv && tv->mode == Mode::Constant && tv->value) {
    // Constants are materialized directly in the target type (when compatible).
    if (isInterface(target) || identical(typeOf(e), target)) {
      return isInterface(target) && !isInterface(typeOf(e))
                 ? toInterface(constant(*tv->value, typeOf(e), e), typeOf(e), target, e)
                 : constant(*tv->value, target, e);
    }
  }
  llvm::Value* v = expr(e);
  return convert(v, typeOf(e), target, e);
}

// Implicit conversions of assignability: to an interface, or between types with the
// same representation.
llvm::Value* IRGen::convert(llvm::Value* v, Type* from, Type* to, const Node* at) {
  if (!to || !from || identical(from, to)) return v;
  if (isInterface(to)) {
    if (isInterface(from)) {
      // Statically assignable: the conversion cannot fail (nil stays nil).
      llvm::Value* ok = nullptr;
      return convertInterface(v, from, to, true, &ok);
    }
    return toInterface(v, from, to, at);
  }
  if (v->getType() == valueType(to)) return v;
  unsupported(at, "conversion from " + typeString(from) + " to " + typeString(to));
  return llvm::UndefValue::get(valueType(to));
}

std::vector<llvm::Value*> IRGen::exprValues(Expr* e, std::vector<Type*>* tys) {
  tys->clear();
  const TypeAndValue* tv = info.lookup(e);
  Type* t = tv ? tv->type : nullptr;
  if (auto* tuple = dyn_cast_or_null<Tuple>(t)) {
    // A call with several results, or a comma-ok expression.
    Expr* inner = unparen(e);
    if (auto* a = dyn_cast<AssertExpr>(inner)) {
      llvm::Value* r = typeAssert(a, true);
      for (Var* v : tuple->vars) tys->push_back(v->type);
      return {b.CreateExtractValue(r, 0), b.CreateExtractValue(r, 1)};
    }
    if (auto* ix = dyn_cast<IndexExpr>(inner)) {
      // v, ok := m[k]
      Type* xt = typeOf(ix->x);
      llvm::Value* m = expr(ix->x);
      auto [v, ok] = mapIndexCommaOk(m, xt, exprTo(ix->index, cast<Map>(xt->underlying())->key));
      for (Var* tv2 : tuple->vars) tys->push_back(tv2->type);
      return {v, ok};
    }
    if (auto* c = dyn_cast<CallExpr>(inner)) {
      llvm::Value* r = call(c);
      // Results through memory (one is big): r points to the call's own temporary,
      // whose fields are the values (memvalues.cpp).
      Type* rs = nullptr;
      if (auto* sig = dyn_cast<Signature>(typeOf(c->fun)->underlying());
          sig && resultsInMemory(sig)) {
        rs = resultsStruct(sig);
      }
      std::vector<llvm::Value*> vals;
      for (unsigned i = 0; i < tuple->vars.size(); i++) {
        tys->push_back(tuple->vars[i]->type);
        vals.push_back(rs ? fieldValue(r, rs, i) : b.CreateExtractValue(r, i));
      }
      return vals;
    }
    if (auto* o = dyn_cast<Operation>(inner); o && !o->y && o->op == Operator::Recv) {
      // v, ok := <-c
      llvm::Value* ok = nullptr;
      llvm::Value* v = chanRecv(expr(o->x), typeOf(o->x), &ok);
      for (Var* tv2 : tuple->vars) tys->push_back(tv2->type);
      return {v, ok};
    }
    unsupported(e, "comma-ok form of " + exprString(e));
    return {};
  }
  tys->push_back(typeOf(e));
  return {expr(e)};
}

llvm::Value* IRGen::expr(Expr* e0) {
  const TypeAndValue* tv = info.lookup(e0);
  if (tv && tv->mode == Mode::Constant && tv->value) return constant(*tv->value, tv->type, e0);

  switch (e0->kind) {
    case NodeKind::ParenExpr: return expr(cast<ParenExpr>(e0)->x);
    case NodeKind::Name: {
      auto* n = cast<Name>(e0);
      Object* obj = info.objectOf(n);
      if (auto* v = dyn_cast_or_null<Var>(obj)) {
        if (isBig(v->type)) return loadValue(v->type, varAddr(v, n));
        return b.CreateLoad(llvmType(v->type), varAddr(v, n), n->value);
      }
      if (tv && tv->mode == Mode::NilValue) return zeroValue(typeOf(e0));
      if (auto* f = dyn_cast_or_null<Func>(obj)) return funcValue(f);
      unsupported(e0, "use of " + std::string(n->value) + " as a value");
      return llvm::UndefValue::get(valueType(typeOf(e0)));
    }
    case NodeKind::SelectorExpr: return selector(cast<SelectorExpr>(e0));
    case NodeKind::CallExpr: return call(cast<CallExpr>(e0));
    case NodeKind::Operation: {
      auto* o = cast<Operation>(e0);
      if (!o->y) return unaryOp(o);
      if (o->op == Operator::AndAnd || o->op == Operator::OrOr) return logical(o);
      if (o->op == Operator::Shl || o->op == Operator::Shr) {
        // Operands left to right (C++ leaves the order of arguments open).
        llvm::Value* x = expr(o->x);
        llvm::Value* y = expr(o->y);
        return shift(o->op, x, y, typeOf(o->x), typeOf(o->y));
      }
      if (isComparison(o->op)) {
        // Compare in a common type: an interface if either side is one.
        Type* xt = typeOf(o->x);
        Type* yt = typeOf(o->y);
        Type* t = xt;
        const TypeAndValue* xtv = info.lookup(o->x);
        if (isInterface(yt) && !isInterface(xt)) t = yt;
        if (xtv && xtv->mode == Mode::NilValue) t = yt;
        llvm::Value* x = exprTo(o->x, t);
        llvm::Value* y = exprTo(o->y, t);
        return compare(o->op, x, y, t, o);
      }
      Type* t = typeOf(e0);
      if (o->op == Operator::Add && isString(t)) {
        // Flatten a + b + c into one concatenation.
        std::vector<Expr*> parts;
        std::function<void(Expr*)> collect = [&](Expr* x) {
          auto* p = dyn_cast<Operation>(unparen(x));
          const TypeAndValue* ptv = info.lookup(x);
          bool isConst = ptv && ptv->mode == Mode::Constant;
          if (p && p->y && p->op == Operator::Add && !isConst) {
            collect(p->x);
            collect(p->y);
          } else {
            parts.push_back(x);
          }
        };
        collect(o);
        std::vector<llvm::Value*> vals;
        for (Expr* p : parts) vals.push_back(exprTo(p, t));
        if (vals.size() <= 5) {
          return callRuntime("runtime.concatstring" + std::to_string(vals.size()), vals);
        }
        llvm::ArrayType* at = llvm::ArrayType::get(stringTy, vals.size());
        llvm::AllocaInst* arr = llvm::IRBuilder<>(fs->allocaBlock, fs->allocaBlock->begin())
                                    .CreateAlloca(at, nullptr, "concat");
        for (size_t i = 0; i < vals.size(); i++) {
          b.CreateStore(vals[i], b.CreateConstGEP2_64(at, arr, 0, i));
        }
        return callRuntime("runtime.concatstrings",
                           {arr, llvm::ConstantInt::get(i64, vals.size())});
      }
      llvm::Value* x = exprTo(o->x, t);
      llvm::Value* y = exprTo(o->y, t);
      return binaryOp(o->op, x, y, t, o);
    }
    case NodeKind::IndexExpr: {
      auto* ix = cast<IndexExpr>(e0);
      Type* xt = typeOf(ix->x);
      Type* u = xt->underlying();
      if (isString(u)) {
        llvm::Value* s = expr(ix->x);
        llvm::Value* i = expr(ix->index);
        return stringIndex(s, i, typeOf(ix->index));
      }
      if (isa<Slice>(u) || isa<Pointer>(u)) return loadValue(typeOf(e0), addr(e0));
      if (auto* mt = dyn_cast<Map>(u)) {
        llvm::Value* m = expr(ix->x);
        return mapIndex(m, xt, exprTo(ix->index, mt->key));
      }
      if (auto* at = dyn_cast<Array>(u)) {
        // Index an array value: through a temporary unless it is addressable.
        const TypeAndValue* xtv = info.lookup(ix->x);
        if (xtv && xtv->mode == Mode::Variable) return loadValue(at->elem, addr(e0));
        llvm::Value* tmp;
        if (isBig(xt)) {
          tmp = expr(ix->x);  // already in memory of its own
        } else {
          tmp = allocaFor(xt, "arraytmp");
          b.CreateStore(expr(ix->x), tmp);
        }
        llvm::Value* i = expr(ix->index);
        boundsCheck(i, typeOf(ix->index), llvm::ConstantInt::get(i64, uint64_t(at->len)));
        llvm::Value* i64v =
            isSigned(typeOf(ix->index)) ? b.CreateSExtOrTrunc(i, i64) : b.CreateZExtOrTrunc(i, i64);
        llvm::Value* ep = b.CreateGEP(llvmType(xt), tmp, {llvm::ConstantInt::get(i64, 0), i64v});
        // A big element of the array's own temporary is the value itself.
        return isBig(at->elem) ? ep : b.CreateLoad(llvmType(at->elem), ep);
      }
      unsupported(e0, "index expression on " + typeString(xt));
      return llvm::UndefValue::get(valueType(typeOf(e0)));
    }
    case NodeKind::SliceExpr: return sliceExpr(cast<SliceExpr>(e0));
    case NodeKind::CompositeLit: return compositeLit(cast<CompositeLit>(e0));
    case NodeKind::AssertExpr: return typeAssert(cast<AssertExpr>(e0), false);
    case NodeKind::FuncLit: return funcLit(cast<FuncLit>(e0));
    case NodeKind::KeyValueExpr: unsupported(e0, "key-value expression"); break;
    default: unsupported(e0, "expression " + exprString(e0)); break;
  }
  return llvm::UndefValue::get(valueType(typeOf(e0)));
}

llvm::Value* IRGen::addr(Expr* e0) {
  switch (e0->kind) {
    case NodeKind::ParenExpr: return addr(cast<ParenExpr>(e0)->x);
    case NodeKind::Name: {
      auto* n = cast<Name>(e0);
      if (auto* v = dyn_cast_or_null<Var>(info.objectOf(n))) return varAddr(v, n);
      break;
    }
    case NodeKind::SelectorExpr: {
      auto* s = cast<SelectorExpr>(e0);
      auto it = info.selections.find(s);
      if (it == info.selections.end()) {
        // a qualified identifier: pkg.Var
        if (auto* v = dyn_cast_or_null<Var>(info.uses.lookup(s->sel))) return global(v);
        break;
      }
      if (it->second.kind != SelectionKind::FieldVal) break;
      Type* xt = typeOf(s->x);
      llvm::Value* base;
      Type* baseType;
      if (auto* p = dyn_cast<Pointer>(xt->underlying())) {
        base = nilCheck(expr(s->x), fieldOffset(p->elem, it->second.index[0]));
        baseType = p->elem;
      } else {
        base = addr(s->x);
        baseType = xt;
      }
      Type* ft;
      return fieldAddr(base, baseType, it->second.index, &ft);
    }
    case NodeKind::Operation: {
      auto* o = cast<Operation>(e0);
      if (o->op == Operator::Mul && !o->y) return nilCheck(expr(o->x));
      break;
    }
    case NodeKind::CompositeLit: {
      // Taking the address of a composite literal (or a method call on one): a new
      // object initialized with it.
      Type* lt = typeOf(e0);
      auto* cl = cast<CompositeLit>(e0);
      llvm::Value* p = newObjectOr(lt, esc && !esc->ptrLitEscapes(cl));
      llvm::Value* v =
          isa<Pointer>(lt->underlying()) ? compositeLit(cl) : compositeValue(cl, lt, p);
      if (v != p) initStore(v, p, lt);
      return p;
    }
    case NodeKind::IndexExpr: {
      auto* ix = cast<IndexExpr>(e0);
      Type* xt = typeOf(ix->x);
      Type* u = xt->underlying();
      if (auto* sl = dyn_cast<Slice>(u)) {
        llvm::Value* s = expr(ix->x);
        llvm::Value* i = expr(ix->index);
        boundsCheck(i, typeOf(ix->index), b.CreateExtractValue(s, 1));
        llvm::Value* idx =
            isSigned(typeOf(ix->index)) ? b.CreateSExtOrTrunc(i, i64) : b.CreateZExtOrTrunc(i, i64);
        return b.CreateGEP(llvmType(sl->elem), b.CreateExtractValue(s, 0), idx);
      }
      if (auto* pt = dyn_cast<Pointer>(u)) {
        // p[i] for p of type *[N]T
        auto* at = cast<Array>(pt->elem->underlying());
        llvm::Value* base = nilCheck(expr(ix->x));
        llvm::Value* i = expr(ix->index);
        boundsCheck(i, typeOf(ix->index), llvm::ConstantInt::get(i64, uint64_t(at->len)));
        llvm::Value* idx =
            isSigned(typeOf(ix->index)) ? b.CreateSExtOrTrunc(i, i64) : b.CreateZExtOrTrunc(i, i64);
        return b.CreateGEP(llvmType(pt->elem), base, {llvm::ConstantInt::get(i64, 0), idx});
      }
      if (auto* at = dyn_cast<Array>(u)) {
        llvm::Value* base = addr(ix->x);
        llvm::Value* i = expr(ix->index);
        boundsCheck(i, typeOf(ix->index), llvm::ConstantInt::get(i64, uint64_t(at->len)));
        llvm::Value* idx =
            isSigned(typeOf(ix->index)) ? b.CreateSExtOrTrunc(i, i64) : b.CreateZExtOrTrunc(i, i64);
        return b.CreateGEP(llvmType(xt), base, {llvm::ConstantInt::get(i64, 0), idx});
      }
      break;
    }
    default: break;
  }
  unsupported(e0, "taking the address of " + exprString(e0));
  return allocaFor(typeOf(e0), "bad");
}

void IRGen::boundsCheck(llvm::Value* i, Type* it, llvm::Value* len) {
  llvm::Value* idx = isSigned(it) ? b.CreateSExtOrTrunc(i, i64) : b.CreateZExtOrTrunc(i, i64);
  // One unsigned comparison catches negative indices too.
  llvm::Value* ok = b.CreateICmpULT(idx, len);
  llvm::BasicBlock* okBB = newBlock("index.ok");
  llvm::BasicBlock* failBB = newBlock("index.fail");
  b.CreateCondBr(ok, okBB, failBB, llvm::MDBuilder(ctx).createBranchWeights(1 << 20, 1));
  b.SetInsertPoint(failBB);
  callRuntime(isSigned(it) ? "runtime.panicIndex" : "runtime.panicIndexU", {idx, len});
  b.CreateUnreachable();
  b.SetInsertPoint(okBB);
}

llvm::Value* IRGen::stringIndex(llvm::Value* s, llvm::Value* i, Type* it) {
  llvm::Value* len = b.CreateExtractValue(s, 1);
  boundsCheck(i, it, len);
  llvm::Value* idx = isSigned(it) ? b.CreateSExtOrTrunc(i, i64) : b.CreateZExtOrTrunc(i, i64);
  return b.CreateLoad(i8, b.CreateGEP(i8, b.CreateExtractValue(s, 0), idx));
}

llvm::Value* IRGen::unaryOp(Operation* e) {
  Type* t = typeOf(e);
  switch (e->op) {
    case Operator::Add: return expr(e->x);
    case Operator::Sub: {
      llvm::Value* x = exprTo(e->x, t);
      return isFloat(t) ? b.CreateFNeg(x) : b.CreateNeg(x);
    }
    case Operator::Xor: return b.CreateNot(exprTo(e->x, t));
    case Operator::Not: return b.CreateNot(expr(e->x));
    case Operator::Mul: return loadValue(t, nilCheck(expr(e->x)));
    case Operator::And: return addr(unparen(e->x));
    case Operator::Recv: {
      if (fs) {
        if (auto it = fs->hoistedRecv.find(e); it != fs->hoistedRecv.end()) {
          llvm::Value* v = it->second;
          fs->hoistedRecv.erase(it);
          return v;
        }
      }
      return chanRecv(expr(e->x), typeOf(e->x), nullptr);
    }
    default: unsupported(e, "unary operator"); break;
  }
  return llvm::UndefValue::get(valueType(t));
}

llvm::Value* IRGen::logical(Operation* e) {
  // Short-circuit evaluation.
  llvm::Value* x = expr(e->x);
  llvm::BasicBlock* fromBB = b.GetInsertBlock();
  llvm::BasicBlock* rhsBB = newBlock(e->op == Operator::AndAnd ? "and.rhs" : "or.rhs");
  llvm::BasicBlock* endBB = newBlock(e->op == Operator::AndAnd ? "and.end" : "or.end");
  if (e->op == Operator::AndAnd) {
    b.CreateCondBr(x, rhsBB, endBB);
  } else {
    b.CreateCondBr(x, endBB, rhsBB);
  }
  b.SetInsertPoint(rhsBB);
  prehoist(e->y);
  llvm::Value* y = expr(e->y);
  llvm::BasicBlock* rhsEnd = b.GetInsertBlock();
  b.CreateBr(endBB);
  b.SetInsertPoint(endBB);
  llvm::PHINode* phi = b.CreatePHI(i1, 2);
  phi->addIncoming(llvm::ConstantInt::get(i1, e->op == Operator::OrOr ? 1 : 0), fromBB);
  phi->addIncoming(y, rhsEnd);
  return phi;
}

llvm::Value* IRGen::binaryOp(Operator op, llvm::Value* x, llvm::Value* y, Type* t, const Node* at) {
  if (isString(t)) {
    if (op == Operator::Add) return callRuntime("runtime.concatstring2", {x, y});
    unsupported(at, "operator on strings");
    return x;
  }
  if (isFloat(t)) {
    switch (op) {
      case Operator::Add: return b.CreateFAdd(x, y);
      case Operator::Sub: return b.CreateFSub(x, y);
      case Operator::Mul: return b.CreateFMul(x, y);
      case Operator::Div: return b.CreateFDiv(x, y);
      default: break;
    }
    unsupported(at, "operator on floats");
    return x;
  }
  if (isBoolean(t)) {
    switch (op) {
      case Operator::And: return b.CreateAnd(x, y);
      case Operator::Or: return b.CreateOr(x, y);
      default: break;
    }
  }
  if (!isInteger(t)) {
    unsupported(at, "operator " + std::string(operatorString(op)) + " on " + typeString(t));
    return x;
  }
  bool sign = isSigned(t);
  switch (op) {
    case Operator::Add: return b.CreateAdd(x, y);
    case Operator::Sub: return b.CreateSub(x, y);
    case Operator::Mul: return b.CreateMul(x, y);
    case Operator::And: return b.CreateAnd(x, y);
    case Operator::Or: return b.CreateOr(x, y);
    case Operator::Xor: return b.CreateXor(x, y);
    case Operator::AndNot: return b.CreateAnd(x, b.CreateNot(y));
    case Operator::Div:
    case Operator::Rem: {
      // Division by zero panics; x / -1 is -x and x % -1 is 0 (no overflow trap).
      llvm::Value* zero = llvm::ConstantInt::get(y->getType(), 0);
      if (!llvm::isa<llvm::ConstantInt>(y) || cast<llvm::ConstantInt>(y)->isZero()) {
        llvm::BasicBlock* okBB = newBlock("div.ok");
        llvm::BasicBlock* failBB = newBlock("div.zero");
        b.CreateCondBr(b.CreateICmpEQ(y, zero), failBB, okBB,
                       llvm::MDBuilder(ctx).createBranchWeights(1, 1 << 20));
        b.SetInsertPoint(failBB);
        callRuntime("runtime.panicdivide", {});
        b.CreateUnreachable();
        b.SetInsertPoint(okBB);
      }
      if (!sign) return op == Operator::Div ? b.CreateUDiv(x, y) : b.CreateURem(x, y);
      if (auto* c = dyn_cast<llvm::ConstantInt>(y); c && !c->isMinusOne()) {
        return op == Operator::Div ? b.CreateSDiv(x, y) : b.CreateSRem(x, y);
      }
      // A divisor of -1 would trap on MinInt / -1; Go defines the result instead.
      llvm::Value* minus1 = b.CreateICmpEQ(y, llvm::ConstantInt::getSigned(y->getType(), -1));
      llvm::Value* safeY = b.CreateSelect(minus1, llvm::ConstantInt::get(y->getType(), 1), y);
      if (op == Operator::Div)
        return b.CreateSelect(minus1, b.CreateNeg(x), b.CreateSDiv(x, safeY));
      return b.CreateSelect(minus1, zero, b.CreateSRem(x, safeY));
    }
    default: break;
  }
  unsupported(at, "operator " + std::string(operatorString(op)));
  return x;
}

llvm::Value* IRGen::shift(Operator op, llvm::Value* x, llvm::Value* y, Type* xt, Type* yt) {
  // Go: a shift count >= the width gives 0 (or the sign for >> of a negative signed
  // value); a negative signed count panics.
  unsigned width = x->getType()->getIntegerBitWidth();
  llvm::Value* count = y;
  if (isSigned(yt)) {
    llvm::BasicBlock* okBB = newBlock("shift.ok");
    llvm::BasicBlock* failBB = newBlock("shift.negative");
    b.CreateCondBr(b.CreateICmpSLT(y, llvm::ConstantInt::get(y->getType(), 0)), failBB, okBB,
                   llvm::MDBuilder(ctx).createBranchWeights(1, 1 << 20));
    b.SetInsertPoint(failBB);
    callRuntime("runtime.panicshift", {});
    b.CreateUnreachable();
    b.SetInsertPoint(okBB);
  }
  count = b.CreateZExtOrTrunc(y, i64);
  llvm::Value* big = b.CreateICmpUGE(count, llvm::ConstantInt::get(i64, width));
  llvm::Value* c = b.CreateTrunc(count, x->getType());
  llvm::Value* clamped = b.CreateSelect(big, llvm::ConstantInt::get(x->getType(), width - 1), c);
  if (op == Operator::Shl) {
    return b.CreateSelect(big, llvm::ConstantInt::get(x->getType(), 0), b.CreateShl(x, clamped));
  }
  if (isSigned(xt)) return b.CreateAShr(x, clamped);
  return b.CreateSelect(big, llvm::ConstantInt::get(x->getType(), 0), b.CreateLShr(x, clamped));
}

llvm::Value* IRGen::compare(Operator op, llvm::Value* x, llvm::Value* y, Type* t, const Node* at) {
  Type* u = t->underlying();
  if (isString(u)) {
    if (op == Operator::Eql || op == Operator::Neq) {
      // Equal lengths and equal bytes.
      llvm::Value* lx = b.CreateExtractValue(x, 1);
      llvm::Value* ly = b.CreateExtractValue(y, 1);
      llvm::BasicBlock* fromBB = b.GetInsertBlock();
      llvm::BasicBlock* bytesBB = newBlock("streq.bytes");
      llvm::BasicBlock* endBB = newBlock("streq.end");
      b.CreateCondBr(b.CreateICmpEQ(lx, ly), bytesBB, endBB);
      b.SetInsertPoint(bytesBB);
      llvm::Value* eq = callRuntime("runtime.memequal",
                                    {b.CreateExtractValue(x, 0), b.CreateExtractValue(y, 0), lx});
      llvm::BasicBlock* bytesEnd = b.GetInsertBlock();
      b.CreateBr(endBB);
      b.SetInsertPoint(endBB);
      llvm::PHINode* phi = b.CreatePHI(i1, 2);
      phi->addIncoming(llvm::ConstantInt::get(i1, 0), fromBB);
      phi->addIncoming(eq, bytesEnd);
      return op == Operator::Eql ? static_cast<llvm::Value*>(phi) : b.CreateNot(phi);
    }
    llvm::Value* c = callRuntime("runtime.cmpstring", {x, y});
    llvm::Value* zero = llvm::ConstantInt::get(i64, 0);
    switch (op) {
      case Operator::Lss: return b.CreateICmpSLT(c, zero);
      case Operator::Leq: return b.CreateICmpSLE(c, zero);
      case Operator::Gtr: return b.CreateICmpSGT(c, zero);
      default: return b.CreateICmpSGE(c, zero);
    }
  }
  if (isFloat(u)) {
    switch (op) {
      case Operator::Eql: return b.CreateFCmpOEQ(x, y);
      case Operator::Neq: return b.CreateFCmpUNE(x, y);
      case Operator::Lss: return b.CreateFCmpOLT(x, y);
      case Operator::Leq: return b.CreateFCmpOLE(x, y);
      case Operator::Gtr: return b.CreateFCmpOGT(x, y);
      default: return b.CreateFCmpOGE(x, y);
    }
  }
  if (isInteger(u) || isBoolean(u) || isa<Pointer>(u) || isa<Chan>(u) || isa<Map>(u) ||
      isa<Signature>(u) ||
      (isa<Basic>(u) && cast<Basic>(u)->basicKind == BasicKind::UnsafePointer)) {
    bool sign = isSigned(u);
    switch (op) {
      case Operator::Eql: return b.CreateICmpEQ(x, y);
      case Operator::Neq: return b.CreateICmpNE(x, y);
      case Operator::Lss: return sign ? b.CreateICmpSLT(x, y) : b.CreateICmpULT(x, y);
      case Operator::Leq: return sign ? b.CreateICmpSLE(x, y) : b.CreateICmpULE(x, y);
      case Operator::Gtr: return sign ? b.CreateICmpSGT(x, y) : b.CreateICmpUGT(x, y);
      default: return sign ? b.CreateICmpSGE(x, y) : b.CreateICmpUGE(x, y);
    }
  }
  if (isa<Slice>(u)) {
    // Only comparison with nil is allowed: compare the data pointer.
    llvm::Value* eq = b.CreateICmpEQ(b.CreateExtractValue(x, 0), b.CreateExtractValue(y, 0));
    return op == Operator::Eql ? eq : b.CreateNot(eq);
  }
  if (isa<Struct>(u) || isa<Array>(u)) {
    llvm::Value* eq = equal(x, y, t, at);
    return op == Operator::Eql ? eq : b.CreateNot(eq);
  }
  if (auto* it = dyn_cast<Interface>(u); it && !it->allMethods.empty()) {
    // Same itab, and equal values by the dynamic type's equality.
    llvm::Value* tx = b.CreateExtractValue(x, 0);
    llvm::Value* ty = b.CreateExtractValue(y, 0);
    llvm::BasicBlock* fromBB = b.GetInsertBlock();
    llvm::BasicBlock* dataBB = newBlock("ifaceeq.data");
    llvm::BasicBlock* endBB = newBlock("ifaceeq.end");
    b.CreateCondBr(b.CreateICmpEQ(tx, ty), dataBB, endBB);
    b.SetInsertPoint(dataBB);
    llvm::Value* eq = callRuntime("runtime.ifaceeq",
                                  {tx, b.CreateExtractValue(x, 1), b.CreateExtractValue(y, 1)});
    llvm::BasicBlock* dataEnd = b.GetInsertBlock();
    b.CreateBr(endBB);
    b.SetInsertPoint(endBB);
    llvm::PHINode* phi = b.CreatePHI(i1, 2);
    phi->addIncoming(llvm::ConstantInt::get(i1, 0), fromBB);
    phi->addIncoming(eq, dataEnd);
    return op == Operator::Eql ? static_cast<llvm::Value*>(phi) : b.CreateNot(phi);
  }
  if (auto* it = dyn_cast<Interface>(u); it && it->allMethods.empty()) {
    // Same dynamic type, and equal values by that type's equality.
    llvm::Value* tx = b.CreateExtractValue(x, 0);
    llvm::Value* ty = b.CreateExtractValue(y, 0);
    llvm::BasicBlock* fromBB = b.GetInsertBlock();
    llvm::BasicBlock* dataBB = newBlock("ifaceeq.data");
    llvm::BasicBlock* endBB = newBlock("ifaceeq.end");
    b.CreateCondBr(b.CreateICmpEQ(tx, ty), dataBB, endBB);
    b.SetInsertPoint(dataBB);
    llvm::Value* eq = callRuntime("runtime.efaceeq",
                                  {tx, b.CreateExtractValue(x, 1), b.CreateExtractValue(y, 1)});
    llvm::BasicBlock* dataEnd = b.GetInsertBlock();
    b.CreateBr(endBB);
    b.SetInsertPoint(endBB);
    llvm::PHINode* phi = b.CreatePHI(i1, 2);
    phi->addIncoming(llvm::ConstantInt::get(i1, 0), fromBB);
    phi->addIncoming(eq, dataEnd);
    return op == Operator::Eql ? static_cast<llvm::Value*>(phi) : b.CreateNot(phi);
  }
  unsupported(at, "comparison of " + typeString(t));
  return llvm::ConstantInt::get(i1, 0);
}

llvm::Value* IRGen::sliceExpr(SliceExpr* e) {
  Type* xt = typeOf(e->x);
  Type* u = xt->underlying();
  // The operand: data pointer, length and capacity; and the element type.
  llvm::Value *base, *len, *cap;
  Type* elem = nullptr;
  bool isStr = isString(u);
  bool isSlice = false;
  if (isStr) {
    llvm::Value* s = expr(e->x);
    base = b.CreateExtractValue(s, 0);
    len = cap = b.CreateExtractValue(s, 1);
  } else if (auto* sl = dyn_cast<Slice>(u)) {
    llvm::Value* s = expr(e->x);
    base = b.CreateExtractValue(s, 0);
    len = b.CreateExtractValue(s, 1);
    cap = b.CreateExtractValue(s, 2);
    elem = sl->elem;
    isSlice = true;
  } else {
    Array* at = dyn_cast<Array>(u);
    if (auto* pt = dyn_cast<Pointer>(u)) {
      at = dyn_cast<Array>(pt->elem->underlying());
      base = at ? nilCheck(expr(e->x)) : nullptr;
    } else {
      base = at ? addr(e->x) : nullptr;
    }
    if (!at) {
      unsupported(e, "slice expression on " + typeString(xt));
      return llvm::UndefValue::get(valueType(typeOf(e)));
    }
    len = cap = llvm::ConstantInt::get(i64, uint64_t(at->len));
    elem = at->elem;
  }

  // Indices, converted to int; the panics name the index as its type prints.
  struct Index {
    llvm::Value* v;
    bool isSigned;
  };
  auto index = [&](Expr* ex) -> Index {
    Type* t = typeOf(ex);
    llvm::Value* v = expr(ex);
    bool sgn = isSigned(t);
    return {sgn ? b.CreateSExtOrTrunc(v, i64) : b.CreateZExtOrTrunc(v, i64), sgn};
  };
  auto check = [&](const Index& x, llvm::Value* bound, const std::string& panicFn) {
    // One unsigned comparison also rejects negative indices.
    llvm::BasicBlock* okBB = newBlock("slice.ok");
    llvm::BasicBlock* failBB = newBlock("slice.fail");
    b.CreateCondBr(b.CreateICmpULE(x.v, bound), okBB, failBB,
                   llvm::MDBuilder(ctx).createBranchWeights(1 << 20, 1));
    b.SetInsertPoint(failBB);
    callRuntime("runtime." + panicFn + (x.isSigned ? "" : "U"), {x.v, bound});
    b.CreateUnreachable();
    b.SetInsertPoint(okBB);
  };
  // Evaluated left to right, checked right to left as Go does (max, then high, then low).
  Index lo{llvm::ConstantInt::get(i64, 0), true};
  std::optional<Index> hi, max;
  if (e->index[0]) lo = index(e->index[0]);
  if (e->index[1]) hi = index(e->index[1]);
  if (e->full && e->index[2]) max = index(e->index[2]);
  llvm::Value* hiV;
  llvm::Value* maxV;
  if (max) {
    check(*max, cap, isSlice ? "panicSlice3Acap" : "panicSlice3Alen");
    check(*hi, max->v, "panicSlice3B");
    check(lo, hi->v, "panicSlice3C");
    hiV = hi->v;
    maxV = max->v;
  } else {
    if (hi) {
      check(*hi, isStr ? len : cap, isSlice ? "panicSliceAcap" : "panicSliceAlen");
      hiV = hi->v;
    } else {
      hiV = len;
    }
    if (e->index[0]) check(lo, hiV, "panicSliceB");
    maxV = cap;
  }
  llvm::Value* newLen = b.CreateSub(hiV, lo.v);
  llvm::Value* newCap = isStr ? newLen : b.CreateSub(maxV, lo.v);
  // The new data pointer; an empty result keeps the old one rather than pointing past
  // the end of the object (the collector must never see such a pointer).
  llvm::Value* moved =
      isStr ? b.CreateGEP(i8, base, lo.v) : b.CreateGEP(llvmType(elem), base, lo.v);
  llvm::Value* ptr =
      b.CreateSelect(b.CreateICmpEQ(newCap, llvm::ConstantInt::get(i64, 0)), base, moved);
  if (isStr) {
    llvm::Value* r = llvm::UndefValue::get(stringTy);
    r = b.CreateInsertValue(r, ptr, 0);
    return b.CreateInsertValue(r, newLen, 1);
  }
  llvm::Value* r = llvm::UndefValue::get(sliceTy);
  r = b.CreateInsertValue(r, ptr, 0);
  r = b.CreateInsertValue(r, newLen, 1);
  return b.CreateInsertValue(r, newCap, 2);
}

}  // namespace minigo::codegen
