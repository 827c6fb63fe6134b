// irgen.cpp — the module, its functions and packages: declarations with Go's symbol
// names, function bodies, package initialization (go.inittask), and the LLVM back end
// entry points of codegen.h.
#include "codegen/irgen.h"

#include "codegen/codegen.h"

#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LoopAnalysisManager.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/Verifier.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/Casting.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Target/TargetOptions.h>
#include <llvm/TargetParser/Host.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;

namespace {

constexpr const char* targetTriple = "x86_64-pc-linux-gnu";

// The x86-64 target machine for an instruction-selection level (created once each).
llvm::TargetMachine* targetMachine(llvm::CodeGenOpt::Level level = llvm::CodeGenOpt::Default) {
  static std::map<int, llvm::TargetMachine*> machines;
  if (auto it = machines.find(int(level)); it != machines.end()) return it->second;
  LLVMInitializeX86TargetInfo();
  LLVMInitializeX86Target();
  LLVMInitializeX86TargetMC();
  LLVMInitializeX86AsmPrinter();
  std::string err;
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(targetTriple, err);
  llvm::TargetMachine* tm = nullptr;
  if (target) {
    llvm::TargetOptions opts;
    tm = target->createTargetMachine(targetTriple, "x86-64", "", opts, llvm::Reloc::PIC_,
                                     std::nullopt, level);
  }
  machines[int(level)] = tm;
  return tm;
}

}  // namespace

IRGen::IRGen(driver::Program& prog, llvm::LLVMContext& ctx, Diagnostics& diag, bool debugInfo,
             bool optimized)
    : prog(prog),
      info(prog.info),
      u(*prog.universe),
      ctx(ctx),
      mod(std::make_unique<llvm::Module>("main", ctx)),
      b(ctx),
      diag(diag),
      debugInfo(debugInfo),
      optimized(optimized) {
  mod->setTargetTriple(targetTriple);
  if (llvm::TargetMachine* tm = targetMachine()) mod->setDataLayout(tm->createDataLayout());
  i1 = llvm::Type::getInt1Ty(ctx);
  i8 = llvm::Type::getInt8Ty(ctx);
  i16 = llvm::Type::getInt16Ty(ctx);
  i32 = llvm::Type::getInt32Ty(ctx);
  i64 = llvm::Type::getInt64Ty(ctx);
  f32 = llvm::Type::getFloatTy(ctx);
  f64 = llvm::Type::getDoubleTy(ctx);
  voidTy = llvm::Type::getVoidTy(ctx);
  ptrTy = llvm::PointerType::get(ctx, 0);
  stringTy = llvm::StructType::create(ctx, {ptrTy, i64}, "string");
  sliceTy = llvm::StructType::create(ctx, {ptrTy, i64, i64}, "slice");
  efaceTy = llvm::StructType::create(ctx, {ptrTy, ptrTy}, "eface");
  ifaceTy = llvm::StructType::create(ctx, {ptrTy, ptrTy}, "iface");
  typeDescTy = llvm::StructType::create(
      ctx, {i64, i64, i32, i8, i8, i8, i8, ptrTy, ptrTy, stringTy, ptrTy}, "runtime._type");
}

void IRGen::unsupported(const syntax::Node* n, const std::string& what) {
  failed = true;
  diag.error(syntax::startPos(n), what + " not supported");
}

std::string IRGen::funcSymbol(Func* f) {
  std::string pkg = f->pkg ? f->pkg->path : "";
  auto* sig = cast<Signature>(f->type);
  if (sig->recv) {
    bool isPtr = false;
    Type* base = deref(sig->recv->type, &isPtr);
    std::string tname = isa<Named>(base) ? cast<Named>(base)->obj->name : "?";
    if (isPtr) return pkg + ".(*" + tname + ")." + f->name;
    return pkg + "." + tname + "." + f->name;
  }
  return pkg + "." + f->name;
}

