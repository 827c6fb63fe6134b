// call.cpp — function calls (argument conversion, variadic packing, multi-value
// forwarding f(g())), explicit conversions T(x), and the builtins.
#include "codegen/irgen.h"

#include <llvm/IR/IntrinsicsX86.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

namespace {

bool isSigned(Type* t) {
  return isInteger(t) && !isUnsigned(t);
}

}  // namespace

llvm::Value* IRGen::newObject(Type* t) {
  return callRuntime("runtime.newobject", {typeDescriptor(t)});
}

// A new slice of len (and cap) elements of type elem, zeroed, on the heap.
llvm::Value* IRGen::makeSlice(Type* elem, llvm::Value* len, llvm::Value* cap) {
  if (!cap) cap = len;
  llvm::Value* p = callRuntime("runtime.makeslice", {typeDescriptor(elem), len, cap});
  llvm::Value* s = llvm::UndefValue::get(sliceTy);
  s = b.CreateInsertValue(s, p, 0);
  s = b.CreateInsertValue(s, len, 1);
  return b.CreateInsertValue(s, cap, 2);
}

llvm::Value* IRGen::dddSlice(CallExpr* e, Type* elem, const std::vector<llvm::Value*>& elems) {
  size_t n = elems.size();
  llvm::Value* s = esc && !esc->dddEscapes(e)
                       ? stackSlice(elem, n, n)
                       : makeSlice(elem, llvm::ConstantInt::get(i64, n), nullptr);
  llvm::Value* base = b.CreateExtractValue(s, 0);
  for (size_t i = 0; i < n; i++) {
    initStore(elems[i], b.CreateGEP(llvmType(elem), base, llvm::ConstantInt::get(i64, i)), elem);
  }
  return s;
}

std::vector<llvm::Value*> IRGen::callArgs(CallExpr* e, Signature* sig, size_t* unpacked) {
  if (unpacked) *unpacked = 0;
  size_t npars = tupleLen(sig->params);
  auto paramType = [&](size_t i) { return sig->params->vars[i]->type; };
  std::vector<llvm::Value*> vals;
  std::vector<Type*> tys;
  // Evaluate the arguments in order (a single multi-value call spreads over them); their
  // calls first, as Go's compiler does (order.cpp).
  for (Expr* a : e->args) prehoist(a);
  if (e->args.size() == 1 &&
      isa<Tuple>(info.lookup(e->args[0]) ? info.lookup(e->args[0])->type : nullptr)) {
    vals = exprValues(e->args[0], &tys);
  } else {
    for (size_t i = 0; i < e->args.size(); i++) {
      Expr* a = e->args[i];
      Type* target = nullptr;
      if (sig->variadic && i + 1 >= npars && !e->hasDots) {
        target = cast<Slice>(paramType(npars - 1))->elem;
      } else if (i < npars) {
        target = paramType(i);
      }
      vals.push_back(target ? exprTo(a, target) : expr(a));
      tys.push_back(target ? target : typeOf(a));
    }
  }
  std::vector<llvm::Value*> args;
  size_t fixed = sig->variadic ? npars - 1 : npars;
  for (size_t i = 0; i < fixed && i < vals.size(); i++) {
    args.push_back(convert(vals[i], tys[i], paramType(i), e));
  }
  if (sig->variadic) {
    Type* st = paramType(npars - 1);
    if (e->hasDots) {
      args.push_back(convert(vals.back(), tys.back(), st, e));
    } else if (vals.size() <= fixed) {
      args.push_back(zeroValue(st));  // no variadic arguments: a nil slice
    } else {
      Type* elem = cast<Slice>(st)->elem;
      std::vector<llvm::Value*> elems;
      for (size_t i = fixed; i < vals.size(); i++) {
        elems.push_back(convert(vals[i], tys[i], elem, e));
      }
      if (unpacked) {
        *unpacked = elems.size();
        args.insert(args.end(), elems.begin(), elems.end());
      } else {
        args.push_back(dddSlice(e, elem, elems));
      }
    }
  }
  return args;
}

