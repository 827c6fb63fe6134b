// stackalloc.cpp — objects that escape analysis keeps in the frame.
//
// An object that does not escape gets a slot of the entry block (so that LLVM sees a
// fixed-size frame and can promote it), zeroed where the program allocates it: a
// loop's non-escaping &T{} is a fresh zero object on every iteration, in the same slot
// (the analysis guarantees no pointer to it outlives the iteration). The collector
// scans frames conservatively, so pointers held in stack objects keep their targets
// alive; the heap never points to them (escape analysis's invariant).
#include "codegen/irgen.h"

namespace minigo::codegen {

using namespace types;

llvm::Value* IRGen::stackObject(Type* t) {
  llvm::AllocaInst* a = allocaFor(t, "");
  uint64_t size = goSize(t);
  if (size > 0) b.CreateMemSet(a, b.getInt8(0), size, a->getAlign());
  return a;
}

llvm::Value* IRGen::stackSlice(Type* elem, uint64_t len, uint64_t cap) {
  auto* arrT = prog.typesArena.make<Array>(elem, int64_t(cap));
  llvm::Value* p = stackObject(arrT);
  llvm::Value* s = llvm::UndefValue::get(sliceTy);
  s = b.CreateInsertValue(s, p, 0);
  s = b.CreateInsertValue(s, llvm::ConstantInt::get(i64, len), 1);
  return b.CreateInsertValue(s, llvm::ConstantInt::get(i64, cap), 2);
}

}  // namespace minigo::codegen
