// closure.cpp — function values.
//
// A function value is a pointer to a closure object whose first word is the code
// pointer: {code, captures...}. A declared function's value is a static closure
// ("p.f·f" = {p.f}); a function literal's closure holds, after the code pointer, the
// addresses of the variables it captures (captured variables live on the heap, see
// heapvars.cpp, so capture is by reference as Go specifies); a method value x.M holds
// its receiver. Every Go function takes the closure pointer as its first (nest)
// parameter, so a call through a value is the same whatever the value holds.
#include "codegen/irgen.h"

#include "syntax/walk.h"

#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

std::vector<Var*> IRGen::freeVars(FuncLit* lit) {
  Pos begin = lit->pos, end = endPos(lit);
  std::vector<Var*> free;
  walk(lit->body, [&](Node* n) {
    if (auto* name = dyn_cast<Name>(n)) {
      auto* v = dyn_cast_or_null<Var>(info.uses.lookup(name));
      if (!v || v->isGlobal || v->isField) return true;
      // Declared outside the literal (in an enclosing function)?
      bool inside = v->pos.file == begin.file && !(v->pos < begin) && v->pos < end;
      if (!inside && std::find(free.begin(), free.end(), v) == free.end()) free.push_back(v);
    }
    return true;
  });
  return free;
}

llvm::Value* IRGen::makeClosure(llvm::Function* fn, llvm::ArrayRef<llvm::Value*> captures,
                                llvm::ArrayRef<Type*> captureTypes, bool onStack) {
  // The closure object's type, for the allocator's pointer bitmap: the code pointer is
  // not a heap pointer; the captures are what they are.
  auto* st = prog.typesArena.make<Struct>();
  st->fields.push_back(prog.typesArena.make<Var>(Pos{}, nullptr, "F", u.basic(BasicKind::Uintptr)));
  for (size_t i = 0; i < captures.size(); i++) {
    auto* f = prog.typesArena.make<Var>(Pos{}, nullptr, "X" + std::to_string(i), captureTypes[i]);
    f->isField = true;
    st->fields.push_back(f);
  }
  llvm::Value* obj = newObjectOr(st, onStack);
  llvm::Type* lt = llvmType(st);
  b.CreateStore(fn, b.CreateStructGEP(lt, obj, 0));
  for (unsigned i = 0; i < captures.size(); i++) {
    initStore(captures[i], b.CreateStructGEP(lt, obj, i + 1), captureTypes[i]);
  }
  return obj;
}

llvm::Value* IRGen::funcLit(FuncLit* lit) {
  auto* sig = cast<Signature>(typeOf(lit));
  // Go's names: p.f.func1, p.f.func2; literals inside literals: p.f.func1.1
  std::string name = fs->name + (fs->isLiteral ? "." : ".func") + std::to_string(++fs->literals);
  auto* fn = llvm::Function::Create(llvmFuncType(sig), llvm::GlobalValue::InternalLinkage, name,
                                    mod.get());
  fn->addParamAttr(0, llvm::Attribute::Nest);
  std::vector<Var*> free = freeVars(lit);

  // Generate the literal's body, then come back.
  std::unique_ptr<FuncState> outer = std::move(fs);
  llvm::IRBuilderBase::InsertPoint ip = b.saveIP();
  llvm::DebugLoc outerLoc = b.getCurrentDebugLocation();
  beginFunction(fn, sig, lit->body, name, lit->pos);
  fs->isLiteral = true;
  if (!free.empty()) {
    std::vector<Type*> tys(free.size(), u.basic(BasicKind::UnsafePointer));
    auto* st = llvm::StructType::get(ctx, std::vector<llvm::Type*>(free.size() + 1, ptrTy));
    for (unsigned i = 0; i < free.size(); i++) {
      llvm::Value* cell = b.CreateLoad(ptrTy, b.CreateStructGEP(st, fs->closure, i + 1));
      cell->setName(free[i]->name + ".captured");
      fs->vars[free[i]] = cell;
    }
  }
  stmtList(lit->body->list);
  finishFunction();
  fs = std::move(outer);
  b.restoreIP(ip);
  b.SetCurrentDebugLocation(outerLoc);

  if (free.empty()) {
    // Nothing captured: one static closure serves every evaluation.
    auto* init = llvm::ConstantStruct::getAnon(ctx, {fn});
    return new llvm::GlobalVariable(*mod, init->getType(), true, llvm::GlobalValue::InternalLinkage,
                                    init, name + "·f");
  }
  std::vector<llvm::Value*> cells;
  std::vector<Type*> tys;
  for (Var* v : free) {
    cells.push_back(varAddr(v, lit));
    tys.push_back(prog.typesArena.make<Pointer>(v->type));
  }
  return makeClosure(fn, cells, tys, stackSite(lit));
}

