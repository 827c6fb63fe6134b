// defer.cpp — defer statements, recover, and the landing pads that run deferred calls
// when a panic unwinds (runtime/defer.cpp and runtime/panic.cpp hold the other half;
// docs/ARCHITECTURE.md, "Panics and deferred calls").
//
// A function with defer statements gets:
//  - a frame token (an i8 slot) identifying its activation to the runtime;
//  - for each defer statement, a closure without parameters or results that performs
//    the call (its function value and arguments evaluated at the statement), recorded
//    with runtime.deferprocStack (a record in this frame) or, inside a loop,
//    runtime.deferproc (a record on the heap);
//  - one exit block: every return stores its values into the result slots and jumps
//    there; it calls runtime.deferreturn, then returns the result slots' values (so a
//    deferred closure that changes a named result changes what is returned);
//  - a landing pad (C++ EH, personality __gxx_personality_v0): every call that may
//    panic is an invoke; the pad calls runtime.deferpanic, which runs the deferred
//    calls for the panic, and jumps to the exit block if one of them recovered, or
//    resumes unwinding. A panic raised by a deferred call lands in the same pad.
// Functions without defer statements have no landing pads: a panic unwinds through
// them at no cost to the path without panics.
//
// recover() in a function f becomes runtime.gorecover(argp, callerfp), where argp is
// the address of f's return address and callerfp its caller's frame pointer; f is
// never inlined, and every function keeps a frame pointer, so the runtime can tell
// whether f is the deferred call a panic is running (or is called by a compiler-made
// wrapper that is).
#include "codegen/irgen.h"

#include "syntax/walk.h"

#include <llvm/IR/IntrinsicInst.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/Support/Casting.h>
#include <llvm/Transforms/Utils/Local.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;
using namespace syntax;

namespace {

constexpr uint64_t deferRecordSize = 32;  // runtime/defer.cpp's _defer

// Whether body has a defer statement of its own (not one of a nested function literal).
bool hasDeferStmt(Node* body) {
  bool found = false;
  walk(body, [&](Node* n) {
    if (found || isa<FuncLit>(n)) return false;
    if (auto* c = dyn_cast<CallStmt>(n); c && c->tok == Tok::Defer) found = true;
    return !found;
  });
  return found;
}

}  // namespace

void IRGen::beginDefers(Node* body) {
  if (!body || !hasDeferStmt(body)) return;
  fs->hasDefer = true;
  llvm::IRBuilder<> ab(fs->allocaBlock, fs->allocaBlock->begin());
  fs->deferFrame = ab.CreateAlloca(i8, nullptr, "deferframe");
  fs->exitBB = llvm::BasicBlock::Create(ctx, "exit");
}

// go f(x): the call as a closure without parameters (evaluated here, on the heap),
// handed to the scheduler, which runs it on a new goroutine.
void IRGen::goStmt(CallStmt* s) {
  llvm::Value* fn = deferredClosure(s->call, /*forGo=*/true);
  callRuntime("runtime.newproc", {fn});
}

void IRGen::deferStmt(CallStmt* s) {
  llvm::Value* fn = deferredClosure(s->call);
  if (fs->loopDepth == 0) {
    // Runs at most once per activation: the record lives in this frame.
    llvm::IRBuilder<> ab(fs->allocaBlock, fs->allocaBlock->begin());
    llvm::AllocaInst* rec =
        ab.CreateAlloca(llvm::ArrayType::get(i8, deferRecordSize), nullptr, "deferrecord");
    rec->setAlignment(llvm::Align(8));
    callRuntime("runtime.deferprocStack", {rec, fn, fs->deferFrame});
  } else {
    callRuntime("runtime.deferproc", {fn, fs->deferFrame});
  }
}

