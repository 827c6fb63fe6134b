// barrier.cpp — what compiled code does for the collector (runtime/mgc.h): write
// barriers on pointer stores, safepoint polls, and the table of global roots.
//
// Write barrier: a store of a value holding pointers to memory that may be in the heap
// or a global (anything but a stack slot of the current frame) becomes
//     if runtime.writeBarrier.enabled { runtime.gcWriteBarrier(slot, ptr) } else { *slot = ptr }
// for a single pointer, and for other types (strings, slices, interfaces, structs,
// arrays) runtime.typedmemmove(type, slot, &value) on the barrier path (a big
// aggregate, held in memory, is copied by memmove or, on that path, typedmemmove from
// its memory). Initializing stores into new objects take it too, unless the value is a
// constant (nil or global addresses only) — Go's needwb rule: the new object is black
// while marking, and a goroutine whose stack is not scanned yet could otherwise move
// its only reference to a white object into it and drop it. Copies of pointerful
// memory (copy, append of a slice) go through runtime.typedslicecopy / runtime.wbmove.
//
// Safepoints: runtime.gcwaiting is polled at loop back-edges and at the entry of every
// function that calls another; when set, runtime.gcSafePoint parks the goroutine until
// the collector has changed phase. A load and a never-taken branch.
//
// go.gcroots: {count, then {address, size, pointer bitmap}} of every package variable
// holding pointers, which the collector scans precisely.
#include "codegen/irgen.h"

#include "syntax/walk.h"

#include <llvm/Analysis/ValueTracking.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

namespace {

llvm::GlobalVariable* runtimeWord(llvm::Module& m, llvm::Type* ty, const char* name) {
  if (llvm::GlobalVariable* g = m.getGlobalVariable(name)) return g;
  return new llvm::GlobalVariable(m, ty, false, llvm::GlobalValue::ExternalLinkage, nullptr, name);
}

}  // namespace

bool IRGen::needsWriteBarrier(llvm::Value* addr, Type* t) {
  if (ptrDataSize(t) <= 0) return false;
  const llvm::Value* base = llvm::getUnderlyingObject(addr, 0);
  return !isa<llvm::AllocaInst>(base);
}

void IRGen::storeWithBarrier(llvm::Value* v, llvm::Value* addr, Type* t) {
  v = toMemory(v, t);  // a big value is memory (memvalues.cpp)
  if (!needsWriteBarrier(addr, t)) {
    storeValue(v, addr, t);
    return;
  }
  llvm::GlobalVariable* wb = runtimeWord(*mod, i32, "runtime.writeBarrier");
  llvm::LoadInst* on = b.CreateLoad(i32, wb, "wb.enabled");
  on->setAtomic(llvm::AtomicOrdering::Monotonic);
  on->setAlignment(llvm::Align(4));
  llvm::BasicBlock* barrierBB = newBlock("wb.on");
  llvm::BasicBlock* plainBB = newBlock("wb.off");
  llvm::BasicBlock* doneBB = newBlock("wb.done");
  b.CreateCondBr(b.CreateICmpNE(on, llvm::ConstantInt::get(i32, 0)), barrierBB, plainBB,
                 llvm::MDBuilder(ctx).createBranchWeights(1, 1 << 10));
  b.SetInsertPoint(barrierBB);
  if (isBig(t)) {
    callRuntime("runtime.typedmemmove", {typeDescriptor(t), addr, v});
  } else if (v->getType() == ptrTy) {
    callRuntime("runtime.gcWriteBarrier", {addr, v});
  } else {
    llvm::AllocaInst* tmp = allocaFor(t, "wb.tmp");
    b.CreateStore(v, tmp);
    callRuntime("runtime.typedmemmove", {typeDescriptor(t), addr, tmp});
  }
  b.CreateBr(doneBB);
  b.SetInsertPoint(plainBB);
  storeValue(v, addr, t);
  b.CreateBr(doneBB);
  b.SetInsertPoint(doneBB);
}

void IRGen::initStore(llvm::Value* v, llvm::Value* addr, Type* t) {
  // A big value in memory is constant only when that memory is read-only data.
  bool inMemory = isBig(t) && v->getType()->isPointerTy();
  auto* gv = dyn_cast<llvm::GlobalVariable>(v);
  if (inMemory ? gv && gv->isConstant() : isa<llvm::Constant>(v)) {
    storeValue(v, addr, t);
    return;
  }
  storeWithBarrier(v, addr, t);
}

void IRGen::safepointPoll() {
  llvm::GlobalVariable* w = runtimeWord(*mod, i32, "runtime.gcwaiting");
  llvm::LoadInst* waiting = b.CreateLoad(i32, w, "gcwaiting");
  waiting->setAtomic(llvm::AtomicOrdering::Monotonic);
  waiting->setAlignment(llvm::Align(4));
  llvm::BasicBlock* parkBB = newBlock("safepoint.park");
  llvm::BasicBlock* goBB = newBlock("safepoint.done");
  b.CreateCondBr(b.CreateICmpNE(waiting, llvm::ConstantInt::get(i32, 0)), parkBB, goBB,
                 llvm::MDBuilder(ctx).createBranchWeights(1, 1 << 20));
  b.SetInsertPoint(parkBB);
  callRuntime("runtime.gcSafePoint", {});
  b.CreateBr(goBB);
  b.SetInsertPoint(goBB);
}

bool IRGen::makesCalls(Node* body) {
  bool found = false;
  walk(body, [&](Node* n) {
    if (found || isa<FuncLit>(n)) return false;
    if (isa<CallExpr>(n) || isa<CallStmt>(n)) found = true;
    return !found;
  });
  return found;
}

void IRGen::emitGCRoots() {
  std::vector<llvm::Constant*> entries;
  auto* entryTy = llvm::StructType::get(ctx, {ptrTy, i64, ptrTy});
  for (auto& [v, gv] : globals_) {
    int64_t ptrdata = ptrDataSize(v->type);
    if (ptrdata <= 0) continue;
    entries.push_back(llvm::ConstantStruct::get(
        entryTy, {gv, llvm::ConstantInt::get(i64, uint64_t(ptrdata)), gcbits(v->type)}));
  }
  auto* arr = llvm::ConstantArray::get(llvm::ArrayType::get(entryTy, entries.size()), entries);
  auto* init =
      llvm::ConstantStruct::getAnon(ctx, {llvm::ConstantInt::get(i64, entries.size()), arr});
  new llvm::GlobalVariable(*mod, init->getType(), true, llvm::GlobalValue::ExternalLinkage, init,
                           "go.gcroots");
}

}  // namespace minigo::codegen