llvm::Function* IRGen::declareFunc(Func* f) {
  if (auto it = funcs_.find(f); it != funcs_.end()) return it->second;
  auto* sig = cast<Signature>(f->type);
  std::string name = funcSymbol(f);
  if (f->name == "init" && !sig->recv) {
    // User init functions are numbered in source order: "p.init.0", "p.init.1", ...
    const auto& inits = f->pkg->initFuncs;
    size_t idx = size_t(std::find(inits.begin(), inits.end(), f) - inits.begin());
    name += "." + std::to_string(idx);
  }
  // Functions the runtime calls keep external linkage: main.main, and stdlib/runtime's
  // (the C++ runtime calls some of them).
  bool external = f->external() || (f->pkg == prog.mainPkg && f->name == "main" && !sig->recv) ||
                  (f->pkg && f->pkg == prog.runtimePkg);
  llvm::FunctionType* ft = llvmFuncType(sig, !f->external());
  llvm::Type* sretTy = nullptr;
  if (f->external()) {
    // Implemented by the runtime in C++, with C's convention: results larger than two
    // words come back through a hidden first pointer (sret), as a C struct would.
    llvm::Type* rt = ft->getReturnType();
    if (rt->isStructTy() && mod->getDataLayout().getTypeAllocSize(rt) > 16) {
      sretTy = rt;
      std::vector<llvm::Type*> params{ptrTy};
      params.insert(params.end(), ft->param_begin(), ft->param_end());
      ft = llvm::FunctionType::get(voidTy, params, false);
    }
  }
  auto* fn = llvm::Function::Create(
      ft, external ? llvm::GlobalValue::ExternalLinkage : llvm::GlobalValue::InternalLinkage, name,
      mod.get());
  if (f->external()) {
    // Bools travel zero-extended.
    for (unsigned i = 0; i < fn->arg_size(); i++) {
      if (fn->getArg(i)->getType() == i1) fn->addParamAttr(i, llvm::Attribute::ZExt);
    }
    if (fn->getReturnType() == i1) fn->addRetAttr(llvm::Attribute::ZExt);
    if (sretTy) fn->addParamAttr(0, llvm::Attribute::getWithStructRetType(ctx, sretTy));
  } else {
    fn->addParamAttr(0, llvm::Attribute::Nest);
  }
  funcs_[f] = fn;
  if (isAtomicIntrinsic(f)) defineAtomicIntrinsic(f, fn);
  return fn;
}

llvm::CallInst* IRGen::callGo(llvm::FunctionType* ft, llvm::Value* callee, llvm::Value* closure,
                              llvm::ArrayRef<llvm::Value*> args) {
  std::vector<llvm::Value*> all{closure ? closure : llvm::PoisonValue::get(ptrTy)};
  all.insert(all.end(), args.begin(), args.end());
  llvm::CallInst* c = b.CreateCall(ft, callee, all);
  c->addParamAttr(0, llvm::Attribute::Nest);
  return c;
}

llvm::Value* IRGen::callExternal(llvm::IRBuilder<>& ib, llvm::Function* fn,
                                 llvm::ArrayRef<llvm::Value*> args) {
  if (fn->arg_size() > 0 && fn->hasParamAttribute(0, llvm::Attribute::StructRet)) {
    llvm::Type* rt = fn->getParamStructRetType(0);
    llvm::Function* caller = ib.GetInsertBlock()->getParent();
    llvm::IRBuilder<> ab(&caller->getEntryBlock(), caller->getEntryBlock().begin());
    llvm::AllocaInst* tmp = ab.CreateAlloca(rt, nullptr, "sret");
    std::vector<llvm::Value*> all{tmp};
    all.insert(all.end(), args.begin(), args.end());
    llvm::CallInst* c = ib.CreateCall(fn, all);
    c->addParamAttr(0, llvm::Attribute::getWithStructRetType(ctx, rt));
    return ib.CreateLoad(rt, tmp);
  }
  return ib.CreateCall(fn, args);
}

llvm::BasicBlock* IRGen::newBlock(const std::string& name) {
  return llvm::BasicBlock::Create(ctx, name, fs ? fs->fn : nullptr);
}

bool IRGen::blockTerminated() const {
  return b.GetInsertBlock()->getTerminator() != nullptr;
}

llvm::AllocaInst* IRGen::allocaFor(Type* t, const std::string& name) {
  llvm::IRBuilder<> ab(fs->allocaBlock, fs->allocaBlock->begin());
  llvm::AllocaInst* a = ab.CreateAlloca(llvmType(t), nullptr, name);
  a->setAlignment(llvm::Align(std::max<uint64_t>(goAlign(t), 1)));
  return a;
}

llvm::GlobalVariable* IRGen::global(Var* v) {
  if (auto it = globals_.find(v); it != globals_.end()) return it->second;
  auto* gv =
      new llvm::GlobalVariable(*mod, llvmType(v->type), false, llvm::GlobalValue::InternalLinkage,
                               zeroValue(v->type), v->pkg->path + "." + v->name);
  gv->setAlignment(llvm::Align(std::max<uint64_t>(goAlign(v->type), 1)));
  globals_[v] = gv;
  return gv;
}