llvm::Value* IRGen::deferredClosure(CallExpr* e, bool forGo) {
  const TypeAndValue* ftv = info.lookup(e->fun);
  Expr* fun = unparen(e->fun);

  // What the thunk needs, evaluated now.
  enum class Kind { Builtin, Static, Method, Iface, Value } kind;
  std::vector<llvm::Value*> caps;  // captured values, in order
  std::vector<Type*> capTypes;
  BuiltinId builtin{};
  Func* callee = nullptr;  // Static and Method
  Interface* iface = nullptr;
  Signature* sig = nullptr;
  size_t nargs = 0;
  size_t ddd = 0;  // variadic elements captured one by one (callArgs' unpacked)

  if (ftv && ftv->mode == Mode::Builtin) {
    kind = Kind::Builtin;
    auto* bobj = dyn_cast_or_null<Builtin>(info.uses.lookup(cast<Name>(fun)));
    builtin = bobj->id;
    switch (builtin) {
      case BuiltinId::Panic:
        caps.push_back(exprTo(e->args[0], u.emptyInterface));
        capTypes.push_back(u.emptyInterface);
        break;
      case BuiltinId::Print:
      case BuiltinId::Println:
        for (Expr* a : e->args) {
          capTypes.push_back(typeOf(a));
          caps.push_back(exprTo(a, capTypes.back()));
        }
        break;
      case BuiltinId::Recover: break;  // deferred directly, recover never recovers
      case BuiltinId::Close:
        capTypes.push_back(typeOf(e->args[0]));
        caps.push_back(expr(e->args[0]));
        break;
      case BuiltinId::Delete:
      case BuiltinId::Copy: caps = builtinOperands(e, &capTypes); break;
      default:
        unsupported(e, std::string(forGo ? "go" : "defer") + " of builtin " + exprString(e->fun));
        return llvm::ConstantPointerNull::get(ptrTy);
    }
    nargs = caps.size();
  } else {
    sig = cast<Signature>(typeOf(e->fun)->underlying());
    auto* sel = dyn_cast<SelectorExpr>(fun);
    auto selIt = sel ? info.selections.find(sel) : info.selections.end();
    if (sel && selIt != info.selections.end() && selIt->second.kind == SelectionKind::MethodVal) {
      callee = cast<Func>(selIt->second.obj);
      Type* xt = typeOf(sel->x);
      if ((iface = dyn_cast<Interface>(xt->underlying()))) {
        // The interface value is saved; a nil one panics here, as evaluating the method
        // value does in Go.
        kind = Kind::Iface;
        caps.push_back(expr(sel->x));
        capTypes.push_back(xt);
        nilCheck(b.CreateExtractValue(caps.back(), 0));
      } else {
        kind = Kind::Method;
        caps.push_back(methodReceiver(sel, selIt->second, callee, true));
        auto* msig = cast<Signature>(callee->type);
        // An interface method promoted through an embedded interface field takes the
        // interface value; anything else its receiver.
        capTypes.push_back(msig->recv->type);
        if (!callee->decl && isInterface(msig->recv->type)) capTypes.back() = msig->recv->type;
      }
    } else {
      Func* f = nullptr;
      if (auto* n = dyn_cast<Name>(fun)) {
        f = dyn_cast_or_null<Func>(info.uses.lookup(n));
      } else if (sel && !info.selections.count(sel)) {
        f = dyn_cast_or_null<Func>(info.uses.lookup(sel->sel));
      }
      if (f) {
        kind = Kind::Static;
        callee = f;
      } else {
        kind = Kind::Value;
        llvm::Value* fv = expr(e->fun);
        // A function literal called with no arguments and without results is the
        // deferred call itself (the runtime calls it with the closure pointer only: it
        // provides no place for results that go through memory, or that LLVM returns
        // through a hidden pointer when they do not fit in registers).
        if (isa<FuncLit>(fun) && e->args.empty() && tupleLen(sig->results) == 0) return fv;
        caps.push_back(fv);
        capTypes.push_back(typeOf(e->fun));
      }
    }
    // The ... slice is built by the wrapper (its elements are captured one by one),
    // as in Go's rewrite: escape analysis judged it there, where it lives only for
    // the call.
    std::vector<llvm::Value*> args = callArgs(e, sig, &ddd);
    nargs = args.size();
    size_t nparams = tupleLen(sig->params);
    for (size_t i = 0; i < args.size(); i++) {
      caps.push_back(args[i]);
      Type* pt = sig->params->vars[std::min(i, nparams - 1)]->type;
      if (ddd != 0 && i + 1 >= nparams) pt = cast<Slice>(pt->underlying())->elem;
      capTypes.push_back(pt);
    }
    // A declared Go function called with no arguments (and without results, as above):
    // its own function value.
    if (kind == Kind::Static && nargs == 0 && !callee->external() && tupleLen(sig->results) == 0) {
      return funcValue(callee);
    }
  }

  // The thunk: loads what was captured and makes the call.
  std::string name = fs->name + (forGo ? ".gowrap" : ".deferwrap") + std::to_string(++fs->thunks);
  auto* thunkSig = prog.typesArena.make<Signature>();
  auto* fn = llvm::Function::Create(llvmFuncType(thunkSig), llvm::GlobalValue::InternalLinkage,
                                    name, mod.get());
  fn->addParamAttr(0, llvm::Attribute::Nest);
  std::vector<llvm::Type*> fields{ptrTy};
  for (Type* t : capTypes) fields.push_back(llvmType(t));
  auto* closureTy = llvm::StructType::get(ctx, fields);
  emitWrapper(fn, thunkSig, [&] {
    std::vector<llvm::Value*> v;
    for (unsigned i = 0; i < caps.size(); i++) {
      // A big capture is passed as the closure's own memory (callees only read it; the
      // deferred call runs once).
      llvm::Value* p = b.CreateStructGEP(closureTy, fn->getArg(0), i + 1);
      v.push_back(isBig(capTypes[i]) ? p : b.CreateLoad(fields[i + 1], p));
    }
    std::vector<llvm::Value*> args(v.end() - long(nargs), v.end());
    if (ddd != 0) {
      std::vector<llvm::Value*> elems(args.end() - long(ddd), args.end());
      args.resize(args.size() - ddd);
      args.push_back(dddSlice(e, capTypes.back(), elems));
    }
    // Results that go through memory need somewhere to go, even when discarded.
    if (sig && kind != Kind::Builtin) addResultMem(sig, args);
    switch (kind) {
      case Kind::Builtin:
        if (builtin == BuiltinId::Panic) {
          callNoReturn("runtime.gopanic", {v[0]});
        } else if (builtin == BuiltinId::Print || builtin == BuiltinId::Println) {
          printValues(v, capTypes, builtin == BuiltinId::Println, e);
        } else if (builtin == BuiltinId::Close) {
          callRuntime("runtime.closechan", {v[0]});
        } else if (builtin == BuiltinId::Delete) {
          auto* mt = cast<Map>(capTypes[0]->underlying());
          mapDelete(v[0], capTypes[0], convert(v[1], capTypes[1], mt->key, e));
        } else if (builtin == BuiltinId::Copy) {
          copySlices(v[0], v[1], cast<Slice>(capTypes[0]->underlying())->elem);
        }
        break;
      case Kind::Static: {
        llvm::Function* f = declareFunc(callee);
        if (callee->external()) {
          callExternal(b, f, args);
        } else {
          callGo(f->getFunctionType(), f, nullptr, args);
        }
        break;
      }
      case Kind::Method: callMethod(v[0], callee, args, sig); break;
      case Kind::Iface: ifaceCall(v[0], iface, callee, args, sig); break;
      case Kind::Value: callFuncValue(v[0], sig, args, e); break;
    }
    if (!blockTerminated()) b.CreateRetVoid();
  });
  if (forGo || fs->loopDepth > 0) {
    // A goroutine's closure outlives the frame; so does a deferred call's in a loop.
    // makeClosure stores its captures as first-class values (legalizeAggregates turns
    // those of big types into copies).
    for (size_t i = 0; i < caps.size(); i++) caps[i] = toFirstClass(caps[i], capTypes[i]);
    return makeClosure(fn, caps, capTypes);
  }
  // Outside loops a defer statement runs at most once per activation, and its call
  // runs before the frame is gone: the closure lives in the frame, like the record.
  llvm::IRBuilder<> ab(fs->allocaBlock, fs->allocaBlock->begin());
  llvm::AllocaInst* obj = ab.CreateAlloca(closureTy, nullptr, "deferclosure");
  obj->setAlignment(llvm::Align(8));
  b.CreateStore(fn, b.CreateStructGEP(closureTy, obj, 0));
  for (unsigned i = 0; i < caps.size(); i++) {
    storeValue(caps[i], b.CreateStructGEP(closureTy, obj, i + 1), capTypes[i]);
  }
  return obj;
}

