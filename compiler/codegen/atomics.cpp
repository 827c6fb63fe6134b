// atomics.cpp — sync/atomic's functions as compiler intrinsics (Go's ssagen intrinsics
// for sync/atomic and runtime/internal/atomic).
//
// stdlib/sync/atomic declares AddT, LoadT, StoreT, SwapT and CompareAndSwapT (T one of
// Int32, Int64, Uint32, Uint64, Uintptr) without bodies. Instead of calling the runtime,
// the compiler emits the operation itself, sequentially consistent as Go's atomics are:
//   Add            atomicrmw add (the result is the new value: old + delta)
//   Load / Store   load atomic / store atomic
//   Swap           atomicrmw xchg
//   CompareAndSwap cmpxchg (the result is the success flag)
// A direct call is lowered in place, after the nil check Go's dereference would make.
// Every other use (a function value, a deferred call, `go`) goes through the function
// itself: declareFunc gives it a body made of the same instructions (internal,
// alwaysinline), with the external convention (no closure parameter) that bodiless
// functions have, so funcValue's wrapper and the defer thunks call it unchanged.
// None of these operations stores a pointer, so none needs a write barrier
// (atomic.Value, which does, is runtime/atomic_value.cpp).
#include "codegen/irgen.h"

#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using types::Func;

namespace {

enum class AtomicOp { None, Add, Load, Store, Swap, CAS };

AtomicOp atomicOpOf(const Func* f) {
  if (!f->pkg || f->pkg->path != "sync/atomic" || !f->external()) return AtomicOp::None;
  const std::string& n = f->name;
  auto typed = [&](const char* prefix) {
    if (!n.starts_with(prefix)) return false;
    std::string t = n.substr(std::char_traits<char>::length(prefix));
    return t == "Int32" || t == "Int64" || t == "Uint32" || t == "Uint64" || t == "Uintptr";
  };
  if (typed("CompareAndSwap")) return AtomicOp::CAS;
  if (typed("Add")) return AtomicOp::Add;
  if (typed("Load")) return AtomicOp::Load;
  if (typed("Store")) return AtomicOp::Store;
  if (typed("Swap")) return AtomicOp::Swap;
  return AtomicOp::None;
}

}  // namespace

bool IRGen::isAtomicIntrinsic(const Func* f) const {
  return atomicOpOf(f) != AtomicOp::None;
}

llvm::Value* IRGen::atomicIntrinsic(Func* f, llvm::ArrayRef<llvm::Value*> args) {
  AtomicOp op = atomicOpOf(f);
  auto* sig = llvm::cast<types::Signature>(f->type);
  llvm::Value* addr = nilCheck(args[0]);
  constexpr auto order = llvm::AtomicOrdering::SequentiallyConsistent;
  switch (op) {
    case AtomicOp::Add: {
      llvm::Value* old =
          b.CreateAtomicRMW(llvm::AtomicRMWInst::Add, addr, args[1], llvm::MaybeAlign(), order);
      return b.CreateAdd(old, args[1]);
    }
    case AtomicOp::Load: {
      llvm::Type* t = llvmType(sig->results->vars[0]->type);
      llvm::LoadInst* ld = b.CreateLoad(t, addr);
      ld->setAtomic(order);
      ld->setAlignment(llvm::Align(mod->getDataLayout().getTypeStoreSize(t)));
      return ld;
    }
    case AtomicOp::Store: {
      llvm::StoreInst* st = b.CreateStore(args[1], addr);
      st->setAtomic(order);
      st->setAlignment(llvm::Align(mod->getDataLayout().getTypeStoreSize(args[1]->getType())));
      return nullptr;
    }
    case AtomicOp::Swap:
      return b.CreateAtomicRMW(llvm::AtomicRMWInst::Xchg, addr, args[1], llvm::MaybeAlign(), order);
    case AtomicOp::CAS: {
      llvm::Value* r =
          b.CreateAtomicCmpXchg(addr, args[1], args[2], llvm::MaybeAlign(), order, order);
      return b.CreateExtractValue(r, 1);
    }
    case AtomicOp::None: break;
  }
  return nullptr;
}

void IRGen::defineAtomicIntrinsic(Func* f, llvm::Function* fn) {
  fn->setLinkage(llvm::GlobalValue::InternalLinkage);
  fn->addFnAttr(llvm::Attribute::AlwaysInline);
  emitWrapper(fn, nullptr, [&] {
    std::vector<llvm::Value*> args;
    for (llvm::Argument& a : fn->args()) args.push_back(&a);
    llvm::Value* r = atomicIntrinsic(f, args);
    if (fn->getReturnType()->isVoidTy()) {
      b.CreateRetVoid();
    } else {
      b.CreateRet(r);
    }
  });
}

}  // namespace minigo::codegen