namespace {

// Go's float → integer conversion as amd64 does it (LLVM's fptosi would be poison out
// of range): int64/int from CVTTSD2SQ (0x8000000000000000 for NaN and out-of-range
// values); int32, int16, int8, uint16 and uint8 from the 32-bit CVTTSD2SL, truncated
// (0x80000000 out of range); uint32 from the 64-bit conversion, truncated; uint64 as
// Go's generic lowering: x < 2^63 ? cvt(x) : cvt(x - 2^63) | 1<<63.
llvm::Value* floatToInt(llvm::IRBuilder<>& b, llvm::Module* m, llvm::Value* v, bool toSigned,
                        unsigned bits) {
  bool is32 = v->getType()->isFloatTy();
  auto cvt = [&](llvm::Value* x, bool wide) -> llvm::Value* {
    llvm::Intrinsic::ID id;
    if (wide) {
      id = is32 ? llvm::Intrinsic::x86_sse_cvttss2si64 : llvm::Intrinsic::x86_sse2_cvttsd2si64;
    } else {
      id = is32 ? llvm::Intrinsic::x86_sse_cvttss2si : llvm::Intrinsic::x86_sse2_cvttsd2si;
    }
    llvm::Type* vt = llvm::FixedVectorType::get(x->getType(), is32 ? 4 : 2);
    llvm::Value* vec = b.CreateInsertElement(llvm::UndefValue::get(vt), x, uint64_t(0));
    return b.CreateCall(llvm::Intrinsic::getDeclaration(m, id), {vec});
  };
  if (bits == 64 && toSigned) return cvt(v, true);
  if (bits == 64) {
    llvm::Value* two63 = llvm::ConstantFP::get(v->getType(), 9223372036854775808.0);
    llvm::Value* small = b.CreateFCmpOLT(v, two63);
    llvm::Value* lo = cvt(v, true);
    llvm::Value* hi = b.CreateOr(cvt(b.CreateFSub(v, two63), true),
                                 llvm::ConstantInt::get(b.getInt64Ty(), uint64_t(1) << 63));
    return b.CreateSelect(small, lo, hi);
  }
  if (bits == 32 && !toSigned) return b.CreateTrunc(cvt(v, true), b.getInt32Ty());
  llvm::Value* r = cvt(v, false);  // i32
  return bits == 32 ? r : b.CreateTrunc(r, b.getIntNTy(bits));
}

}  // namespace

