// maps.cpp — map operations, lowered to the runtime's Go-style hash maps
// (runtime/map.h): make and literals (makemap), m[k] (mapaccess1), v, ok := m[k]
// (mapaccess2), m[k] = v (mapassign, which returns the slot to store into), delete
// (mapdelete), len (the hmap's first word), and range (a 16-word hiter driven by
// mapiterinit/mapiternext).
//
// Keys are passed by address: the key value is stored in a stack slot first. A map
// element is not addressable; assignments reach it through an LValue (stmt.cpp) whose
// mapassign happens only once the right-hand side has been evaluated, as in Go (a
// panicking right-hand side leaves the map unchanged).
#include "codegen/irgen.h"

#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

llvm::Value* IRGen::keySlot(llvm::Value* key, Type* keyType) {
  if (isBig(keyType)) return key;  // memory already (memvalues.cpp)
  llvm::AllocaInst* slot = allocaFor(keyType, "mapkey");
  b.CreateStore(key, slot);
  return slot;
}

llvm::Value* IRGen::makeMap(Type* mapType, llvm::Value* hint) {
  if (!hint) return callRuntime("runtime.makemap_small", {});
  return callRuntime("runtime.makemap", {typeDescriptor(mapType), hint});
}

llvm::Value* IRGen::mapLiteral(CompositeLit* e, Type* t) {
  auto* mt = cast<Map>(t->underlying());
  llvm::Value* m = e->elems.empty()
                       ? makeMap(t, nullptr)
                       : makeMap(t, llvm::ConstantInt::get(i64, uint64_t(e->elems.size())));
  for (Expr* el : e->elems) {
    auto* kv = cast<KeyValueExpr>(el);
    llvm::Value* k = keySlot(exprTo(kv->key, mt->key), mt->key);
    llvm::Value* v = exprTo(kv->value, mt->elem);
    llvm::Value* slot = callRuntime("runtime.mapassign", {typeDescriptor(t), m, k});
    storeWithBarrier(v, slot, mt->elem);
  }
  return m;
}

llvm::Value* IRGen::mapIndex(llvm::Value* m, Type* mapType, llvm::Value* key) {
  auto* mt = cast<Map>(mapType->underlying());
  llvm::Value* p =
      callRuntime("runtime.mapaccess1", {typeDescriptor(mapType), m, keySlot(key, mt->key)});
  return loadValue(mt->elem, p);
}

std::pair<llvm::Value*, llvm::Value*> IRGen::mapIndexCommaOk(llvm::Value* m, Type* mapType,
                                                             llvm::Value* key) {
  auto* mt = cast<Map>(mapType->underlying());
  llvm::Value* r =
      callRuntime("runtime.mapaccess2", {typeDescriptor(mapType), m, keySlot(key, mt->key)});
  llvm::Value* v = loadValue(mt->elem, b.CreateExtractValue(r, 0));
  return {v, b.CreateExtractValue(r, 1)};
}

llvm::Value* IRGen::mapLen(llvm::Value* m) {
  // A nil map has length 0; otherwise count is the hmap's first word.
  llvm::BasicBlock* fromBB = b.GetInsertBlock();
  llvm::BasicBlock* loadBB = newBlock("maplen.load");
  llvm::BasicBlock* endBB = newBlock("maplen.end");
  b.CreateCondBr(b.CreateICmpEQ(m, llvm::ConstantPointerNull::get(ptrTy)), endBB, loadBB);
  b.SetInsertPoint(loadBB);
  llvm::Value* n = b.CreateLoad(i64, m);
  b.CreateBr(endBB);
  b.SetInsertPoint(endBB);
  llvm::PHINode* phi = b.CreatePHI(i64, 2);
  phi->addIncoming(llvm::ConstantInt::get(i64, 0), fromBB);
  phi->addIncoming(n, loadBB);
  return phi;
}

void IRGen::mapDelete(llvm::Value* m, Type* mapType, llvm::Value* key) {
  auto* mt = cast<Map>(mapType->underlying());
  callRuntime("runtime.mapdelete", {typeDescriptor(mapType), m, keySlot(key, mt->key)});
}

void IRGen::rangeMap(ForStmt* s, Type* mapType, llvm::Value* m,
                     const std::function<void(llvm::Value*, llvm::Value*)>& bind) {
  auto* mt = cast<Map>(mapType->underlying());
  // The iterator: 16 zeroed words (runtime/map.h's hiter).
  llvm::AllocaInst* it =
      allocaFor(prog.typesArena.make<Array>(u.basic(BasicKind::Uintptr), 16), "mapiter");
  b.CreateMemSet(it, llvm::ConstantInt::get(i8, 0), 128, llvm::MaybeAlign(8));
  callRuntime("runtime.mapiterinit", {typeDescriptor(mapType), m, it});
  llvm::BasicBlock* condBB = newBlock("maprange.cond");
  llvm::BasicBlock* bodyBB = newBlock("maprange.body");
  llvm::BasicBlock* postBB = newBlock("maprange.post");
  llvm::BasicBlock* endBB = newBlock("maprange.end");
  fs->targets[s] = BranchTargets{endBB, postBB};
  b.CreateBr(condBB);
  b.SetInsertPoint(condBB);
  llvm::Value* kp = b.CreateLoad(ptrTy, it);
  b.CreateCondBr(b.CreateICmpEQ(kp, llvm::ConstantPointerNull::get(ptrTy)), endBB, bodyBB);
  b.SetInsertPoint(bodyBB);
  llvm::Value* ep = b.CreateLoad(ptrTy, b.CreateConstGEP1_64(i8, it, 8));
  llvm::Value* k = loadValue(mt->key, kp);
  bind(k, loadValue(mt->elem, ep));
  fs->loopDepth++;
  stmt(s->body);
  fs->loopDepth--;
  if (!blockTerminated()) b.CreateBr(postBB);
  b.SetInsertPoint(postBB);
  callRuntime("runtime.mapiternext", {it});
  safepointPoll();
  b.CreateBr(condBB);
  b.SetInsertPoint(endBB);
}

}  // namespace minigo::codegen
