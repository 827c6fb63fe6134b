// aggregates.cpp — structs, arrays and pointers: nil checks, field selection through
// embedded fields (automatic dereference of pointers on the way), composite literals
// of every kind, and equality of structs, arrays and interfaces.
//
// Nil pointers are checked explicitly (a compare and a cold branch to
// runtime.panicmem), because LLVM treats a load through null as undefined behaviour
// and would otherwise be free to fold it away.
#include "codegen/irgen.h"

#include <llvm/IR/MDBuilder.h>
#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

llvm::Value* IRGen::nilCheck(llvm::Value* p, uint64_t offset) {
  if (llvm::isa<llvm::GlobalValue>(p) || llvm::isa<llvm::AllocaInst>(p)) return p;
  llvm::BasicBlock* okBB = newBlock("nil.ok");
  llvm::BasicBlock* failBB = newBlock("nil.panic");
  b.CreateCondBr(b.CreateICmpEQ(p, llvm::ConstantPointerNull::get(ptrTy)), failBB, okBB,
                 llvm::MDBuilder(ctx).createBranchWeights(1, 1 << 20));
  b.SetInsertPoint(failBB);
  // The address the access would have faulted at, which Go's SIGSEGV line shows.
  callRuntime("runtime.panicmem", {llvm::ConstantInt::get(i64, offset)});
  b.CreateUnreachable();
  b.SetInsertPoint(okBB);
  return p;
}

uint64_t IRGen::fieldOffset(Type* structType, int index) {
  auto* st = dyn_cast<llvm::StructType>(llvmType(structType));
  if (!st) return 0;
  return mod->getDataLayout().getStructLayout(st)->getElementOffset(unsigned(index));
}

// The address of the field at the end of path, starting at the struct at base;
// embedded pointers on the way are followed (and checked).
llvm::Value* IRGen::fieldAddr(llvm::Value* base, Type* baseType, const std::vector<int>& path,
                              Type** fieldType) {
  Type* t = baseType;
  llvm::Value* p = base;
  for (size_t i = 0; i < path.size(); i++) {
    auto* st = cast<Struct>(t->underlying());
    p = b.CreateStructGEP(llvmType(t), p, unsigned(path[i]));
    t = st->fields[size_t(path[i])]->type;
    if (i + 1 < path.size()) {
      if (auto* ptr = dyn_cast<Pointer>(t->underlying())) {
        p = nilCheck(b.CreateLoad(ptrTy, p), fieldOffset(ptr->elem, path[i + 1]));
        t = ptr->elem;
      }
    }
  }
  *fieldType = t;
  return p;
}

llvm::Value* IRGen::selector(SelectorExpr* e) {
  auto it = info.selections.find(e);
  if (it == info.selections.end()) {
    // A qualified identifier: pkg.Var or pkg.Func (constants were folded).
    Object* obj = info.uses.lookup(e->sel);
    if (auto* v = dyn_cast_or_null<Var>(obj)) return loadValue(v->type, global(v));
    if (auto* f = dyn_cast_or_null<Func>(obj)) return funcValue(f);
    unsupported(e, "selector " + exprString(e));
    return llvm::UndefValue::get(valueType(typeOf(e)));
  }
  const Selection& sel = it->second;
  switch (sel.kind) {
    case SelectionKind::FieldVal: {
      Type* xt = typeOf(e->x);
      const TypeAndValue* tv = info.lookup(e->x);
      if (isa<Pointer>(xt->underlying()) || (tv && tv->mode == Mode::Variable)) {
        return loadValue(typeOf(e), addr(e));
      }
      // A field of a struct value (a call's result, say): extract it, following
      // embedded pointers through memory.
      llvm::Value* v = expr(e->x);
      Type* t = xt;
      for (size_t i = 0; i < sel.index.size(); i++) {
        auto* st = cast<Struct>(t->underlying());
        v = fieldValue(v, t, unsigned(sel.index[i]));
        t = st->fields[size_t(sel.index[i])]->type;
        if (i + 1 < sel.index.size()) {
          if (auto* ptr = dyn_cast<Pointer>(t->underlying())) {
            std::vector<int> rest(sel.index.begin() + long(i) + 1, sel.index.end());
            Type* ft;
            llvm::Value* fp = fieldAddr(nilCheck(v), ptr->elem, rest, &ft);
            return loadValue(ft, fp);
          }
        }
      }
      return v;
    }
    case SelectionKind::MethodVal: return methodValue(e);
    case SelectionKind::MethodExpr: {
      // T.M / (*T).M: the method as a function whose first parameter is the receiver.
      auto* m = cast<Func>(sel.obj);
      Type* recv = sel.recv;
      llvm::Function* fn;
      if (auto* iface = dyn_cast<Interface>(recv->underlying())) {
        // I.M: a function calling the method through the interface.
        auto* sig = cast<Signature>(typeOf(e));
        std::string name = runtimeTypeString(recv) + "." + m->name + "·I";
        fn = mod->getFunction(name);
        if (!fn) {
          fn = llvm::Function::Create(llvmFuncType(sig), llvm::GlobalValue::InternalLinkage, name,
                                      mod.get());
          fn->addParamAttr(0, llvm::Attribute::Nest);
          auto* msig = cast<Signature>(m->type);
          emitWrapper(fn, sig, [&] {
            std::vector<llvm::Value*> args;
            for (unsigned i = 2; i < fn->arg_size(); i++) args.push_back(fn->getArg(i));
            llvm::Value* r = ifaceCall(fn->getArg(1), iface, m, args, msig);
            if (fn->getReturnType()->isVoidTy()) {
              b.CreateRetVoid();
            } else {
              b.CreateRet(r);
            }
          });
        }
      } else {
        fn = methodFunc(recv, m);
      }
      auto* init = llvm::ConstantStruct::getAnon(ctx, {fn});
      std::string gname = fn->getName().str() + "·f";
      if (llvm::GlobalVariable* gv = mod->getNamedGlobal(gname)) return gv;
      return new llvm::GlobalVariable(*mod, init->getType(), true,
                                      llvm::GlobalValue::InternalLinkage, init, gname);
    }
  }
  return llvm::UndefValue::get(valueType(typeOf(e)));
}