llvm::Value* IRGen::call(CallExpr* e) {
  if (llvm::Value* v = takeHoisted(e)) return v;
  const TypeAndValue* ftv = info.lookup(e->fun);
  if (ftv && ftv->mode == Mode::TypeExpr) {
    // Conversion T(x).
    Type* to = ftv->type;
    Expr* arg = e->args[0];
    Type* from = typeOf(arg);
    const TypeAndValue* atv = info.lookup(arg);
    if (atv && atv->mode == Mode::NilValue) return zeroValue(to);
    llvm::Value* v = expr(arg);
    Type* fu = from->underlying();
    Type* tu = to->underlying();
    if (isInterface(tu)) return convert(v, from, to, e);
    if (isInteger(fu) && isInteger(tu)) {
      return isSigned(fu) ? b.CreateSExtOrTrunc(v, llvmType(to))
                          : b.CreateZExtOrTrunc(v, llvmType(to));
    }
    if (isInteger(fu) && isFloat(tu)) {
      return isSigned(fu) ? b.CreateSIToFP(v, llvmType(to)) : b.CreateUIToFP(v, llvmType(to));
    }
    if (isFloat(fu) && isInteger(tu)) {
      return floatToInt(b, mod.get(), v, isSigned(tu), unsigned(goSize(tu) * 8));
    }
    if (isFloat(fu) && isFloat(tu)) return b.CreateFPCast(v, llvmType(to));
    if (isInteger(fu) && isString(tu)) {
      llvm::Value* r = isSigned(fu) ? b.CreateSExtOrTrunc(v, i64) : b.CreateZExtOrTrunc(v, i64);
      if (isUnsigned(fu) && goSize(fu) == 8) {
        // Values above MaxInt64 are not runes either: keep them invalid.
        r = b.CreateSelect(b.CreateICmpSLT(r, llvm::ConstantInt::get(i64, 0)),
                           llvm::ConstantInt::get(i64, 0xFFFD), r);
      }
      return callRuntime("runtime.intstring", {llvm::ConstantPointerNull::get(ptrTy), r});
    }
    if (auto* sl = dyn_cast<Slice>(fu); sl && isString(tu) && isBasic(sl->elem, BasicKind::Uint8)) {
      return callRuntime("runtime.slicebytetostring",
                         {llvm::ConstantPointerNull::get(ptrTy), b.CreateExtractValue(v, 0),
                          b.CreateExtractValue(v, 1)});
    }
    if (auto* sl = dyn_cast<Slice>(tu); sl && isString(fu) && isBasic(sl->elem, BasicKind::Uint8)) {
      return callRuntime("runtime.stringtoslicebyte", {llvm::ConstantPointerNull::get(ptrTy), v});
    }
    if (auto* sl = dyn_cast<Slice>(tu); sl && isString(fu) && isBasic(sl->elem, BasicKind::Int32)) {
      return callRuntime("runtime.stringtoslicerune", {llvm::ConstantPointerNull::get(ptrTy), v});
    }
    if (auto* sl = dyn_cast<Slice>(fu); sl && isString(tu) && isBasic(sl->elem, BasicKind::Int32)) {
      return callRuntime("runtime.slicerunetostring",
                         {llvm::ConstantPointerNull::get(ptrTy), b.CreateExtractValue(v, 0),
                          b.CreateExtractValue(v, 1)});
    }
    if (auto* pt = dyn_cast<Pointer>(tu); pt && isa<Slice>(fu)) {
      // (*[N]T)(s): panics unless len(s) >= N; a nil slice gives a nil pointer.
      auto* at = cast<Array>(pt->elem->underlying());
      llvm::Value* n = llvm::ConstantInt::get(i64, uint64_t(at->len));
      llvm::Value* len = b.CreateExtractValue(v, 1);
      llvm::BasicBlock* okBB = newBlock("conv.ok");
      llvm::BasicBlock* failBB = newBlock("conv.fail");
      b.CreateCondBr(b.CreateICmpULE(n, len), okBB, failBB,
                     llvm::MDBuilder(ctx).createBranchWeights(1 << 20, 1));
      b.SetInsertPoint(failBB);
      callRuntime("runtime.panicSliceConvert", {n, len});
      b.CreateUnreachable();
      b.SetInsertPoint(okBB);
      return b.CreateExtractValue(v, 0);
    }
    if (v->getType() == valueType(to)) return v;  // same representation
    unsupported(e, "conversion from " + typeString(from) + " to " + typeString(to));
    return zeroValue(to);
  }
  if (ftv && ftv->mode == Mode::Builtin) {
    auto* bn = dyn_cast<Name>(unparen(e->fun));
    auto* bobj = bn ? dyn_cast_or_null<Builtin>(info.uses.lookup(bn)) : nullptr;
    if (!bobj) {
      unsupported(e, "builtin call");
      return llvm::UndefValue::get(voidTy);
    }
    return builtinCall(e, bobj->id);
  }

  Expr* fun = unparen(e->fun);
  auto* sig = cast<Signature>(typeOf(e->fun)->underlying());

  // A method call x.M(...).
  if (auto* s = dyn_cast<SelectorExpr>(fun)) {
    if (auto it = info.selections.find(s);
        it != info.selections.end() && it->second.kind == SelectionKind::MethodVal) {
      auto* m = cast<Func>(it->second.obj);
      Type* xt = typeOf(s->x);
      if (auto* iface = dyn_cast<Interface>(xt->underlying())) {
        llvm::Value* x = expr(s->x);
        std::vector<llvm::Value*> args = callArgs(e, sig);
        llvm::Value* mem = addResultMem(sig, args);
        llvm::Value* r = ifaceCall(x, iface, m, args, sig);
        return mem ? mem : r;
      }
      llvm::Value* recv = methodReceiver(s, it->second, m, true);
      std::vector<llvm::Value*> args = callArgs(e, sig);
      llvm::Value* mem = addResultMem(sig, args);
      llvm::Value* r = callMethod(recv, m, args, sig);
      return mem ? mem : r;
    }
  }

  // A direct call of a declared function.
  Func* f = nullptr;
  if (auto* n = dyn_cast<Name>(fun)) {
    f = dyn_cast_or_null<Func>(info.uses.lookup(n));
  } else if (auto* s = dyn_cast<SelectorExpr>(fun); s && !info.selections.count(s)) {
    f = dyn_cast_or_null<Func>(info.uses.lookup(s->sel));
  }
  if (f) {
    std::vector<llvm::Value*> args = callArgs(e, sig);
    llvm::Function* fn = declareFunc(f);
    if (isAtomicIntrinsic(f)) {
      llvm::Value* r = atomicIntrinsic(f, args);
      return r ? r : llvm::UndefValue::get(voidTy);
    }
    if (f->external()) return callExternal(b, fn, args);
    // Results through memory: the call's value is the temporary it filled.
    llvm::Value* mem = addResultMem(sig, args);
    llvm::Value* r = callGo(fn->getFunctionType(), fn, nullptr, args);
    return mem ? mem : r;
  }

  // A call through a function value.
  llvm::Value* fv = expr(e->fun);
  std::vector<llvm::Value*> args = callArgs(e, sig);
  llvm::Value* mem = addResultMem(sig, args);
  llvm::Value* r = callFuncValue(fv, sig, args, e);
  return mem ? mem : r;
}

