// llvm_types.cpp — Go types as LLVM types, with Go's amd64 layout (types/sizes.h).
// Structs get explicit padding where LLVM's natural layout would differ from Go's
// (only around a trailing zero-size field), so sizes and offsets are Go's.
#include "codegen/irgen.h"

#include <llvm/Support/Casting.h>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;

llvm::Type* IRGen::llvmType(Type* t) {
  if (auto it = llvmTypes_.find(t); it != llvmTypes_.end()) return it->second;
  llvm::Type* r = nullptr;
  Type* under = t->underlying();
  switch (under->kind) {
    case TypeKind::Basic:
      switch (cast<Basic>(under)->basicKind) {
        case BasicKind::Bool:
        case BasicKind::UntypedBool: r = i1; break;
        case BasicKind::Int8:
        case BasicKind::Uint8: r = i8; break;
        case BasicKind::Int16:
        case BasicKind::Uint16: r = i16; break;
        case BasicKind::Int32:
        case BasicKind::Uint32:
        case BasicKind::UntypedRune: r = i32; break;
        case BasicKind::Int:
        case BasicKind::Int64:
        case BasicKind::Uint:
        case BasicKind::Uint64:
        case BasicKind::Uintptr:
        case BasicKind::UntypedInt: r = i64; break;
        case BasicKind::Float32: r = f32; break;
        case BasicKind::Float64:
        case BasicKind::UntypedFloat: r = f64; break;
        case BasicKind::String:
        case BasicKind::UntypedString: r = stringTy; break;
        case BasicKind::UnsafePointer:
        case BasicKind::UntypedNil: r = ptrTy; break;
        case BasicKind::Complex64: r = llvm::StructType::get(ctx, {f32, f32}); break;
        case BasicKind::Complex128: r = llvm::StructType::get(ctx, {f64, f64}); break;
        default: r = i8; break;  // invalid: never reaches code generation
      }
      break;
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature: r = ptrTy; break;
    case TypeKind::Slice: r = sliceTy; break;
    case TypeKind::Interface:
      r = cast<Interface>(under)->allMethods.empty() ? efaceTy : ifaceTy;
      break;
    case TypeKind::Array: {
      auto* a = cast<Array>(under);
      r = llvm::ArrayType::get(llvmType(a->elem), uint64_t(std::max<int64_t>(a->len, 0)));
      break;
    }
    case TypeKind::Struct: {
      // Go's field offsets are LLVM's natural ones, so field i is element i. The only
      // difference is the byte Go adds after a trailing zero-size field.
      auto* s = cast<Struct>(under);
      std::vector<llvm::Type*> elems;
      for (Var* f : s->fields) elems.push_back(llvmType(f->type));
      auto* st = llvm::StructType::get(ctx, elems);
      uint64_t size = goSize(s);
      uint64_t natural = mod->getDataLayout().getTypeAllocSize(st);
      if (natural != size) {
        elems.push_back(llvm::ArrayType::get(i8, size - natural));
        st = llvm::StructType::get(ctx, elems);
      }
      r = st;
      break;
    }
    case TypeKind::Tuple: {
      std::vector<llvm::Type*> elems;
      for (Var* v : cast<Tuple>(under)->vars) elems.push_back(llvmType(v->type));
      r = llvm::StructType::get(ctx, elems);
      break;
    }
    case TypeKind::Named: r = i8; break;  // unreachable: underlying is never Named
  }
  llvmTypes_[t] = r;
  return r;
}

llvm::Type* IRGen::resultType(Signature* sig) {
  switch (tupleLen(sig->results)) {
    case 0: return voidTy;
    case 1: return llvmType(sig->results->vars[0]->type);
    default: {
      std::vector<llvm::Type*> elems;
      for (Var* v : sig->results->vars) elems.push_back(llvmType(v->type));
      return llvm::StructType::get(ctx, elems);
    }
  }
}

// Go functions (withClosure) take big aggregates by pointer and return their results
// through a last hidden pointer when one of them is big (irgen.h); functions the
// runtime provides in C++ keep C's rules (declareFunc).
llvm::FunctionType* IRGen::llvmFuncType(Signature* sig, bool withClosure) {
  std::vector<llvm::Type*> params;
  auto param = [&](Type* t) { params.push_back(withClosure ? valueType(t) : llvmType(t)); };
  if (withClosure) params.push_back(ptrTy);
  if (sig->recv) param(sig->recv->type);
  for (size_t i = 0; i < tupleLen(sig->params); i++) param(sig->params->vars[i]->type);
  if (withClosure && resultsInMemory(sig)) {
    params.push_back(ptrTy);
    return llvm::FunctionType::get(voidTy, params, false);
  }
  return llvm::FunctionType::get(resultType(sig), params, false);
}

llvm::Constant* IRGen::zeroValue(Type* t) {
  return llvm::Constant::getNullValue(llvmType(t));
}

bool IRGen::isDirectIface(Type* t) {
  return types::isDirectIface(t);  // shared with escape analysis (types/predicates.h)
}

}  // namespace minigo::codegen
