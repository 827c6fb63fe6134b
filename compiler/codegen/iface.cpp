// iface.cpp — interface values. An empty interface is {type descriptor, data}; a
// non-empty one {itab, data}, the itab holding the dynamic type and the methods that
// implement the interface's. Boxing stores pointer-shaped values in the data word
// directly and copies the rest to the heap (runtime.convT64 / convTstring / convT).
// Itabs known at compile time are constants ("go.itab.T,I"); the runtime builds the
// others (assertions to interface types) from the types' method tables.
#include "codegen/irgen.h"

#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

namespace {

bool isEmptyIface(Type* t) {
  auto* it = cast<Interface>(t->underlying());
  completeInterface(it);
  return it->allMethods.empty();
}

}  // namespace

llvm::Value* IRGen::toInterface(llvm::Value* v, Type* from, Type* to, const Node* at) {
  (void)at;
  llvm::Value* data;
  Type* u = from->underlying();
  if (isDirectIface(from)) {
    // A pointer, or one-field structs and arrays around one, however deeply nested.
    data = v;
    while (!data->getType()->isPointerTy()) data = b.CreateExtractValue(data, 0);
  } else if ((isInteger(u) || isBoolean(u) || isFloat(u)) && goSize(u) <= 8) {
    // Scalars go through an 8-byte cell (little-endian: the value is its low bytes);
    // the runtime shares cells for small values, as Go's staticuint64s.
    llvm::Value* w = v;
    if (v->getType()->isFloatingPointTy())
      w = b.CreateBitCast(v, b.getIntNTy(unsigned(goSize(u) * 8)));
    w = b.CreateZExtOrTrunc(w, i64);
    data = callRuntime("runtime.convT64", {w});
  } else if (isString(u)) {
    data = callRuntime("runtime.convTstring", {v});
  } else if (isBig(from)) {
    data = callRuntime("runtime.convT", {typeDescriptor(from), v});  // v is memory
  } else {
    llvm::AllocaInst* tmp = allocaFor(from, "boxtmp");
    b.CreateStore(v, tmp);
    data = callRuntime("runtime.convT", {typeDescriptor(from), tmp});
  }
  llvm::Value* word0 =
      isEmptyIface(to) ? static_cast<llvm::Value*>(typeDescriptor(from)) : itab(from, to);
  llvm::Value* r = llvm::UndefValue::get(llvmType(to));
  r = b.CreateInsertValue(r, word0, 0);
  return b.CreateInsertValue(r, data, 1);
}

llvm::Value* IRGen::fromInterfaceData(llvm::Value* data, Type* t) {
  if (isDirectIface(t)) {
    // Rebuild the nested one-field aggregates around the pointer.
    std::function<llvm::Value*(llvm::Type*)> build = [&](llvm::Type* lt) -> llvm::Value* {
      if (lt == ptrTy) return data;
      llvm::Type* inner =
          lt->isStructTy() ? lt->getStructElementType(0) : lt->getArrayElementType();
      return b.CreateInsertValue(llvm::UndefValue::get(lt), build(inner), 0);
    };
    return build(llvmType(t));
  }
  return loadValue(t, data);
}

// The dynamic type of an interface value: the first word of an empty interface, the
// itab's type for a non-empty one (null for nil).
llvm::Value* IRGen::efaceType(llvm::Value* iface, Type* it) {
  llvm::Value* w0 = b.CreateExtractValue(iface, 0);
  if (isEmptyIface(it)) return w0;
  llvm::Value* isNil = b.CreateICmpEQ(w0, llvm::ConstantPointerNull::get(ptrTy));
  llvm::BasicBlock* fromBB = b.GetInsertBlock();
  llvm::BasicBlock* loadBB = newBlock("itab.type");
  llvm::BasicBlock* endBB = newBlock("itab.done");
  b.CreateCondBr(isNil, endBB, loadBB);
  b.SetInsertPoint(loadBB);
  llvm::Value* t = b.CreateLoad(ptrTy, b.CreateConstGEP1_64(i8, w0, 8));
  b.CreateBr(endBB);
  b.SetInsertPoint(endBB);
  llvm::PHINode* phi = b.CreatePHI(ptrTy, 2);
  phi->addIncoming(llvm::ConstantPointerNull::get(ptrTy), fromBB);
  phi->addIncoming(t, loadBB);
  return phi;
}

