// methods.cpp — methods: receivers (automatic & and * as the spec says, through
// embedded fields), the wrappers Go generates (a value method in the method set of *T,
// "p.(*T).M"; a method promoted from an embedded field, "p.T.M"), the functions an
// itab holds (their receiver is the interface's data word), and calls through
// interfaces.
#include "codegen/irgen.h"

#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

namespace {

// Walks embedded fields from a receiver to the method's own receiver. The base is an
// address (isAddr) — of a variable, or a pointer value (fromPointer: may be nil) — or a
// value.
struct Place {
  llvm::Value* v;
  Type* t;
  bool isAddr;
  bool fromPointer;
};

}  // namespace

// Follows the embedded fields of path from p; the result is the place of the value
// whose method is called.
static Place followPath(IRGen& g, Place p, const std::vector<int>& path) {
  for (int idx : path) {
    auto* st = cast<Struct>(p.t->underlying());
    Type* ft = st->fields[size_t(idx)]->type;
    if (p.isAddr) {
      if (p.fromPointer) g.nilCheck(p.v);
      p.v = g.b.CreateStructGEP(g.llvmType(p.t), p.v, unsigned(idx));
      p.fromPointer = false;
    } else {
      p.v = g.fieldValue(p.v, p.t, unsigned(idx));
    }
    p.t = ft;
    if (auto* fp = dyn_cast<Pointer>(ft->underlying())) {
      // An embedded pointer: continue at what it points to.
      llvm::Value* ptr = p.isAddr ? g.b.CreateLoad(g.ptrTy, p.v) : p.v;
      p = Place{ptr, fp->elem, true, true};
    }
  }
  return p;
}

// The receiver for method m at place p: its address for a pointer receiver, its value
// for a value receiver (a big one as a copy in memory when inMemory, else first-class).
static llvm::Value* receiverAt(IRGen& g, Place p, Func* m, bool inMemory) {
  if (m->hasPtrRecv) {
    if (!p.isAddr) {
      // The checker allows this only for addressable operands; keep the value in a temporary.
      llvm::Value* tmp = g.newObject(p.t);
      g.initStore(p.v, tmp, p.t);
      return tmp;
    }
    return p.v;
  }
  llvm::Value* v = p.v;
  if (p.isAddr) {
    if (p.fromPointer) g.nilCheck(p.v);
    v = g.loadValue(p.t, p.v);
  }
  return inMemory ? v : g.toFirstClass(v, p.t);
}

// Whether m is an interface's method (reached through an embedded interface field).
static bool isInterfaceMethod(Func* m) {
  auto* sig = cast<Signature>(m->type);
  return !m->decl && sig->recv && isInterface(sig->recv->type);
}

// The interface value at place p.
static llvm::Value* ifaceAt(IRGen& g, Place p) {
  if (p.isAddr) {
    if (p.fromPointer) g.nilCheck(p.v);
    return g.b.CreateLoad(g.llvmType(p.t), p.v);
  }
  return p.v;
}

llvm::Value* IRGen::methodReceiver(SelectorExpr* e, const Selection& sel, Func* m, bool inMemory) {
  Type* xt = typeOf(e->x);
  Place p;
  const TypeAndValue* tv = info.lookup(e->x);
  if (auto* ptr = dyn_cast<Pointer>(xt->underlying())) {
    p = Place{expr(e->x), ptr->elem, true, true};
  } else if (tv && tv->mode == Mode::Variable) {
    p = Place{addr(e->x), xt, true, false};
  } else {
    p = Place{expr(e->x), xt, false, false};
  }
  std::vector<int> path(sel.index.begin(), sel.index.end() - 1);
  Place at = followPath(*this, p, path);
  if (isInterfaceMethod(m)) return ifaceAt(*this, at);
  return receiverAt(*this, at, m, inMemory);
}

llvm::Value* IRGen::callMethod(llvm::Value* recv, Func* m, llvm::ArrayRef<llvm::Value*> args,
                               Signature* sig) {
  if (isInterfaceMethod(m)) {
    auto* it = cast<Interface>(cast<Signature>(m->type)->recv->type->underlying());
    return ifaceCall(recv, it, m, args, sig);
  }
  // A big receiver as a first-class value (from a method value's closure) goes to memory.
  std::vector<llvm::Value*> all{toMemory(recv, cast<Signature>(m->type)->recv->type)};
  all.insert(all.end(), args.begin(), args.end());
  llvm::Function* fn = declareFunc(m);
  return callGo(fn->getFunctionType(), fn, nullptr, all);
}

