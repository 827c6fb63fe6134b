// type_descriptors.cpp — runtime type descriptors (runtime/type.h's _type), one per
// distinct type in the program, named as Go names them ("type.int", "type.[]string",
// "type.main.T"). The pointer bitmap of each type (gcdata: one bit per word of the
// pointer-holding prefix) is shared between types with the same bitmap
// ("runtime.gcbits.<hex>"), as in Go.
#include "codegen/irgen.h"

#include <llvm/Support/Casting.h>

#include <cstdio>

namespace minigo::codegen {

using llvm::cast;
using llvm::dyn_cast;
using namespace types;

namespace {

// Go's reflect.Kind values (runtime/type.h).
uint8_t kindOf(Type* t) {
  Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Basic:
      switch (cast<Basic>(u)->basicKind) {
        case BasicKind::Bool: return 1;
        case BasicKind::Int: return 2;
        case BasicKind::Int8: return 3;
        case BasicKind::Int16: return 4;
        case BasicKind::Int32: return 5;
        case BasicKind::Int64: return 6;
        case BasicKind::Uint: return 7;
        case BasicKind::Uint8: return 8;
        case BasicKind::Uint16: return 9;
        case BasicKind::Uint32: return 10;
        case BasicKind::Uint64: return 11;
        case BasicKind::Uintptr: return 12;
        case BasicKind::Float32: return 13;
        case BasicKind::Float64: return 14;
        case BasicKind::Complex64: return 15;
        case BasicKind::Complex128: return 16;
        case BasicKind::String: return 24;
        case BasicKind::UnsafePointer: return 26;
        default: return 0;
      }
    case TypeKind::Array: return 17;
    case TypeKind::Chan: return 18;
    case TypeKind::Signature: return 19;
    case TypeKind::Interface: return 20;
    case TypeKind::Map: return 21;
    case TypeKind::Pointer: return 22;
    case TypeKind::Slice: return 23;
    case TypeKind::Struct: return 25;
    default: return 0;
  }
}

// Sets the bits of the pointer words of a value of type t placed at byte offset off.
void pointerBits(Type* t, int64_t off, std::vector<uint8_t>& bits) {
  auto set = [&](int64_t byteOff) {
    int64_t w = byteOff / PtrSize;
    bits[size_t(w / 8)] |= uint8_t(1u << (w % 8));
  };
  Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Basic:
      if (isString(u) || cast<Basic>(u)->basicKind == BasicKind::UnsafePointer) set(off);
      break;
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
    case TypeKind::Slice: set(off); break;
    case TypeKind::Interface:
      set(off);
      set(off + PtrSize);
      break;
    case TypeKind::Array: {
      auto* a = cast<Array>(u);
      if (ptrDataSize(a->elem) == 0) break;
      int64_t esize = sizeOf(a->elem);
      for (int64_t i = 0; i < a->len; i++) pointerBits(a->elem, off + i * esize, bits);
      break;
    }
    case TypeKind::Struct: {
      auto* s = cast<Struct>(u);
      std::vector<int64_t> offs = fieldOffsets(s);
      for (size_t i = 0; i < s->fields.size(); i++)
        pointerBits(s->fields[i]->type, off + offs[i], bits);
      break;
    }
    default: break;
  }
}

uint32_t fnv1a(const std::string& s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

}  // namespace

std::string IRGen::typeSymbol(Type* t) {
  return "type." + runtimeTypeString(t);
}

llvm::GlobalVariable* IRGen::typeDescriptor(Type* t) {
  if (auto it = typeDescs_.find(t); it != typeDescs_.end()) return it->second;

  std::string name = typeSymbol(t);
  // Distinct types may print alike (local types of the same name): keep symbols unique.
  for (int n = 1; mod->getNamedGlobal(name); n++) name = typeSymbol(t) + "·" + std::to_string(n);
  auto* gv = new llvm::GlobalVariable(*mod, typeDescTy, true, llvm::GlobalValue::InternalLinkage,
                                      nullptr, name);
  gv->setAlignment(llvm::Align(8));
  typeDescs_[t] = gv;

  int64_t size = sizeOf(t), ptrdata = ptrDataSize(t);
  llvm::Constant* gcdata = llvm::ConstantPointerNull::get(ptrTy);
  if (ptrdata > 0) {
    int64_t words = ptrdata / PtrSize;
    std::vector<uint8_t> bits(size_t((words + 7) / 8));
    pointerBits(t, 0, bits);
    std::string hex;
    for (uint8_t byte : bits) {
      char buf[3];
      snprintf(buf, sizeof buf, "%02x", byte);
      hex += buf;
    }
    std::string gname = "runtime.gcbits." + hex;
    llvm::GlobalVariable* g = mod->getNamedGlobal(gname);
    if (!g) {
      auto* init = llvm::ConstantDataArray::get(ctx, bits);
      g = new llvm::GlobalVariable(*mod, init->getType(), true, llvm::GlobalValue::InternalLinkage,
                                   init, gname);
    }
    gcdata = g;
  }

  // Equality: the runtime's functions for scalar shapes; null marks uncomparable types
  // (comparing such values through interfaces panics, as in Go).
  llvm::Constant* equal = llvm::ConstantPointerNull::get(ptrTy);
  auto eqFunc = [&](const std::string& fname) -> llvm::Constant* {
    auto* ft = llvm::FunctionType::get(i1, {ptrTy, ptrTy}, false);
    auto fc = mod->getOrInsertFunction(fname, ft);
    return llvm::cast<llvm::Constant>(fc.getCallee());
  };
  Type* u = t->underlying();
  if (auto* bt = dyn_cast<Basic>(u)) {
    if (isString(bt)) {
      equal = eqFunc("runtime.strequal");
    } else if (bt->basicKind == BasicKind::Float32) {
      equal = eqFunc("runtime.f32equal");
    } else if (bt->basicKind == BasicKind::Float64) {
      equal = eqFunc("runtime.f64equal");
    } else {
      equal = eqFunc("runtime.memequal" + std::to_string(size * 8));
    }
  } else if (isa<Pointer>(u) || isa<Chan>(u)) {
    equal = eqFunc("runtime.memequal64");
  } else if (auto* it = dyn_cast<Interface>(u)) {
    equal = eqFunc(it->allMethods.empty() ? "runtime.nilinterequal" : "runtime.interequal");
  }

  uint8_t kind = kindOf(t);
  if (isDirectIface(t)) kind |= 1 << 5;  // kindDirectIface
  std::string str = runtimeTypeString(t);
  llvm::Constant* strConst = b.CreateGlobalStringPtr(str, "typestr." + str, 0, mod.get());
  llvm::Constant* strVal =
      llvm::ConstantStruct::get(stringTy, {strConst, llvm::ConstantInt::get(i64, str.size())});
  gv->setInitializer(llvm::ConstantStruct::get(
      typeDescTy,
      {llvm::ConstantInt::get(i64, uint64_t(size)), llvm::ConstantInt::get(i64, uint64_t(ptrdata)),
       llvm::ConstantInt::get(i32, fnv1a(str)), llvm::ConstantInt::get(i8, 0),
       llvm::ConstantInt::get(i8, goAlign(t)), llvm::ConstantInt::get(i8, goAlign(t)),
       llvm::ConstantInt::get(i8, kind), equal, gcdata, strVal,
       llvm::ConstantPointerNull::get(ptrTy)}));
  return gv;
}

}  // namespace minigo::codegen