void IRGen::printCall(CallExpr* e, bool ln) {
  std::vector<llvm::Value*> vals;
  std::vector<Type*> tys;
  if (e->args.size() == 1 &&
      isa_and_nonnull<Tuple>(info.lookup(e->args[0]) ? info.lookup(e->args[0])->type : nullptr)) {
    vals = exprValues(e->args[0], &tys);
  } else {
    for (Expr* a : e->args) {
      tys.push_back(typeOf(a));
      vals.push_back(exprTo(a, tys.back()));
    }
  }
  printValues(vals, tys, ln, e);
}

void IRGen::printValues(const std::vector<llvm::Value*>& vals, const std::vector<Type*>& tys,
                        bool ln, CallExpr* e) {
  callRuntime("runtime.printlock", {});
  for (size_t i = 0; i < vals.size(); i++) {
    if (ln && i > 0) callRuntime("runtime.printsp", {});
    Type* t = tys[i];
    Type* u = t->underlying();
    llvm::Value* v = vals[i];
    if (isBoolean(u)) {
      callRuntime("runtime.printbool", {v});
    } else if (isInteger(u)) {
      bool sign = isSigned(u);
      llvm::Value* w = sign ? b.CreateSExtOrTrunc(v, i64) : b.CreateZExtOrTrunc(v, i64);
      callRuntime(sign ? "runtime.printint" : "runtime.printuint", {w});
    } else if (isFloat(u)) {
      callRuntime("runtime.printfloat", {b.CreateFPExt(v, f64)});
    } else if (isString(u)) {
      callRuntime("runtime.printstring", {v});
    } else if (isa<Slice>(u)) {
      callRuntime("runtime.printslice", {v});
    } else if (auto* it = dyn_cast<Interface>(u)) {
      callRuntime(it->allMethods.empty() ? "runtime.printeface" : "runtime.printiface", {v});
    } else if (v->getType() == ptrTy) {
      callRuntime("runtime.printpointer", {v});
    } else {
      unsupported(e->args.size() > i ? e->args[i] : e, "printing a value of type " + typeString(t));
    }
  }
  if (ln) callRuntime("runtime.printnl", {});
  callRuntime("runtime.printunlock", {});
}