llvm::Value* IRGen::varAddr(Var* v, const syntax::Node* at) {
  if (fs) {
    if (auto it = fs->vars.find(v); it != fs->vars.end()) return it->second;
  }
  if (v->isGlobal) return global(v);
  // A variable of an enclosing function: needs closures.
  unsupported(at, "reference to a variable of an enclosing function (closure)");
  return allocaFor(v->type, v->name);
}

void IRGen::genGlobals(Package* pkg) {
  for (Object* o : pkg->scope->objects()) {
    if (auto* v = dyn_cast<Var>(o)) global(v);
  }
}

void IRGen::beginFunction(llvm::Function* fn, Signature* sig, syntax::Node* body,
                          const std::string& name, Pos pos) {
  fs = std::make_unique<FuncState>();
  fs->fn = fn;
  fs->sig = sig;
  fs->name = name;
  fs->allocaBlock = llvm::BasicBlock::Create(ctx, "entry", fn);
  llvm::BasicBlock* bodyBB = llvm::BasicBlock::Create(ctx, "body", fn);
  b.SetInsertPoint(bodyBB);
  beginDebugFunction(fn, name, pos);
  fs->closure = fn->getArg(0);
  fs->closure->setName("closure");

  unsigned argi = 1;
  auto param = [&](Var* p, const std::string& fallback) {
    llvm::Argument* arg = fn->getArg(argi++);
    arg->setName(p->name.empty() || p->name == "_" ? fallback : p->name);
    llvm::Value* slot = newVarSlot(p);
    initStore(arg, slot, p->type);  // a big argument: copied from the caller's copy
    fs->vars[p] = slot;
  };
  if (sig->recv) param(sig->recv, "recv");
  for (size_t i = 0; i < tupleLen(sig->params); i++)
    param(sig->params->vars[i], "p" + std::to_string(i));
  if (resultsInMemory(sig)) {
    fs->resultMem = fn->getArg(argi++);
    fs->resultMem->setName("results");
  }
  for (size_t i = 0; i < tupleLen(sig->results); i++) {
    Var* r = sig->results->vars[i];
    llvm::Value* slot = newVarSlot(r);
    if (!onHeap(r)) zeroInit(slot, r->type);
    fs->results.push_back(slot);
    fs->vars[r] = slot;
  }
  beginDefers(body);
  if (body && makesCalls(body)) safepointPoll();
}

void IRGen::finishFunction() {
  if (fs->hasDefer) {
    finishDefers();
  } else if (!blockTerminated()) {
    if (tupleLen(fs->sig->results) == 0) {
      b.CreateRetVoid();
    } else {
      b.CreateUnreachable();  // the checker proved the body terminates
    }
  }
  llvm::IRBuilder<>(fs->allocaBlock).CreateBr(&*std::next(fs->fn->begin()));
  fs.reset();
}

void IRGen::emitWrapper(llvm::Function* fn, Signature* sig, const std::function<void()>& body) {
  std::unique_ptr<FuncState> outer = std::move(fs);
  llvm::IRBuilderBase::InsertPoint ip = b.saveIP();
  llvm::DebugLoc outerLoc = b.getCurrentDebugLocation();
  b.SetCurrentDebugLocation(llvm::DebugLoc());  // compiler-made: no source lines
  fs = std::make_unique<FuncState>();
  fs->fn = fn;
  fs->sig = sig;
  fs->name = fn->getName().str();
  fs->allocaBlock = llvm::BasicBlock::Create(ctx, "entry", fn);
  llvm::BasicBlock* bodyBB = llvm::BasicBlock::Create(ctx, "body", fn);
  b.SetInsertPoint(bodyBB);
  fs->closure = fn->arg_size() > 0 ? fn->getArg(0) : nullptr;
  // Wrappers of Go calls (not the equality and hash functions, which have no sig).
  if (sig) wrapperPrologue();
  body();
  if (!blockTerminated()) b.CreateUnreachable();
  llvm::IRBuilder<>(fs->allocaBlock).CreateBr(bodyBB);
  fs = std::move(outer);
  b.restoreIP(ip);
  b.SetCurrentDebugLocation(outerLoc);
}

void IRGen::genFunc(Func* f) {
  syntax::FuncDecl* d = f->decl;
  auto* sig = cast<Signature>(f->type);
  llvm::Function* fn = declareFunc(f);
  if (!d->body) return;  // provided by the runtime
  findHeapVars(d);
  beginFunction(fn, sig, d->body, fn->getName().str(), d->pos);
  stmtList(d->body->list);
  finishFunction();
}

