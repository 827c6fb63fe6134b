// memvalues.cpp — big aggregates (structs and arrays over bigValueSize bytes) as values
// in memory.
//
// LLVM expands a first-class aggregate load, store or zeroinitializer element by
// element, and a call passing one by value into one argument per scalar: compile time
// grows with the number of elements (a local [10000]int64 took 15 s, a 4 KB struct
// passed by value 50 s, a [11<<20]byte minutes). So a value of a big type is never a
// first-class LLVM value in minigo's IR. The code generator holds it as a pointer to
// memory that nobody writes while the value is in use:
//  - reading a variable, field, element, map element or boxed value copies it into a
//    fresh temporary (memcpy; LLVM's memcpyopt removes the copies it can prove
//    useless);
//  - zero values and composite literals are built in a temporary (memset, then the
//    elements);
//  - storing copies it (memmove; runtime.typedmemmove on the write-barrier path,
//    barrier.cpp);
//  - a field of a big value is the field's memory (sub-memory of a value in use is in
//    use too);
//  - temporaries are stack slots up to maxStackTempSize (64 KB, Go's
//    maxImplicitStackVarSize) and zeroed heap objects above (runtime.newobject), so
//    that copying a huge value never overflows a stack; writing into either needs no
//    write barrier (the frame, or an object allocated by the same operation).
// Calls take big arguments by pointer and return results through memory when one of
// them is big (irgen.h, llvm_types.cpp's llvmFuncType).
//
// Code that stores values whatever their types (closure.cpp's makeClosure and
// method-value wrappers) gets big values as first-class loads (toFirstClass); before
// the module is verified, legalizeAggregates turns every first-class load and store of
// a big aggregate that is left into memcpy/memset through a stack temporary.
#include "codegen/irgen.h"

#include <llvm/IR/Instructions.h>
#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;

bool IRGen::isBig(Type* t) {
  Type* u = t->underlying();
  if (!isa<Struct>(u) && !isa<Array>(u)) return false;
  return goSize(t) > bigValueSize;
}

bool IRGen::resultsInMemory(Signature* sig) {
  for (size_t i = 0; i < tupleLen(sig->results); i++) {
    if (isBig(sig->results->vars[i]->type)) return true;
  }
  return false;
}

Type* IRGen::resultsStruct(Signature* sig) {
  if (auto it = resultsStructs_.find(sig); it != resultsStructs_.end()) return it->second;
  auto* st = prog.typesArena.make<Struct>();
  for (size_t i = 0; i < tupleLen(sig->results); i++) {
    auto* f = prog.typesArena.make<Var>(Pos{}, nullptr, "R" + std::to_string(i),
                                        sig->results->vars[i]->type);
    f->isField = true;
    st->fields.push_back(f);
  }
  resultsStructs_[sig] = st;
  return st;
}

llvm::Value* IRGen::tempFor(Type* t, const std::string& name, bool* zeroed) {
  if (goSize(t) > maxStackTempSize) {
    if (zeroed) *zeroed = true;
    llvm::Value* p = newObject(t);
    p->setName(name);
    return p;
  }
  if (zeroed) *zeroed = false;
  return allocaFor(t, name);
}

llvm::Value* IRGen::zeroOf(Type* t) {
  if (!isBig(t)) return zeroValue(t);
  bool zeroed;
  llvm::Value* p = tempFor(t, "zero", &zeroed);
  if (!zeroed) zeroInit(p, t);
  return p;
}

void IRGen::zeroInit(llvm::Value* p, Type* t) {
  if (!isBig(t)) {
    b.CreateStore(zeroValue(t), p);
    return;
  }
  b.CreateMemSet(p, b.getInt8(0), goSize(t), llvm::MaybeAlign(std::max<uint64_t>(goAlign(t), 1)));
}

void IRGen::copyValue(llvm::Value* dst, llvm::Value* src, Type* t) {
  llvm::MaybeAlign al(std::max<uint64_t>(goAlign(t), 1));
  b.CreateMemCpy(dst, al, src, al, goSize(t));
}

llvm::Value* IRGen::loadValue(Type* t, llvm::Value* p) {
  if (!isBig(t)) return b.CreateLoad(llvmType(t), p);
  llvm::Value* tmp = tempFor(t, "copy");
  copyValue(tmp, p, t);
  return tmp;
}

void IRGen::storeValue(llvm::Value* v, llvm::Value* p, Type* t) {
  if (!isBig(t) || !v->getType()->isPointerTy()) {
    b.CreateStore(v, p);
    return;
  }
  if (v == p) return;
  llvm::MaybeAlign al(std::max<uint64_t>(goAlign(t), 1));
  b.CreateMemMove(p, al, v, al, goSize(t));
}