llvm::Value* IRGen::compositeLit(CompositeLit* e) {
  Type* t = typeOf(e);
  // A literal whose type is a pointer (an elided &T inside another literal, as in
  // []*T{{...}}): a new object holding the value the elements describe.
  if (auto* p = dyn_cast<Pointer>(t->underlying())) {
    llvm::Value* obj = newObjectOr(p->elem, esc && !esc->ptrLitEscapes(e));
    llvm::Value* v = compositeValue(e, p->elem, obj);
    if (v != obj) initStore(v, obj, p->elem);
    return obj;
  }
  return compositeValue(e, t);
}

// The value of type t that the literal's elements describe.
llvm::Value* IRGen::compositeValue(CompositeLit* e, Type* t, llvm::Value* into) {
  Type* u = t->underlying();
  // A big value is built in place in into (new zeroed memory) when given — so no copy
  // of its pointers lingers in a frame temporary, where the conservative stack scan
  // would keep them alive — else in a zeroed temporary of its own (memvalues.cpp).
  llvm::Value* mem = isBig(t) ? (into ? into : zeroOf(t)) : nullptr;
  if (auto* st = dyn_cast<Struct>(u)) {
    llvm::Value* v = mem ? mem : zeroValue(t);
    for (size_t i = 0; i < e->elems.size(); i++) {
      Expr* el = e->elems[i];
      size_t idx = i;
      if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
        auto* key = cast<Name>(kv->key);
        for (size_t k = 0; k < st->fields.size(); k++) {
          if (st->fields[k] == info.uses.lookup(key)) idx = k;
        }
        el = kv->value;
      }
      Type* ft = st->fields[idx]->type;
      if (mem) {
        initStore(exprTo(el, ft), b.CreateStructGEP(llvmType(t), mem, unsigned(idx)), ft);
      } else {
        v = b.CreateInsertValue(v, exprTo(el, ft), unsigned(idx));
      }
    }
    return v;
  }
  if (auto* at = dyn_cast<Array>(u)) {
    llvm::Value* v = mem ? mem : zeroValue(t);
    int64_t idx = 0;
    for (Expr* el : e->elems) {
      if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
        const TypeAndValue* ktv = info.lookup(kv->key);
        if (ktv && ktv->value) idx = Constant::makeInt(*ktv->value->toInt()).int64Val();
        el = kv->value;
      }
      if (mem) {
        initStore(exprTo(el, at->elem), b.CreateConstGEP2_64(llvmType(t), mem, 0, uint64_t(idx)),
                  at->elem);
      } else {
        v = b.CreateInsertValue(v, exprTo(el, at->elem), unsigned(idx));
      }
      idx++;
    }
    return v;
  }
  if (auto* sl = dyn_cast<Slice>(u)) {
    // Elements may be keyed: compute the length first.
    int64_t n = 0, idx = 0;
    for (Expr* el : e->elems) {
      if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
        const TypeAndValue* ktv = info.lookup(kv->key);
        if (ktv && ktv->value) idx = Constant::makeInt(*ktv->value->toInt()).int64Val();
      }
      idx++;
      n = std::max(n, idx);
    }
    if (n == 0) {
      // An empty slice literal is not nil: it points at a zero-size object.
      llvm::Value* p = newObject(sl->elem);
      llvm::Value* r = llvm::UndefValue::get(sliceTy);
      r = b.CreateInsertValue(r, p, 0);
      r = b.CreateInsertValue(r, llvm::ConstantInt::get(i64, 0), 1);
      return b.CreateInsertValue(r, llvm::ConstantInt::get(i64, 0), 2);
    }
    llvm::Value* arr = stackSite(e)
                           ? stackSlice(sl->elem, uint64_t(n), uint64_t(n))
                           : makeSlice(sl->elem, llvm::ConstantInt::get(i64, uint64_t(n)), nullptr);
    llvm::Value* base = b.CreateExtractValue(arr, 0);
    idx = 0;
    for (Expr* el : e->elems) {
      Expr* val = el;
      if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
        const TypeAndValue* ktv = info.lookup(kv->key);
        if (ktv && ktv->value) idx = Constant::makeInt(*ktv->value->toInt()).int64Val();
        val = kv->value;
      }
      llvm::Value* v = exprTo(val, sl->elem);
      initStore(v,
                b.CreateGEP(llvmType(sl->elem), base, llvm::ConstantInt::get(i64, uint64_t(idx))),
                sl->elem);
      idx++;
    }
    return arr;
  }
  if (isa<Map>(u)) return mapLiteral(e, t);
  unsupported(e, "composite literal of type " + typeString(t));
  return llvm::UndefValue::get(valueType(t));
}

