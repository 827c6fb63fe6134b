// runtime_api.cpp — the runtime entry points compiled code calls, by Go's runtime
// names, with their LLVM signatures. The C++ side defines each with an asm label of
// the same name (runtime/*.cpp); docs/ARCHITECTURE.md lists them.
#include "codegen/irgen.h"

#include <stdexcept>

namespace minigo::codegen {

using types::Func;

namespace {

enum class P : uint8_t { Void, Bool, I64, F64, Ptr, Str, Slice, Eface, Iface, PtrBool, IntBool };

struct RuntimeSig {
  const char* name;
  P result;
  std::vector<P> params;
  bool noreturn = false;
  bool unwinds = false;  // may panic (then calls become invokes in functions that defer)
};

const RuntimeSig runtimeSigs[] = {
    // print.cpp: the print/println builtins
    {"runtime.printlock", P::Void, {}},
    {"runtime.printunlock", P::Void, {}},
    {"runtime.printsp", P::Void, {}},
    {"runtime.printnl", P::Void, {}},
    {"runtime.printint", P::Void, {P::I64}},
    {"runtime.printuint", P::Void, {P::I64}},
    {"runtime.printhex", P::Void, {P::I64}},
    {"runtime.printbool", P::Void, {P::Bool}},
    {"runtime.printfloat", P::Void, {P::F64}},
    {"runtime.printstring", P::Void, {P::Str}},
    {"runtime.printpointer", P::Void, {P::Ptr}},
    {"runtime.printslice", P::Void, {P::Slice}},
    {"runtime.printeface", P::Void, {P::Eface}},
    {"runtime.printiface", P::Void, {P::Iface}},
    // panic.cpp, defer.cpp: panics, recover, deferred calls
    {"runtime.gopanic", P::Void, {P::Eface}, true, true},
    {"runtime.gorecover", P::Eface, {P::Ptr, P::Ptr}},
    {"runtime.deferwrapper", P::Void, {P::Ptr, P::Ptr, P::Ptr}},
    {"runtime.deferprocStack", P::Void, {P::Ptr, P::Ptr, P::Ptr}},
    {"runtime.deferproc", P::Void, {P::Ptr, P::Ptr}},
    {"runtime.newproc", P::Void, {P::Ptr}},
    {"runtime.deferreturn", P::Void, {P::Ptr}, false, true},
    {"runtime.deferpanic", P::Bool, {P::Ptr, P::Ptr}, false, true},
    // string.cpp: strings
    {"runtime.concatstring2", P::Str, {P::Str, P::Str}, false, true},
    {"runtime.concatstring3", P::Str, {P::Str, P::Str, P::Str}, false, true},
    {"runtime.concatstring4", P::Str, {P::Str, P::Str, P::Str, P::Str}, false, true},
    {"runtime.concatstring5", P::Str, {P::Str, P::Str, P::Str, P::Str, P::Str}, false, true},
    {"runtime.concatstrings", P::Str, {P::Ptr, P::I64}, false, true},
    {"runtime.cmpstring", P::I64, {P::Str, P::Str}},
    {"runtime.memequal", P::Bool, {P::Ptr, P::Ptr, P::I64}},
    {"runtime.intstring", P::Str, {P::Ptr, P::I64}},
    {"runtime.slicebytetostring", P::Str, {P::Ptr, P::Ptr, P::I64}},
    {"runtime.stringtoslicebyte", P::Slice, {P::Ptr, P::Str}},
    {"runtime.stringtoslicerune", P::Slice, {P::Ptr, P::Str}},
    {"runtime.slicerunetostring", P::Str, {P::Ptr, P::Ptr, P::I64}},
    // malloc.cpp, slice.cpp: allocation
    {"runtime.newobject", P::Ptr, {P::Ptr}},
    {"runtime.makeslice", P::Ptr, {P::Ptr, P::I64, P::I64}, false, true},
    {"runtime.growslice", P::Slice, {P::Ptr, P::Ptr, P::I64, P::I64, P::I64}, false, true},
    // iface.cpp: interface conversions
    {"runtime.convT64", P::Ptr, {P::I64}},
    {"runtime.convTstring", P::Ptr, {P::Str}},
    {"runtime.convT", P::Ptr, {P::Ptr, P::Ptr}},
    {"runtime.efaceeq", P::Bool, {P::Ptr, P::Ptr, P::Ptr}, false, true},
    {"runtime.panicdottypeE", P::Void, {P::Ptr, P::Ptr, P::Ptr}, true, true},
    {"runtime.panicdottypeI", P::Void, {P::Ptr, P::Ptr, P::Ptr}, true, true},
    {"runtime.panicnildottype", P::Void, {P::Ptr}, true, true},
    {"runtime.ifaceeq", P::Bool, {P::Ptr, P::Ptr, P::Ptr}, false, true},
    {"runtime.assertE2I", P::Ptr, {P::Ptr, P::Ptr}, false, true},
    {"runtime.assertE2I2", P::Ptr, {P::Ptr, P::Ptr}},
    // mbarrier.cpp, stw.cpp: the collector's write barrier and safepoints
    {"runtime.gcWriteBarrier", P::Void, {P::Ptr, P::Ptr}},
    {"runtime.typedmemmove", P::Void, {P::Ptr, P::Ptr, P::Ptr}},
    {"runtime.typedslicecopy", P::I64, {P::Ptr, P::Ptr, P::I64, P::Ptr, P::I64}},
    {"runtime.wbmove", P::Void, {P::Ptr, P::Ptr, P::Ptr, P::I64}},
    {"runtime.gcSafePoint", P::Void, {}},
    // map.cpp: maps
    {"runtime.makemap", P::Ptr, {P::Ptr, P::I64}},
    {"runtime.makemap_small", P::Ptr, {}},
    {"runtime.mapaccess1", P::Ptr, {P::Ptr, P::Ptr, P::Ptr}, false, true},
    {"runtime.mapaccess2", P::PtrBool, {P::Ptr, P::Ptr, P::Ptr}, false, true},
    {"runtime.mapassign", P::Ptr, {P::Ptr, P::Ptr, P::Ptr}, false, true},
    {"runtime.mapdelete", P::Void, {P::Ptr, P::Ptr, P::Ptr}, false, true},
    {"runtime.mapiterinit", P::Void, {P::Ptr, P::Ptr, P::Ptr}},
    {"runtime.mapiternext", P::Void, {P::Ptr}},
    {"runtime.mapclear", P::Void, {P::Ptr, P::Ptr}},
    // chan.cpp, select.cpp: channels and select (elements passed by address)
    {"runtime.makechan", P::Ptr, {P::Ptr, P::I64}, false, true},
    {"runtime.chansend1", P::Void, {P::Ptr, P::Ptr}, false, true},
    {"runtime.chanrecv1", P::Void, {P::Ptr, P::Ptr}, false, true},
    {"runtime.chanrecv2", P::Bool, {P::Ptr, P::Ptr}, false, true},
    {"runtime.closechan", P::Void, {P::Ptr}, false, true},
    {"runtime.chanlen", P::I64, {P::Ptr}},
    {"runtime.chancap", P::I64, {P::Ptr}},
    {"runtime.selectnbsend", P::Bool, {P::Ptr, P::Ptr}, false, true},
    {"runtime.selectnbrecv", P::Bool, {P::Ptr, P::Ptr, P::Ptr}, false, true},
    {"runtime.selectgo", P::IntBool, {P::Ptr, P::Ptr, P::I64, P::I64, P::Bool}, false, true},
    {"runtime.block", P::Void, {}, true, true},
};

}  // namespace

llvm::FunctionCallee IRGen::runtimeFunc(const std::string& name) {
  if (auto it = runtime_.find(name); it != runtime_.end()) return it->second;
  for (const RuntimeSig& s : runtimeSigs) {
    if (name != s.name) continue;
    auto lower = [&](P p) -> llvm::Type* {
      switch (p) {
        case P::Void: return voidTy;
        case P::Bool: return i1;
        case P::I64: return i64;
        case P::F64: return f64;
        case P::Ptr: return ptrTy;
        case P::Str: return stringTy;
        case P::Slice: return sliceTy;
        case P::Eface: return efaceTy;
        case P::Iface: return ifaceTy;
        case P::PtrBool: return llvm::StructType::get(ctx, {ptrTy, i1});
        case P::IntBool: return llvm::StructType::get(ctx, {i64, i1});
      }
      return voidTy;
    };
    // Results larger than two words come back through a hidden pointer (sret).
    bool sret = s.result == P::Slice;
    std::vector<llvm::Type*> params;
    if (sret) params.push_back(ptrTy);
    for (P p : s.params) params.push_back(lower(p));
    auto* ft = llvm::FunctionType::get(sret ? voidTy : lower(s.result), params, false);
    llvm::FunctionCallee fc = mod->getOrInsertFunction(name, ft);
    if (auto* f = llvm::dyn_cast<llvm::Function>(fc.getCallee())) {
      if (!s.unwinds) f->addFnAttr(llvm::Attribute::NoUnwind);
      if (s.noreturn) {
        f->addFnAttr(llvm::Attribute::NoReturn);
        f->addFnAttr(llvm::Attribute::Cold);
      }
      if (sret) f->addParamAttr(0, llvm::Attribute::getWithStructRetType(ctx, sliceTy));
      // C's bool travels zero-extended.
      unsigned first = sret ? 1 : 0;
      for (size_t i = 0; i < s.params.size(); i++) {
        if (s.params[i] == P::Bool) f->addParamAttr(first + unsigned(i), llvm::Attribute::ZExt);
      }
      if (s.result == P::Bool) f->addRetAttr(llvm::Attribute::ZExt);
      // The write barrier keeps the caller's registers (asm_amd64.S).
      if (name == "runtime.gcWriteBarrier") f->setCallingConv(llvm::CallingConv::PreserveMost);
    }
    runtime_[name] = fc;
    return fc;
  }
  throw std::logic_error("unknown runtime function " + name);
}

Func* IRGen::runtimeGoFunc(const std::string& name) {
  if (!prog.runtimePkg || !name.starts_with("runtime.")) return nullptr;
  auto* f = llvm::dyn_cast_or_null<Func>(prog.runtimePkg->scope->lookup(name.substr(8)));
  return f && f->decl ? f : nullptr;
}

llvm::Value* IRGen::callRuntime(const std::string& name, llvm::ArrayRef<llvm::Value*> args) {
  if (Func* gf = runtimeGoFunc(name)) {
    // Part of the runtime written in Go (stdlib/runtime).
    llvm::Function* fn = declareFunc(gf);
    if (gf->external()) return callExternal(b, fn, args);
    return callGo(fn->getFunctionType(), fn, nullptr, args);
  }
  llvm::FunctionCallee fc = runtimeFunc(name);
  auto* f = llvm::cast<llvm::Function>(fc.getCallee());
  if (f->hasParamAttribute(0, llvm::Attribute::StructRet)) {
    llvm::Type* rt = f->getParamStructRetType(0);
    llvm::AllocaInst* tmp = llvm::IRBuilder<>(fs->allocaBlock, fs->allocaBlock->begin())
                                .CreateAlloca(rt, nullptr, "sret");
    std::vector<llvm::Value*> all{tmp};
    all.insert(all.end(), args.begin(), args.end());
    llvm::CallInst* call = b.CreateCall(fc, all);
    call->addParamAttr(0, llvm::Attribute::getWithStructRetType(ctx, rt));
    return b.CreateLoad(rt, tmp);
  }
  llvm::CallInst* call = b.CreateCall(fc, args);
  call->setCallingConv(f->getCallingConv());
  return call;
}

void IRGen::callNoReturn(const std::string& name, llvm::ArrayRef<llvm::Value*> args) {
  callRuntime(name, args);
  b.CreateUnreachable();
  b.SetInsertPoint(newBlock("unreachable"));
}

}  // namespace minigo::codegen