llvm::Function* IRGen::methodFunc(Type* recv, Func* m) {
  auto* msig = cast<Signature>(m->type);
  if (identical(recv, msig->recv->type)) return declareFunc(m);
  bool isPtr = false;
  Type* base = deref(recv, &isPtr);
  std::string tname = isa<Named>(base) ? cast<Named>(base)->obj->name : runtimeTypeString(base);
  std::string pkg =
      isa<Named>(base) && cast<Named>(base)->obj->pkg ? cast<Named>(base)->obj->pkg->path : "";
  std::string name =
      isPtr ? pkg + ".(*" + tname + ")." + m->name : pkg + "." + tname + "." + m->name;
  if (auto it = wrappers_.find(name); it != wrappers_.end()) return it->second;

  // The wrapper takes the receiver as recv and reaches m's receiver.
  auto* wsig = prog.typesArena.make<Signature>();
  wsig->recv = prog.typesArena.make<Var>(Pos{}, nullptr, "recv", recv);
  wsig->params = msig->params;
  wsig->results = msig->results;
  wsig->variadic = msig->variadic;
  auto* fn = llvm::Function::Create(llvmFuncType(wsig), llvm::GlobalValue::InternalLinkage, name,
                                    mod.get());
  fn->addParamAttr(0, llvm::Attribute::Nest);
  wrappers_[name] = fn;
  Checker::LookupResult r = Checker::lookupFieldOrMethod(recv, false, m->pkg, m->name);
  std::vector<int> path;
  if (r.obj == m && !r.index.empty()) path.assign(r.index.begin(), r.index.end() - 1);
  emitWrapper(fn, wsig, [&] {
    if (isPtr && path.empty() && !m->hasPtrRecv) {
      // (*T).M for a value method M of T: a nil receiver is Go's panicwrap ("value
      // method main.T.M called using nil *T pointer").
      llvm::BasicBlock* okBB = newBlock("recv.ok");
      llvm::BasicBlock* nilBB = newBlock("recv.nil");
      b.CreateCondBr(b.CreateICmpEQ(fn->getArg(1), llvm::ConstantPointerNull::get(ptrTy)), nilBB,
                     okBB);
      b.SetInsertPoint(nilBB);
      callRuntime("runtime.panicwrap", {goString(pkg), goString(tname), goString(m->name)});
      b.CreateUnreachable();
      b.SetInsertPoint(okBB);
    }
    Place p =
        isPtr ? Place{fn->getArg(1), base, true, true} : Place{fn->getArg(1), recv, false, false};
    p = followPath(*this, p, path);
    llvm::Value* rv = isInterfaceMethod(m) ? ifaceAt(*this, p) : receiverAt(*this, p, m, true);
    std::vector<llvm::Value*> args;
    for (unsigned i = 2; i < fn->arg_size(); i++) args.push_back(fn->getArg(i));
    llvm::Value* res = callMethod(rv, m, args, msig);
    if (fn->getReturnType()->isVoidTy()) {
      b.CreateRetVoid();
    } else {
      b.CreateRet(res);
    }
  });
  return fn;
}

llvm::Function* IRGen::ifaceMethodFunc(Type* T, Func* m) {
  if (isa<Pointer>(T->underlying())) return methodFunc(T, m);
  if (isDirectIface(T) && llvmType(T) == ptrTy) return methodFunc(T, m);
  if (!isDirectIface(T)) {
    // The data word points to the value: the value method through *T.
    return methodFunc(prog.typesArena.make<Pointer>(T), m);
  }
  // A one-field struct or array holding a pointer: rebuild the value from the word.
  std::string name = methodFunc(T, m)->getName().str() + "·i";
  if (auto it = wrappers_.find(name); it != wrappers_.end()) return it->second;
  auto* msig = cast<Signature>(m->type);
  auto* wsig = prog.typesArena.make<Signature>();
  wsig->recv = prog.typesArena.make<Var>(Pos{}, nullptr, "recv", u.basic(BasicKind::UnsafePointer));
  wsig->params = msig->params;
  wsig->results = msig->results;
  auto* fn = llvm::Function::Create(llvmFuncType(wsig), llvm::GlobalValue::InternalLinkage, name,
                                    mod.get());
  fn->addParamAttr(0, llvm::Attribute::Nest);
  wrappers_[name] = fn;
  emitWrapper(fn, wsig, [&] {
    llvm::Value* v = fromInterfaceData(fn->getArg(1), T);
    std::vector<llvm::Value*> args{v};
    for (unsigned i = 2; i < fn->arg_size(); i++) args.push_back(fn->getArg(i));
    llvm::Function* target = methodFunc(T, m);
    llvm::Value* res = callGo(target->getFunctionType(), target, nullptr, args);
    if (fn->getReturnType()->isVoidTy()) {
      b.CreateRetVoid();
    } else {
      b.CreateRet(res);
    }
  });
  return fn;
}

llvm::Value* IRGen::ifaceCall(llvm::Value* x, Interface* it, Func* m,
                              llvm::ArrayRef<llvm::Value*> args, Signature* sig) {
  completeInterface(it);
  size_t idx = 0;
  for (size_t i = 0; i < it->allMethods.size(); i++) {
    if (it->allMethods[i]->id() == m->id()) idx = i;
  }
  llvm::Value* tab = b.CreateExtractValue(x, 0, "itab");
  llvm::Value* data = b.CreateExtractValue(x, 1, "data");
  nilCheck(tab, 24 + 8 * idx);
  // itab: {inter, type, hash, pad, fun[...]}: fun[i] is at 24 + 8*i.
  llvm::Value* slot = b.CreateConstGEP1_64(i8, tab, 24 + 8 * idx);
  llvm::Value* code = b.CreateLoad(ptrTy, slot, m->name);
  // The method's type without its receiver, which the data word replaces.
  llvm::FunctionType* mt = llvmFuncType(sig);
  std::vector<llvm::Type*> params{ptrTy, ptrTy};
  params.insert(params.end(), mt->param_begin() + (sig->recv ? 2 : 1), mt->param_end());
  auto* ft = llvm::FunctionType::get(mt->getReturnType(), params, false);
  std::vector<llvm::Value*> all{data};
  all.insert(all.end(), args.begin(), args.end());
  return callGo(ft, code, nullptr, all);
}

}  // namespace minigo::codegen