void IRGen::emitReturn(const std::vector<llvm::Value*>& values) {
  if (fs->hasDefer) {
    // The deferred calls run at the exit block, which returns the result slots.
    for (size_t i = 0; i < values.size(); i++) {
      storeWithBarrier(values[i], fs->results[i], fs->sig->results->vars[i]->type);
    }
    b.CreateBr(fs->exitBB);
    b.SetInsertPoint(newBlock("afterreturn"));
    return;
  }
  if (fs->resultMem) {
    // Results through memory: the caller's fresh temporary, written without barriers.
    Type* rt = resultsStruct(fs->sig);
    for (size_t i = 0; i < fs->results.size(); i++) {
      Type* t = fs->sig->results->vars[i]->type;
      llvm::Value* dst = b.CreateStructGEP(llvmType(rt), fs->resultMem, unsigned(i));
      if (values.empty()) {
        if (isBig(t)) {
          copyValue(dst, fs->results[i], t);
        } else {
          b.CreateStore(b.CreateLoad(llvmType(t), fs->results[i]), dst);
        }
      } else {
        initStore(values[i], dst, t);
      }
    }
    b.CreateRetVoid();
    b.SetInsertPoint(newBlock("afterreturn"));
    return;
  }
  std::vector<llvm::Value*> vals = values;
  if (vals.empty()) {
    for (size_t i = 0; i < fs->results.size(); i++) {
      Type* t = fs->sig->results->vars[i]->type;
      vals.push_back(b.CreateLoad(llvmType(t), fs->results[i]));
    }
  }
  switch (vals.size()) {
    case 0: b.CreateRetVoid(); break;
    case 1: b.CreateRet(vals[0]); break;
    default: {
      llvm::Value* agg = llvm::UndefValue::get(fs->fn->getReturnType());
      for (unsigned i = 0; i < vals.size(); i++) agg = b.CreateInsertValue(agg, vals[i], i);
      b.CreateRet(agg);
    }
  }
  b.SetInsertPoint(newBlock("afterreturn"));
}

// "p.init": variable initializers in dependency order, then the user's init functions.
void IRGen::genPackageInit(Package* pkg) {
  auto* fn =
      llvm::Function::Create(llvm::FunctionType::get(voidTy, false),
                             llvm::GlobalValue::InternalLinkage, pkg->path + ".init", mod.get());
  fs = std::make_unique<FuncState>();
  fs->fn = fn;
  fs->sig = nullptr;
  fs->name = pkg->path + ".init";
  fs->allocaBlock = llvm::BasicBlock::Create(ctx, "entry", fn);
  llvm::BasicBlock* body = llvm::BasicBlock::Create(ctx, "body", fn);
  b.SetInsertPoint(body);
  b.SetCurrentDebugLocation(llvm::DebugLoc());
  for (const Initializer& init : pkg->initOrder) findHeapVars(init.rhs);
  for (const Initializer& init : pkg->initOrder) {
    if (init.lhs.size() == 1) {
      Var* v = init.lhs[0];
      llvm::Value* val = exprTo(init.rhs, v->type);
      if (v->name != "_") storeWithBarrier(val, global(v), v->type);
    } else {
      std::vector<Type*> tys;
      std::vector<llvm::Value*> vals = exprValues(init.rhs, &tys);
      for (size_t i = 0; i < init.lhs.size() && i < vals.size(); i++) {
        Var* v = init.lhs[i];
        if (v->name == "_") continue;
        storeWithBarrier(convert(vals[i], tys[i], v->type, init.rhs), global(v), v->type);
      }
    }
  }
  for (Func* f : pkg->initFuncs) {
    llvm::Function* init = declareFunc(f);
    callGo(init->getFunctionType(), init, nullptr, {});
  }
  b.CreateRetVoid();
  llvm::IRBuilder<>(fs->allocaBlock).CreateBr(body);
  fs.reset();
}

// go.inittask: every package's init, dependencies first (the runtime calls it before
// main.main).
void IRGen::genInitTask() {
  auto* fn = llvm::Function::Create(llvm::FunctionType::get(voidTy, false),
                                    llvm::GlobalValue::ExternalLinkage, "go.inittask", mod.get());
  llvm::BasicBlock* bb = llvm::BasicBlock::Create(ctx, "entry", fn);
  llvm::IRBuilder<> ib(bb);
  for (Package* pkg : prog.packages) {
    if (llvm::Function* init = mod->getFunction(pkg->path + ".init")) ib.CreateCall(init);
  }
  ib.CreateRetVoid();
}