llvm::Value* IRGen::fieldValue(llvm::Value* v, Type* t, unsigned i) {
  Type* u = t->underlying();
  Type* ft = isa<Struct>(u) ? cast<Struct>(u)->fields[i]->type : cast<Array>(u)->elem;
  if (!isBig(t)) return b.CreateExtractValue(v, i);
  llvm::Value* p = isa<Struct>(u) ? b.CreateStructGEP(llvmType(t), v, i)
                                  : b.CreateConstGEP2_64(llvmType(t), v, 0, i);
  return isBig(ft) ? p : b.CreateLoad(llvmType(ft), p);
}

llvm::Value* IRGen::toFirstClass(llvm::Value* v, Type* t) {
  if (!isBig(t) || !v->getType()->isPointerTy()) return v;
  return b.CreateLoad(llvmType(t), v);
}

llvm::Value* IRGen::toMemory(llvm::Value* v, Type* t) {
  if (!isBig(t) || v->getType()->isPointerTy()) return v;
  llvm::Value* tmp = allocaFor(t, "spill");
  b.CreateStore(v, tmp);
  return tmp;
}

llvm::Value* IRGen::addResultMem(Signature* sig, std::vector<llvm::Value*>& args) {
  if (!resultsInMemory(sig)) return nullptr;
  llvm::Value* mem = tempFor(resultsStruct(sig), "results");
  args.push_back(mem);
  return mem;
}

void IRGen::legalizeAggregates(llvm::Function& fn) {
  if (fn.isDeclaration()) return;
  const llvm::DataLayout& dl = mod->getDataLayout();
  auto big = [&](llvm::Type* t) {
    return (t->isStructTy() || t->isArrayTy()) && dl.getTypeAllocSize(t) > bigValueSize;
  };
  std::vector<llvm::LoadInst*> loads;
  std::vector<llvm::StoreInst*> constStores;
  for (llvm::BasicBlock& bb : fn) {
    for (llvm::Instruction& inst : bb) {
      if (auto* l = dyn_cast<llvm::LoadInst>(&inst); l && big(l->getType())) loads.push_back(l);
      if (auto* s = dyn_cast<llvm::StoreInst>(&inst);
          s && big(s->getValueOperand()->getType()) && isa<llvm::Constant>(s->getValueOperand())) {
        constStores.push_back(s);
      }
    }
  }
  if (loads.empty() && constStores.empty()) return;
  llvm::IRBuilder<> ib(ctx);
  for (llvm::StoreInst* s : constStores) {
    auto* c = cast<llvm::Constant>(s->getValueOperand());
    if (c->isNullValue()) {
      ib.SetInsertPoint(s);
      uint64_t size = dl.getTypeAllocSize(c->getType());
      ib.CreateMemSet(s->getPointerOperand(), ib.getInt8(0), size, s->getAlign());
      s->eraseFromParent();
    } else if (isa<llvm::UndefValue>(c)) {
      s->eraseFromParent();
    }
  }
  llvm::BasicBlock& entry = fn.getEntryBlock();
  for (llvm::LoadInst* l : loads) {
    llvm::Type* t = l->getType();
    uint64_t size = dl.getTypeAllocSize(t);
    // The value read, kept in a stack temporary.
    llvm::IRBuilder<> ab(&entry, entry.begin());
    llvm::AllocaInst* tmp = ab.CreateAlloca(t, nullptr, "agg");
    tmp->setAlignment(l->getAlign());
    ib.SetInsertPoint(l);
    llvm::CallInst* cp =
        ib.CreateMemCpy(tmp, l->getAlign(), l->getPointerOperand(), l->getAlign(), size);
    std::vector<llvm::StoreInst*> stores;
    for (llvm::User* u : l->users()) {
      auto* s = dyn_cast<llvm::StoreInst>(u);
      if (s && s->getValueOperand() == l) stores.push_back(s);
    }
    for (llvm::StoreInst* s : stores) {
      ib.SetInsertPoint(s);
      ib.CreateMemCpy(s->getPointerOperand(), s->getAlign(), tmp, l->getAlign(), size);
      s->eraseFromParent();
    }
    if (l->use_empty()) {
      l->eraseFromParent();
    } else {
      // Other uses keep a first-class value, read from the temporary.
      l->moveAfter(cp);
      l->setOperand(0, tmp);
    }
  }
}

}  // namespace minigo::codegen