// Converts interface value v of interface type from to interface type to. With
// commaOk, a failed dynamic conversion gives the zero value and *ok false instead of
// panicking (type assertions x.(I)).
llvm::Value* IRGen::convertInterface(llvm::Value* v, Type* from, Type* to, bool commaOk,
                                     llvm::Value** ok) {
  llvm::Value* t = efaceType(v, from);
  llvm::Value* data = b.CreateExtractValue(v, 1);
  llvm::Value* word0;
  if (isEmptyIface(to)) {
    word0 = t;
    if (ok) *ok = b.CreateICmpNE(t, llvm::ConstantPointerNull::get(ptrTy));
  } else if (commaOk) {
    word0 = callRuntime("runtime.assertE2I2", {typeDescriptor(to), t});
    *ok = b.CreateICmpNE(word0, llvm::ConstantPointerNull::get(ptrTy));
    data = b.CreateSelect(*ok, data, llvm::ConstantPointerNull::get(ptrTy));
  } else {
    word0 = callRuntime("runtime.assertE2I", {typeDescriptor(to), t});
  }
  llvm::Value* r = llvm::UndefValue::get(llvmType(to));
  r = b.CreateInsertValue(r, word0, 0);
  return b.CreateInsertValue(r, data, 1);
}

llvm::Value* IRGen::typeAssert(AssertExpr* e, bool commaOk) {
  Type* xt = typeOf(e->x);
  const TypeAndValue* ttv = info.lookup(e->type);
  Type* T = ttv ? ttv->type : u.invalid();
  llvm::Value* x = expr(e->x);
  if (isInterface(T)) {
    llvm::Value* ok = nullptr;
    llvm::Value* v = convertInterface(x, xt, T, commaOk, &ok);
    if (!commaOk) {
      if (isEmptyIface(T)) {
        // x.(interface{}) panics only for a nil x.
        llvm::BasicBlock* okBB = newBlock("assert.ok");
        llvm::BasicBlock* failBB = newBlock("assert.fail");
        b.CreateCondBr(ok, okBB, failBB);
        b.SetInsertPoint(failBB);
        callRuntime("runtime.panicnildottype", {typeDescriptor(T)});
        b.CreateUnreachable();
        b.SetInsertPoint(okBB);
      }
      return v;
    }
    llvm::Value* r = llvm::UndefValue::get(llvm::StructType::get(ctx, {llvmType(T), i1}));
    r = b.CreateInsertValue(r, v, 0);
    return b.CreateInsertValue(r, ok, 1);
  }
  // A concrete type: compare the dynamic type (the itab's, for non-empty interfaces).
  llvm::Value* tword = b.CreateExtractValue(x, 0);
  llvm::Value* want = isEmptyIface(xt) ? static_cast<llvm::Value*>(typeDescriptor(T)) : itab(T, xt);
  llvm::Value* ok = b.CreateICmpEQ(tword, want);
  // A big T with comma-ok: the result is a zeroed temporary the success path fills.
  llvm::Value* mem = commaOk && isBig(T) ? zeroOf(T) : nullptr;
  llvm::BasicBlock* fromBB = b.GetInsertBlock();
  llvm::BasicBlock* okBB = newBlock("assert.ok");
  llvm::BasicBlock* endBB = newBlock("assert.end");
  if (commaOk) {
    b.CreateCondBr(ok, okBB, endBB);
  } else {
    llvm::BasicBlock* failBB = newBlock("assert.fail");
    b.CreateCondBr(ok, okBB, failBB);
    b.SetInsertPoint(failBB);
    callRuntime(isEmptyIface(xt) ? "runtime.panicdottypeE" : "runtime.panicdottypeI",
                {efaceType(x, xt), typeDescriptor(T), typeDescriptor(xt)});
    b.CreateUnreachable();
  }
  b.SetInsertPoint(okBB);
  llvm::Value* v;
  if (mem) {
    copyValue(mem, b.CreateExtractValue(x, 1), T);
    v = mem;
  } else {
    v = fromInterfaceData(b.CreateExtractValue(x, 1), T);
  }
  llvm::BasicBlock* okEnd = b.GetInsertBlock();
  b.CreateBr(endBB);
  b.SetInsertPoint(endBB);
  if (!commaOk) return v;
  llvm::Value* val = mem;
  if (!mem) {
    llvm::PHINode* phi = b.CreatePHI(llvmType(T), 2);
    phi->addIncoming(zeroValue(T), fromBB);
    phi->addIncoming(v, okEnd);
    val = phi;
  }
  llvm::Value* r = llvm::UndefValue::get(llvm::StructType::get(ctx, {valueType(T), i1}));
  r = b.CreateInsertValue(r, val, 0);
  return b.CreateInsertValue(r, ok, 1);
}

}  // namespace minigo::codegen