llvm::Value* IRGen::builtinCall(CallExpr* e, BuiltinId id) {
  llvm::Value* none = llvm::UndefValue::get(voidTy);
  switch (id) {
    case BuiltinId::Print:
    case BuiltinId::Println: printCall(e, id == BuiltinId::Println); return none;
    case BuiltinId::Panic: {
      llvm::Value* v = exprTo(e->args[0], u.emptyInterface);
      callNoReturn("runtime.gopanic", {v});
      return none;
    }
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      Type* t = typeOf(e->args[0]);
      Type* u = t->underlying();
      llvm::Value* v = expr(e->args[0]);
      if (isString(u) || isa<Slice>(u))
        return b.CreateExtractValue(v, id == BuiltinId::Len || isString(u) ? 1 : 2);
      if (auto* at = dyn_cast<Array>(u)) return llvm::ConstantInt::get(i64, uint64_t(at->len));
      if (isa<Map>(u) && id == BuiltinId::Len) return mapLen(v);
      if (isa<Chan>(u))
        return callRuntime(id == BuiltinId::Len ? "runtime.chanlen" : "runtime.chancap", {v});
      if (auto* p = dyn_cast<Pointer>(u)) {
        // len(p) of a *[N]T is N (even for a nil p, as in Go)
        return llvm::ConstantInt::get(i64, uint64_t(cast<Array>(p->elem->underlying())->len));
      }
      unsupported(e, std::string(id == BuiltinId::Len ? "len" : "cap") + " of " + typeString(t));
      return llvm::ConstantInt::get(i64, 0);
    }
    case BuiltinId::Make: {
      Type* t = typeOf(e);
      if (auto* sl = dyn_cast<Slice>(t->underlying())) {
        auto toInt = [&](Expr* x) {
          llvm::Value* v = expr(x);
          return isSigned(typeOf(x)) ? b.CreateSExtOrTrunc(v, i64) : b.CreateZExtOrTrunc(v, i64);
        };
        llvm::Value* len = toInt(e->args[1]);
        llvm::Value* cap = e->args.size() > 2 ? toInt(e->args[2]) : len;
        // Escape analysis keeps make([]T, n) in the frame only for a constant n.
        auto* clen = llvm::dyn_cast<llvm::ConstantInt>(len);
        auto* ccap = llvm::dyn_cast<llvm::ConstantInt>(cap ? cap : len);
        if (stackSite(e) && clen && ccap && clen->getZExtValue() <= ccap->getZExtValue()) {
          return stackSlice(sl->elem, clen->getZExtValue(), ccap->getZExtValue());
        }
        return makeSlice(sl->elem, len, cap);
      }
      if (isa<Map>(t->underlying())) {
        if (e->args.size() < 2) return makeMap(t, nullptr);
        llvm::Value* hint = expr(e->args[1]);
        hint = isSigned(typeOf(e->args[1])) ? b.CreateSExtOrTrunc(hint, i64)
                                            : b.CreateZExtOrTrunc(hint, i64);
        return makeMap(t, hint);
      }
      if (isa<Chan>(t->underlying())) {
        if (e->args.size() < 2) return makeChan(t, nullptr);
        llvm::Value* size = expr(e->args[1]);
        size = isSigned(typeOf(e->args[1])) ? b.CreateSExtOrTrunc(size, i64)
                                            : b.CreateZExtOrTrunc(size, i64);
        return makeChan(t, size);
      }
      unsupported(e, "make of " + typeString(t));
      return zeroValue(t);
    }
    case BuiltinId::Delete: {
      std::vector<Type*> tys;
      std::vector<llvm::Value*> vals = builtinOperands(e, &tys);
      auto* mt = cast<Map>(tys[0]->underlying());
      mapDelete(vals[0], tys[0], convert(vals[1], tys[1], mt->key, e));
      return none;
    }
    case BuiltinId::Append: {
      // append(s, x...): grow when the new length exceeds the capacity, then store.
      Type* st = typeOf(e);
      Type* elem = cast<Slice>(st->underlying())->elem;
      llvm::Type* et = llvmType(elem);
      std::vector<llvm::Value*> vals;
      llvm::Value* spreadPtr = nullptr;  // append(s, t...): the source elements
      llvm::Value* n;
      llvm::Value* s;
      if (isMultiValueArg(e)) {
        // append(f()): f's results are the slice and the elements.
        std::vector<Type*> tys;
        std::vector<llvm::Value*> all = builtinOperands(e, &tys);
        s = convert(all[0], tys[0], st, e);
        for (size_t i = 1; i < all.size(); i++) vals.push_back(convert(all[i], tys[i], elem, e));
        n = llvm::ConstantInt::get(i64, vals.size());
      } else if (e->hasDots) {
        s = exprTo(e->args[0], st);
        Expr* src = e->args[1];
        llvm::Value* v = expr(src);
        spreadPtr = b.CreateExtractValue(v, 0);
        n = b.CreateExtractValue(v, 1);  // a slice or a string ([]byte)
      } else {
        s = exprTo(e->args[0], st);
        for (size_t i = 1; i < e->args.size(); i++) vals.push_back(exprTo(e->args[i], elem));
        n = llvm::ConstantInt::get(i64, vals.size());
      }
      llvm::Value* ptr = b.CreateExtractValue(s, 0);
      llvm::Value* len = b.CreateExtractValue(s, 1);
      llvm::Value* cap = b.CreateExtractValue(s, 2);
      llvm::Value* newlen = b.CreateAdd(len, n);
      llvm::BasicBlock* fromBB = b.GetInsertBlock();
      llvm::BasicBlock* growBB = newBlock("append.grow");
      llvm::BasicBlock* storeBB = newBlock("append.store");
      b.CreateCondBr(b.CreateICmpUGT(newlen, cap), growBB, storeBB,
                     llvm::MDBuilder(ctx).createBranchWeights(1, 8));
      b.SetInsertPoint(growBB);
      llvm::Value* grown =
          callRuntime("runtime.growslice", {typeDescriptor(elem), ptr, len, cap, newlen});
      llvm::Value* gptr = b.CreateExtractValue(grown, 0);
      llvm::Value* gcap = b.CreateExtractValue(grown, 2);
      llvm::BasicBlock* growEnd = b.GetInsertBlock();
      b.CreateBr(storeBB);
      b.SetInsertPoint(storeBB);
      llvm::PHINode* p = b.CreatePHI(ptrTy, 2, "append.ptr");
      p->addIncoming(ptr, fromBB);
      p->addIncoming(gptr, growEnd);
      llvm::PHINode* c = b.CreatePHI(i64, 2, "append.cap");
      c->addIncoming(cap, fromBB);
      c->addIncoming(gcap, growEnd);
      llvm::Value* dst = b.CreateGEP(et, p, len);
      // The elements may land in an existing array (spare capacity): barriers.
      if (spreadPtr) {
        uint64_t esize = goSize(elem);
        if (ptrDataSize(elem) > 0) {
          callRuntime("runtime.wbmove", {typeDescriptor(elem), dst, spreadPtr, n});
        } else {
          b.CreateMemMove(dst, llvm::MaybeAlign(1), spreadPtr, llvm::MaybeAlign(1),
                          b.CreateMul(n, llvm::ConstantInt::get(i64, esize)));
        }
      } else {
        for (size_t i = 0; i < vals.size(); i++) {
          storeWithBarrier(vals[i], b.CreateGEP(et, dst, llvm::ConstantInt::get(i64, i)), elem);
        }
      }
      llvm::Value* r = llvm::UndefValue::get(sliceTy);
      r = b.CreateInsertValue(r, p, 0);
      r = b.CreateInsertValue(r, newlen, 1);
      return b.CreateInsertValue(r, c, 2);
    }
    case BuiltinId::Copy: {
      // copy(dst, src) copies min(len(dst), len(src)) elements (memmove: they may overlap).
      std::vector<Type*> tys;
      std::vector<llvm::Value*> vals = builtinOperands(e, &tys);
      return copySlices(vals[0], vals[1], cast<Slice>(tys[0]->underlying())->elem);
    }
    case BuiltinId::Close: {
      std::vector<Type*> tys;
      std::vector<llvm::Value*> vals = builtinOperands(e, &tys);
      callRuntime("runtime.closechan", {vals[0]});
      return none;
    }
    case BuiltinId::Recover: return recoverCall();
    case BuiltinId::New: {
      Type* t = typeOf(e);
      return newObjectOr(cast<Pointer>(t->underlying())->elem, stackSite(e));
    }
    default: break;
  }
  unsupported(e, "builtin " + exprString(e->fun));
  Type* t = typeOf(e);
  return t == u.invalid() ? none : llvm::UndefValue::get(llvmType(t));
}