std::unique_ptr<llvm::Module> IRGen::run() {
  initDebugInfo();
  for (Package* pkg : prog.packages) genGlobals(pkg);
  // Declare every function first so bodies can call forward.
  std::vector<Func*> funcs;
  for (Package* pkg : prog.packages) {
    for (syntax::File* file : pkg->files) {
      for (syntax::Decl* d : file->decls) {
        auto* fd = dyn_cast<syntax::FuncDecl>(d);
        if (!fd) continue;
        auto* f = dyn_cast_or_null<Func>(info.defs.lookup(fd->name));
        if (!f || !isa<Signature>(f->type)) continue;
        declareFunc(f);
        funcs.push_back(f);
      }
    }
  }
  for (Func* f : funcs) genFunc(f);
  for (Package* pkg : prog.packages) genPackageInit(pkg);
  genInitTask();
  emitGCRoots();
  finishDebugInfo();
  if (failed) return nullptr;
  {
    // go.itablinks: every itab emitted, for the runtime's itab table (runtime/iface.cpp).
    std::vector<llvm::Constant*> tabs;
    for (auto& [key, tab] : itabs_) tabs.push_back(tab);
    auto* arr = llvm::ConstantArray::get(llvm::ArrayType::get(ptrTy, tabs.size()), tabs);
    auto* init =
        llvm::ConstantStruct::getAnon(ctx, {llvm::ConstantInt::get(i64, tabs.size()), arr});
    new llvm::GlobalVariable(*mod, init->getType(), true, llvm::GlobalValue::ExternalLinkage, init,
                             "go.itablinks");
  }
  for (llvm::Function& fn : *mod) {
    if (fn.isDeclaration()) continue;
    legalizeAggregates(fn);
    // A frame pointer in every frame: recover relies on it (defer.cpp), and it keeps
    // stack traces cheap. Unwind tables everywhere: a panic unwinds through any frame.
    fn.addFnAttr("frame-pointer", "all");
    // No tail calls, as in Go: a deferred function that calls f as its last act must
    // stay f's caller, or f would look like the deferred call to recover.
    fn.addFnAttr("disable-tail-calls", "true");
    fn.setUWTableKind(llvm::UWTableKind::Default);
    // Goroutine stacks grow in segments: every function checks that its frame fits
    // above the stack guard and calls __morestack when not (runtime/stack.h).
    fn.addFnAttr("split-stack");
  }
  std::string err;
  llvm::raw_string_ostream os(err);
  if (llvm::verifyModule(*mod, &os)) {
    for (llvm::GlobalVariable& g : mod->globals()) {
      if (g.isDeclaration() && g.hasLocalLinkage()) os << " [" << g.getName() << "]";
    }
    diag.errorNoPos("internal compiler error: invalid LLVM IR: " + os.str());
    return nullptr;
  }
  return std::move(mod);
}

// ---------------------------------------------------------------------------
// codegen.h

std::unique_ptr<llvm::Module> generate(driver::Program& prog, llvm::LLVMContext& ctx,
                                       Diagnostics& diag, const Options& opts) {
  IRGen gen(prog, ctx, diag, opts.debugInfo, opts.optLevel > 0);
  gen.esc = opts.escape;
  return gen.run();
}

void optimize(llvm::Module& m, const Options& opts) {
  if (opts.optLevel <= 0) return;
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(targetMachine());
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::ModulePassManager mpm = pb.buildPerModuleDefaultPipeline(
      opts.optLevel == 1 ? llvm::OptimizationLevel::O1 : llvm::OptimizationLevel::O2);
  mpm.run(m, mam);
}

bool emitObject(llvm::Module& m, const std::string& path, const Options& opts, std::string* err) {
  llvm::TargetMachine* tm =
      targetMachine(opts.optLevel <= 0 ? llvm::CodeGenOpt::None : llvm::CodeGenOpt::Default);
  if (!tm) {
    *err = "LLVM has no x86-64 target";
    return false;
  }
  std::error_code ec;
  llvm::raw_fd_ostream out(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    *err = "cannot write " + path + ": " + ec.message();
    return false;
  }
  llvm::legacy::PassManager pm;
  if (tm->addPassesToEmitFile(pm, out, nullptr, llvm::CGFT_ObjectFile)) {
    *err = "LLVM cannot emit object files for x86-64";
    return false;
  }
  pm.run(m);
  out.flush();
  return true;
}

}  // namespace minigo::codegen