llvm::Value* IRGen::funcValue(Func* f) {
  if (auto it = funcValues_.find(f); it != funcValues_.end()) return it->second;
  llvm::Function* fn = declareFunc(f);
  auto* sig = cast<Signature>(f->type);
  if (f->external()) {
    // A runtime-provided function has no closure parameter: wrap it.
    auto* w = llvm::Function::Create(llvmFuncType(sig), llvm::GlobalValue::InternalLinkage,
                                     fn->getName() + "·w", mod.get());
    w->addParamAttr(0, llvm::Attribute::Nest);
    llvm::IRBuilder<> wb(llvm::BasicBlock::Create(ctx, "entry", w));
    std::vector<llvm::Value*> args;
    for (unsigned i = 1; i < w->arg_size(); i++) args.push_back(w->getArg(i));
    llvm::Value* r = callExternal(wb, fn, args);
    if (w->getReturnType()->isVoidTy()) {
      wb.CreateRetVoid();
    } else {
      wb.CreateRet(r);
    }
    fn = w;
  }
  auto* init = llvm::ConstantStruct::getAnon(ctx, {fn});
  auto* gv = new llvm::GlobalVariable(
      *mod, init->getType(), true, llvm::GlobalValue::InternalLinkage, init, fn->getName() + "·f");
  funcValues_[f] = gv;
  return gv;
}

llvm::Value* IRGen::callFuncValue(llvm::Value* fv, Signature* sig,
                                  llvm::ArrayRef<llvm::Value*> args, const Node* at) {
  (void)at;
  nilCheck(fv);
  llvm::Value* code = b.CreateLoad(ptrTy, fv, "code");
  return callGo(llvmFuncType(sig), code, fv, args);
}

llvm::Value* IRGen::methodValue(SelectorExpr* e) {
  const Selection& sel = info.selections.find(e)->second;
  auto* m = cast<Func>(sel.obj);
  auto* msig = cast<Signature>(m->type);
  Type* xt = typeOf(e->x);
  auto* vsig = cast<Signature>(typeOf(e));  // the method value's type: no receiver

  // The receiver is evaluated (and copied) now.
  llvm::Value* recv;
  Type* recvType;
  bool viaIface = isInterface(xt);
  if (viaIface) {
    recv = expr(e->x);
    recvType = xt;
    // Calling a method of a nil interface panics when the value is made.
    nilCheck(b.CreateExtractValue(recv, 0));
  } else {
    recv = methodReceiver(e, sel, m);
    recvType = msig->recv->type;  // the interface's type, for a promoted interface method
  }
  auto* fn = llvm::Function::Create(llvmFuncType(vsig), llvm::GlobalValue::InternalLinkage,
                                    funcSymbol(m) + "-fm", mod.get());
  fn->addParamAttr(0, llvm::Attribute::Nest);
  emitWrapper(fn, vsig, [&] {
    llvm::Type* closureTy = llvm::StructType::get(ctx, {ptrTy, llvmType(recvType)});
    llvm::Value* r =
        b.CreateLoad(llvmType(recvType), b.CreateStructGEP(closureTy, fn->getArg(0), 1));
    std::vector<llvm::Value*> args;
    for (unsigned i = 1; i < fn->arg_size(); i++) args.push_back(fn->getArg(i));
    llvm::Value* result;
    if (viaIface) {
      result = ifaceCall(r, cast<Interface>(xt->underlying()), m, args, vsig);
    } else {
      result = callMethod(r, m, args, vsig);
    }
    if (fn->getReturnType()->isVoidTy()) {
      b.CreateRetVoid();
    } else {
      b.CreateRet(result);
    }
  });
  return makeClosure(fn, {recv}, {recvType}, stackSite(e));
}

}  // namespace minigo::codegen