bool IRGen::isMultiValueArg(CallExpr* e) {
  if (e->args.size() != 1) return false;
  const TypeAndValue* tv = info.lookup(e->args[0]);
  return tv && isa_and_nonnull<Tuple>(tv->type);
}

std::vector<llvm::Value*> IRGen::builtinOperands(CallExpr* e, std::vector<Type*>* tys) {
  if (isMultiValueArg(e)) return exprValues(e->args[0], tys);
  std::vector<llvm::Value*> vals;
  tys->clear();
  for (Expr* a : e->args) {
    tys->push_back(typeOf(a));
    vals.push_back(expr(a));
  }
  return vals;
}

llvm::Value* IRGen::copySlices(llvm::Value* d, llvm::Value* s, Type* elem) {
  llvm::Value* dl = b.CreateExtractValue(d, 1);
  llvm::Value* sl = b.CreateExtractValue(s, 1);
  llvm::Value* n = b.CreateSelect(b.CreateICmpSLT(dl, sl), dl, sl);
  if (ptrDataSize(elem) > 0) {
    return callRuntime("runtime.typedslicecopy", {typeDescriptor(elem), b.CreateExtractValue(d, 0),
                                                  dl, b.CreateExtractValue(s, 0), sl});
  }
  b.CreateMemMove(b.CreateExtractValue(d, 0), llvm::MaybeAlign(1), b.CreateExtractValue(s, 0),
                  llvm::MaybeAlign(1), b.CreateMul(n, llvm::ConstantInt::get(i64, goSize(elem))));
  return n;
}

}  // namespace minigo::codegen
