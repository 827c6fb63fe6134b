// iface.cpp — interface values: boxing a concrete value into an empty interface
// (type descriptor + data word; pointer-shaped values are stored directly, others
// through runtime.convT64 / convTstring / convT, which allocate a copy), reading the
// value back, and type assertions. Non-empty interfaces need itabs (method tables),
// which arrive with methods.
#include "codegen/irgen.h"

#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

llvm::Value* IRGen::toInterface(llvm::Value* v, Type* from, Type* to, const Node* at) {
  auto* it = cast<Interface>(to->underlying());
  if (!it->allMethods.empty()) {
    unsupported(at,
                "conversion of " + typeString(from) + " to non-empty interface " + typeString(to));
    return zeroValue(to);
  }
  llvm::Value* data;
  Type* u = from->underlying();
  if (isDirectIface(from)) {
    data = v;
    if (!v->getType()->isPointerTy()) {
      // a single-field struct or array holding a pointer
      data = b.CreateExtractValue(v, 0);
    }
  } else if ((isInteger(u) || isBoolean(u) || isFloat(u)) && goSize(u) <= 8) {
    // Scalars go through an 8-byte cell (little-endian: the value is its low bytes);
    // the runtime shares cells for small values, as Go's staticuint64s.
    llvm::Value* w = v;
    if (v->getType()->isFloatingPointTy()) {
      w = b.CreateBitCast(v, b.getIntNTy(unsigned(goSize(u) * 8)));
    }
    w = b.CreateZExtOrTrunc(w, i64);
    data = callRuntime("runtime.convT64", {w});
  } else if (isString(u)) {
    data = callRuntime("runtime.convTstring", {v});
  } else {
    llvm::AllocaInst* tmp = allocaFor(from, "boxtmp");
    b.CreateStore(v, tmp);
    data = callRuntime("runtime.convT", {typeDescriptor(from), tmp});
  }
  llvm::Value* r = llvm::UndefValue::get(efaceTy);
  r = b.CreateInsertValue(r, typeDescriptor(from), 0);
  return b.CreateInsertValue(r, data, 1);
}

llvm::Value* IRGen::fromInterfaceData(llvm::Value* data, Type* t) {
  if (isDirectIface(t)) {
    llvm::Type* lt = llvmType(t);
    if (lt == ptrTy) return data;
    return b.CreateInsertValue(llvm::UndefValue::get(lt), data, 0);
  }
  return b.CreateLoad(llvmType(t), data);
}

llvm::Value* IRGen::efaceType(llvm::Value* iface, Type* it) {
  if (!cast<Interface>(it->underlying())->allMethods.empty()) {
    failed = true;
    diag.errorNoPos("type switches on non-empty interfaces not supported");
    return llvm::ConstantPointerNull::get(ptrTy);
  }
  return b.CreateExtractValue(iface, 0);
}

llvm::Value* IRGen::typeAssert(AssertExpr* e, bool commaOk) {
  Type* xt = typeOf(e->x);
  const TypeAndValue* ttv = info.lookup(e->type);
  Type* T = ttv ? ttv->type : u.invalid();
  if (isInterface(T) || !cast<Interface>(xt->underlying())->allMethods.empty()) {
    unsupported(e, "type assertion " + exprString(e));
    return commaOk ? llvm::UndefValue::get(llvm::StructType::get(ctx, {llvmType(T), i1}))
                   : llvm::UndefValue::get(llvmType(T));
  }
  llvm::Value* x = expr(e->x);
  llvm::Value* tword = b.CreateExtractValue(x, 0);
  llvm::Value* want = typeDescriptor(T);
  llvm::Value* ok = b.CreateICmpEQ(tword, want);
  llvm::BasicBlock* fromBB = b.GetInsertBlock();
  llvm::BasicBlock* okBB = newBlock("assert.ok");
  llvm::BasicBlock* endBB = newBlock("assert.end");
  if (commaOk) {
    b.CreateCondBr(ok, okBB, endBB);
  } else {
    llvm::BasicBlock* failBB = newBlock("assert.fail");
    b.CreateCondBr(ok, okBB, failBB);
    b.SetInsertPoint(failBB);
    callRuntime("runtime.panicdottypeE", {tword, want, typeDescriptor(xt)});
    b.CreateUnreachable();
  }
  b.SetInsertPoint(okBB);
  llvm::Value* v = fromInterfaceData(b.CreateExtractValue(x, 1), T);
  llvm::BasicBlock* okEnd = b.GetInsertBlock();
  b.CreateBr(endBB);
  b.SetInsertPoint(endBB);
  if (!commaOk) return v;
  llvm::PHINode* phi = b.CreatePHI(llvmType(T), 2);
  phi->addIncoming(zeroValue(T), fromBB);
  phi->addIncoming(v, okEnd);
  llvm::Value* r = llvm::UndefValue::get(llvm::StructType::get(ctx, {llvmType(T), i1}));
  r = b.CreateInsertValue(r, phi, 0);
  return b.CreateInsertValue(r, ok, 1);
}

}  // namespace minigo::codegen