void IRGen::wrapperPrologue() {
  // Only while a panic is in progress (runtime.panicking != 0).
  llvm::GlobalVariable* panicking = mod->getGlobalVariable("runtime.panicking");
  if (!panicking) {
    panicking = new llvm::GlobalVariable(*mod, i64, false, llvm::GlobalValue::ExternalLinkage,
                                         nullptr, "runtime.panicking");
  }
  llvm::Value* n = b.CreateLoad(i64, panicking);
  llvm::BasicBlock* tellBB = newBlock("wrapper.panicking");
  llvm::BasicBlock* bodyBB = newBlock("wrapper.body");
  b.CreateCondBr(b.CreateICmpNE(n, llvm::ConstantInt::get(i64, 0)), tellBB, bodyBB,
                 llvm::MDBuilder(ctx).createBranchWeights(1, 1 << 20));
  b.SetInsertPoint(tellBB);
  llvm::Value* argp = b.CreateIntrinsic(llvm::Intrinsic::addressofreturnaddress, {ptrTy}, {});
  llvm::Value* callerfp =
      b.CreateIntrinsic(llvm::Intrinsic::frameaddress, {ptrTy}, {llvm::ConstantInt::get(i32, 1)});
  llvm::Value* myfp =
      b.CreateIntrinsic(llvm::Intrinsic::frameaddress, {ptrTy}, {llvm::ConstantInt::get(i32, 0)});
  callRuntime("runtime.deferwrapper", {argp, callerfp, myfp});
  b.CreateBr(bodyBB);
  b.SetInsertPoint(bodyBB);
}