// x == y for values of type t: field by field for structs, element by element for
// arrays (so padding never matters), through the runtime for interfaces.
llvm::Value* IRGen::equal(llvm::Value* x, llvm::Value* y, Type* t, const Node* at) {
  Type* u = t->underlying();
  if (isa<Struct>(u) || isa<Array>(u)) {
    // Small structs field by field, inline; the rest through the type's equality
    // function (bytewise for plain memory, a loop for arrays).
    auto* st = dyn_cast<Struct>(u);
    if (isBig(t)) {
      // Big values are memory already (memvalues.cpp).
      auto* ft = llvm::FunctionType::get(i1, {ptrTy, ptrTy}, false);
      llvm::Value* fn = isMemoryComparable(t) ? nullptr : equalFunc(t);
      llvm::Value* eq =
          fn ? static_cast<llvm::Value*>(b.CreateCall(ft, fn, {x, y}))
             : callRuntime("runtime.memequal", {x, y, llvm::ConstantInt::get(i64, goSize(t))});
      if (auto* c = dyn_cast<llvm::CallInst>(eq); c && fn) c->addRetAttr(llvm::Attribute::ZExt);
      return eq;
    }
    if (st && st->fields.size() <= 4 && !isMemoryComparable(t)) {
      llvm::Value* r = llvm::ConstantInt::getTrue(ctx);
      for (unsigned i = 0; i < st->fields.size(); i++) {
        if (st->fields[i]->name == "_") continue;  // blank fields are not compared
        Type* ft = st->fields[i]->type;
        r = b.CreateAnd(r, equal(b.CreateExtractValue(x, i), b.CreateExtractValue(y, i), ft, at));
      }
      return r;
    }
    if (isMemoryComparable(t) && goSize(t) <= 16) {
      llvm::Type* it = llvm::IntegerType::get(ctx, unsigned(std::max<uint64_t>(goSize(t), 1) * 8));
      llvm::AllocaInst* px = allocaFor(t, "eqx");
      llvm::AllocaInst* py = allocaFor(t, "eqy");
      b.CreateStore(x, px);
      b.CreateStore(y, py);
      if (goSize(t) == 0) return llvm::ConstantInt::getTrue(ctx);
      return b.CreateICmpEQ(b.CreateLoad(it, px), b.CreateLoad(it, py));
    }
    llvm::AllocaInst* px = allocaFor(t, "eqx");
    llvm::AllocaInst* py = allocaFor(t, "eqy");
    b.CreateStore(x, px);
    b.CreateStore(y, py);
    auto* ft = llvm::FunctionType::get(i1, {ptrTy, ptrTy}, false);
    llvm::CallInst* c = b.CreateCall(ft, equalFunc(t), {px, py});
    c->addRetAttr(llvm::Attribute::ZExt);
    return c;
  }
  return compare(Operator::Eql, x, y, t, at);
}

}  // namespace minigo::codegen