llvm::Value* IRGen::recoverCall() {
  fs->fn->addFnAttr(llvm::Attribute::NoInline);
  llvm::Value* argp = b.CreateIntrinsic(llvm::Intrinsic::addressofreturnaddress, {ptrTy}, {});
  llvm::Value* callerfp =
      b.CreateIntrinsic(llvm::Intrinsic::frameaddress, {ptrTy}, {llvm::ConstantInt::get(i32, 1)});
  return callRuntime("runtime.gorecover", {argp, callerfp});
}

void IRGen::finishDefers() {
  llvm::Function* fn = fs->fn;
  // Falling off the end of a function without results returns.
  if (!blockTerminated()) b.CreateBr(fs->exitBB);

  // The exit: run the deferred calls, then return the result slots.
  fs->exitBB->insertInto(fn);
  b.SetInsertPoint(fs->exitBB);
  callRuntime("runtime.deferreturn", {fs->deferFrame});
  std::vector<llvm::Value*> vals;
  if (fs->resultMem) {
    // Results through memory: copied from the slots into the caller's temporary.
    Type* rt = resultsStruct(fs->sig);
    for (size_t i = 0; i < fs->results.size(); i++) {
      Type* t = fs->sig->results->vars[i]->type;
      llvm::Value* dst = b.CreateStructGEP(llvmType(rt), fs->resultMem, unsigned(i));
      if (isBig(t)) {
        copyValue(dst, fs->results[i], t);
      } else {
        b.CreateStore(b.CreateLoad(llvmType(t), fs->results[i]), dst);
      }
    }
  } else {
    for (size_t i = 0; i < fs->results.size(); i++) {
      Type* t = fs->sig->results->vars[i]->type;
      vals.push_back(b.CreateLoad(llvmType(t), fs->results[i]));
    }
  }
  switch (vals.size()) {
    case 0: b.CreateRetVoid(); break;
    case 1: b.CreateRet(vals[0]); break;
    default: {
      llvm::Value* agg = llvm::UndefValue::get(fn->getReturnType());
      for (unsigned i = 0; i < vals.size(); i++) agg = b.CreateInsertValue(agg, vals[i], i);
      b.CreateRet(agg);
    }
  }

  // Every call that may panic unwinds to the landing pad.
  llvm::BasicBlock* lpad = llvm::BasicBlock::Create(ctx, "lpad", fn);
  std::vector<llvm::CallInst*> calls;
  for (llvm::BasicBlock& bb : *fn) {
    if (&bb == lpad) continue;
    for (llvm::Instruction& inst : bb) {
      auto* c = dyn_cast<llvm::CallInst>(&inst);
      if (!c || c->doesNotThrow() || c->isInlineAsm() || isa<llvm::IntrinsicInst>(c)) continue;
      calls.push_back(c);
    }
  }
  for (llvm::CallInst* c : calls) llvm::changeToInvokeAndSplitBasicBlock(c, lpad);

  // The landing pad: run the deferred calls for the panic; a recovery returns normally.
  auto* exnTy = llvm::StructType::get(ctx, {ptrTy, i32});
  llvm::IRBuilder<> ab(fs->allocaBlock, fs->allocaBlock->begin());
  llvm::AllocaInst* exnSlot = ab.CreateAlloca(exnTy, nullptr, "exn");
  b.SetInsertPoint(lpad);
  llvm::LandingPadInst* lp = b.CreateLandingPad(exnTy, 0);
  lp->setCleanup(true);
  b.CreateStore(lp, exnSlot);
  llvm::BasicBlock* afterBB = llvm::BasicBlock::Create(ctx, "deferpanic.done", fn);
  llvm::BasicBlock* resumeBB = llvm::BasicBlock::Create(ctx, "resume", fn);
  llvm::FunctionCallee deferpanic = runtimeFunc("runtime.deferpanic");
  llvm::InvokeInst* recovered =
      b.CreateInvoke(deferpanic, afterBB, lpad, {fs->deferFrame, b.CreateExtractValue(lp, 0)});
  b.SetInsertPoint(afterBB);
  b.CreateCondBr(recovered, fs->exitBB, resumeBB);
  b.SetInsertPoint(resumeBB);
  b.CreateResume(b.CreateLoad(exnTy, exnSlot));

  if (!fn->hasPersonalityFn()) {
    llvm::FunctionCallee personality =
        mod->getOrInsertFunction("__gxx_personality_v0", llvm::FunctionType::get(i32, {}, true));
    fn->setPersonalityFn(cast<llvm::Constant>(personality.getCallee()));
  }
}

}  // namespace minigo::codegen
