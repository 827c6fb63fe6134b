// type_descriptors.cpp — runtime type descriptors (runtime/type.h), one per distinct
// type in the program, named as Go names them ("type.int", "type.[]string",
// "type.main.T"): the common _type, then the kind's own part (element types, struct
// fields, interface methods, map layout), and for types with methods their method
// table. Also the pieces descriptors point to: pointer bitmaps ("runtime.gcbits.<hex>",
// shared between types with the same bitmap, as in Go), equality and hash functions
// for structs and arrays ("type..eq.T", "type..hash.T"), and itabs ("go.itab.T,I").
#include "codegen/irgen.h"

#include <llvm/Support/Casting.h>

#include <cstdio>
#include <set>

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

// Whether k == k for every value (false for floats and interfaces anywhere inside).
bool reflexive(Type* t) {
  Type* u = t->underlying();
  if (isFloat(u) || isa<Interface>(u)) return false;
  if (auto* a = dyn_cast<Array>(u)) return reflexive(a->elem);
  if (auto* s = dyn_cast<Struct>(u)) {
    for (Var* f : s->fields) {
      if (!reflexive(f->type)) return false;
    }
  }
  return true;
}

// Whether overwriting an equal key must store the new key too (-0 vs +0, strings
// sharing storage, interfaces).
bool needKeyUpdate(Type* t) {
  Type* u = t->underlying();
  if (isFloat(u) || isString(u) || isa<Interface>(u)) return true;
  if (auto* a = dyn_cast<Array>(u)) return needKeyUpdate(a->elem);
  if (auto* s = dyn_cast<Struct>(u)) {
    for (Var* f : s->fields) {
      if (needKeyUpdate(f->type)) return true;
    }
  }
  return false;
}

}  // namespace

std::string IRGen::typeSymbol(Type* t) {
  return "type." + runtimeTypeString(t);
}

llvm::Constant* IRGen::goString(const std::string& s) {
  if (s.empty()) return llvm::Constant::getNullValue(stringTy);
  llvm::Constant* data = b.CreateGlobalStringPtr(s, "go.str", 0, mod.get());
  return llvm::ConstantStruct::get(stringTy, {data, llvm::ConstantInt::get(i64, s.size())});
}

// The methods of the method set of T (T's own and promoted ones), sorted as the
// runtime expects (Object::less).
std::vector<Func*> IRGen::methodSet(Type* T) {
  std::vector<std::pair<std::string, Package*>> names;
  std::set<std::string> seen;
  std::function<void(Type*, int)> collect = [&](Type* t, int depth) {
    if (depth > 16) return;
    bool isPtr = false;
    t = deref(t, &isPtr);
    if (auto* n = dyn_cast<Named>(t)) {
      for (Func* m : n->methods) {
        if (seen.insert(m->id()).second) names.emplace_back(m->name, m->pkg);
      }
    }
    if (auto* st = dyn_cast<Struct>(t->underlying())) {
      for (Var* f : st->fields) {
        if (f->embedded) collect(f->type, depth + 1);
      }
    }
    if (auto* it = dyn_cast<Interface>(t->underlying()); it && depth > 0) {
      completeInterface(it);
      for (Func* m : it->allMethods) {
        if (seen.insert(m->id()).second) names.emplace_back(m->name, m->pkg);
      }
    }
  };
  if (isa<Interface>(T->underlying())) return {};
  collect(T, 0);
  std::vector<Func*> ms;
  for (auto& [name, pkg] : names) {
    Checker::LookupResult r = Checker::lookupFieldOrMethod(T, false, pkg, name);
    if (auto* f = dyn_cast_or_null<Func>(r.obj)) ms.push_back(f);
  }
  std::sort(ms.begin(), ms.end(), [](Func* a, Func* b) { return Object::less(a, b); });
  return ms;
}

llvm::Constant* IRGen::signatureDescriptor(Signature* sig) {
  // The method's type as the runtime matches it: the signature without receiver.
  auto* s = prog.typesArena.make<Signature>();
  s->params = sig->params;
  s->results = sig->results;
  s->variadic = sig->variadic;
  return typeDescriptor(s);
}

bool IRGen::isMemoryComparable(Type* t) {
  Type* u = t->underlying();
  if (auto* bt = dyn_cast<Basic>(u)) {
    return isInteger(bt) || isBoolean(bt) || bt->basicKind == BasicKind::UnsafePointer;
  }
  if (isa<Pointer>(u) || isa<Chan>(u)) return true;
  if (auto* at = dyn_cast<Array>(u)) return isMemoryComparable(at->elem);
  if (auto* st = dyn_cast<Struct>(u)) {
    // Every byte must belong to a compared field: no padding, no blank fields.
    uint64_t sum = 0;
    for (Var* f : st->fields) {
      if (f->name == "_" || !isMemoryComparable(f->type)) return false;
      sum += goSize(f->type);
    }
    return sum == goSize(t);
  }
  return false;
}

// The equality function of a struct or array type ("type..eq.T", on two pointers), or
// null when the type is not comparable. Plain memory compares bytewise; arrays loop
// over their elements; structs compare field by field and stop at the first difference.
llvm::Constant* IRGen::equalFunc(Type* t) {
  if (!comparable(t)) return llvm::ConstantPointerNull::get(ptrTy);
  std::string name = "type..eq." + runtimeTypeString(t);
  if (llvm::Function* f = mod->getFunction(name)) return f;
  auto* fn = llvm::Function::Create(llvm::FunctionType::get(i1, {ptrTy, ptrTy}, false),
                                    llvm::GlobalValue::InternalLinkage, name, mod.get());
  fn->addRetAttr(llvm::Attribute::ZExt);
  emitWrapper(fn, nullptr, [&] {
    llvm::Value* p = fn->getArg(0);
    llvm::Value* q = fn->getArg(1);
    Type* u = t->underlying();
    if (isMemoryComparable(t)) {
      b.CreateRet(callRuntime("runtime.memequal", {p, q, llvm::ConstantInt::get(i64, goSize(t))}));
      return;
    }
    llvm::BasicBlock* falseBB = newBlock("ne");
    auto elemEqual = [&](Type* et, llvm::Value* ep, llvm::Value* eq) -> llvm::Value* {
      Type* eu = et->underlying();
      if (isa<Struct>(eu) || isa<Array>(eu)) {
        // Aggregates stay in memory (never loaded whole).
        if (isMemoryComparable(et)) {
          return callRuntime("runtime.memequal", {ep, eq, llvm::ConstantInt::get(i64, goSize(et))});
        }
        auto* ft = llvm::FunctionType::get(i1, {ptrTy, ptrTy}, false);
        llvm::CallInst* c = b.CreateCall(ft, equalFunc(et), {ep, eq});
        c->addRetAttr(llvm::Attribute::ZExt);
        return c;
      }
      return equal(b.CreateLoad(llvmType(et), ep), b.CreateLoad(llvmType(et), eq), et, nullptr);
    };
    if (auto* st = dyn_cast<Struct>(u)) {
      for (unsigned i = 0; i < st->fields.size(); i++) {
        if (st->fields[i]->name == "_") continue;  // blank fields are not compared
        Type* ft = st->fields[i]->type;
        llvm::Value* eq = elemEqual(ft, b.CreateStructGEP(llvmType(t), p, i),
                                    b.CreateStructGEP(llvmType(t), q, i));
        llvm::BasicBlock* next = newBlock("eq.next");
        b.CreateCondBr(eq, next, falseBB);
        b.SetInsertPoint(next);
      }
      b.CreateRet(llvm::ConstantInt::getTrue(ctx));
    } else {
      auto* at = cast<Array>(u);
      llvm::BasicBlock* entry = b.GetInsertBlock();
      llvm::BasicBlock* loop = newBlock("eq.loop");
      llvm::BasicBlock* body = newBlock("eq.body");
      llvm::BasicBlock* done = newBlock("eq.done");
      b.CreateBr(loop);
      b.SetInsertPoint(loop);
      llvm::PHINode* i = b.CreatePHI(i64, 2, "i");
      i->addIncoming(llvm::ConstantInt::get(i64, 0), entry);
      b.CreateCondBr(b.CreateICmpSLT(i, llvm::ConstantInt::get(i64, uint64_t(at->len))), body,
                     done);
      b.SetInsertPoint(body);
      llvm::Value* zero = llvm::ConstantInt::get(i64, 0);
      llvm::Value* eq = elemEqual(at->elem, b.CreateGEP(llvmType(t), p, {zero, i}),
                                  b.CreateGEP(llvmType(t), q, {zero, i}));
      i->addIncoming(b.CreateAdd(i, llvm::ConstantInt::get(i64, 1)), b.GetInsertBlock());
      b.CreateCondBr(eq, loop, falseBB);
      b.SetInsertPoint(done);
      b.CreateRet(llvm::ConstantInt::getTrue(ctx));
    }
    b.SetInsertPoint(falseBB);
    b.CreateRet(llvm::ConstantInt::getFalse(ctx));
  });
  return fn;
}

// The hash function for keys of type t: the runtime's for scalar shapes, a generated
// one ("type..hash.T") for structs and arrays, null for types that cannot be keys.
llvm::Constant* IRGen::hashFunc(Type* t) {
  auto rt = [&](const std::string& name) -> llvm::Constant* {
    auto* ft = llvm::FunctionType::get(i64, {ptrTy, i64}, false);
    return cast<llvm::Constant>(mod->getOrInsertFunction(name, ft).getCallee());
  };
  Type* u = t->underlying();
  if (!comparable(t)) return llvm::ConstantPointerNull::get(ptrTy);
  if (auto* bt = dyn_cast<Basic>(u)) {
    if (isString(bt)) return rt("runtime.strhash");
    if (bt->basicKind == BasicKind::Float32) return rt("runtime.f32hash");
    if (bt->basicKind == BasicKind::Float64) return rt("runtime.f64hash");
    return rt("runtime.memhash" + std::to_string(goSize(u) * 8));
  }
  if (isa<Pointer>(u) || isa<Chan>(u)) return rt("runtime.memhash64");
  if (auto* it = dyn_cast<Interface>(u)) {
    completeInterface(it);
    return rt(it->allMethods.empty() ? "runtime.nilinterhash" : "runtime.interhash");
  }
  uint64_t size = goSize(t);
  if (isMemoryComparable(t) &&
      (size == 0 || size == 1 || size == 2 || size == 4 || size == 8 || size == 16)) {
    return rt("runtime.memhash" + std::to_string(size * 8));
  }
  std::string name = "type..hash." + runtimeTypeString(t);
  if (llvm::Function* f = mod->getFunction(name)) return f;
  auto* fn = llvm::Function::Create(llvm::FunctionType::get(i64, {ptrTy, i64}, false),
                                    llvm::GlobalValue::InternalLinkage, name, mod.get());
  emitWrapper(fn, nullptr, [&] {
    llvm::Value* p = fn->getArg(0);
    if (isMemoryComparable(t)) {
      auto* ft = llvm::FunctionType::get(i64, {ptrTy, i64, i64}, false);
      llvm::FunctionCallee memhash = mod->getOrInsertFunction("runtime.memhash", ft);
      b.CreateRet(b.CreateCall(memhash, {p, fn->getArg(1), llvm::ConstantInt::get(i64, size)}));
      return;
    }
    // h = hash(field, h) for every non-blank field / element, in order.
    auto* ftype = llvm::FunctionType::get(i64, {ptrTy, i64}, false);
    if (auto* st = dyn_cast<Struct>(u)) {
      llvm::Value* h = fn->getArg(1);
      for (unsigned i = 0; i < st->fields.size(); i++) {
        if (st->fields[i]->name == "_") continue;
        h = b.CreateCall(ftype, hashFunc(st->fields[i]->type),
                         {b.CreateStructGEP(llvmType(t), p, i), h});
      }
      b.CreateRet(h);
    } else {
      auto* at = cast<Array>(u);
      llvm::BasicBlock* entry = b.GetInsertBlock();
      llvm::BasicBlock* loop = newBlock("hash.loop");
      llvm::BasicBlock* body = newBlock("hash.body");
      llvm::BasicBlock* done = newBlock("hash.done");
      b.CreateBr(loop);
      b.SetInsertPoint(loop);
      llvm::PHINode* i = b.CreatePHI(i64, 2, "i");
      llvm::PHINode* h = b.CreatePHI(i64, 2, "h");
      i->addIncoming(llvm::ConstantInt::get(i64, 0), entry);
      h->addIncoming(fn->getArg(1), entry);
      b.CreateCondBr(b.CreateICmpSLT(i, llvm::ConstantInt::get(i64, uint64_t(at->len))), body,
                     done);
      b.SetInsertPoint(body);
      llvm::Value* ep = b.CreateGEP(llvmType(t), p, {llvm::ConstantInt::get(i64, 0), i});
      llvm::Value* h2 = b.CreateCall(ftype, hashFunc(at->elem), {ep, h});
      i->addIncoming(b.CreateAdd(i, llvm::ConstantInt::get(i64, 1)), b.GetInsertBlock());
      h->addIncoming(h2, b.GetInsertBlock());
      b.CreateBr(loop);
      b.SetInsertPoint(done);
      b.CreateRet(h);
    }
  });
  return fn;
}

llvm::Constant* IRGen::gcbits(Type* t) {
  int64_t ptrdata = ptrDataSize(t);
  if (ptrdata <= 0) return llvm::ConstantPointerNull::get(ptrTy);
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
  return g;
}

llvm::GlobalVariable* IRGen::typeDescriptor(Type* t) {
  // byte and rune are uint8 and int32 (their descriptors print so, as Go's do).
  if (auto* bt = dyn_cast<Basic>(t)) t = this->u.basic(bt->basicKind);
  if (auto it = typeDescs_.find(t); it != typeDescs_.end()) return it->second;

  Type* u = t->underlying();
  // The descriptor's LLVM type: _type followed by the kind's own fields.
  std::vector<llvm::Type*> layout{typeDescTy};
  switch (u->kind) {
    case TypeKind::Pointer:
    case TypeKind::Slice: layout.push_back(ptrTy); break;
    case TypeKind::Array: layout.insert(layout.end(), {ptrTy, ptrTy, i64, ptrTy}); break;
    case TypeKind::Chan: layout.insert(layout.end(), {ptrTy, i64}); break;
    case TypeKind::Signature: layout.insert(layout.end(), {i16, i16, i32, ptrTy}); break;
    case TypeKind::Struct: layout.insert(layout.end(), {stringTy, ptrTy, i64, ptrTy}); break;
    case TypeKind::Interface: layout.insert(layout.end(), {stringTy, ptrTy, i64}); break;
    case TypeKind::Map:
      layout.insert(layout.end(), {ptrTy, ptrTy, ptrTy, ptrTy, i8, i8, i16, i32});
      break;
    default: break;
  }
  auto* descTy = llvm::StructType::get(ctx, layout);

  std::string name = typeSymbol(t);
  // Distinct types may print alike (local types of the same name): keep symbols unique.
  for (int n = 1; mod->getNamedGlobal(name); n++) name = typeSymbol(t) + "·" + std::to_string(n);
  // Predeclared types' descriptors are visible to the runtime under their symbol
  // ("type.uint8"), which it references weakly (runtime/type.h).
  auto linkage =
      isa<Basic>(t) ? llvm::GlobalValue::ExternalLinkage : llvm::GlobalValue::InternalLinkage;
  auto* gv = new llvm::GlobalVariable(*mod, descTy, true, linkage, nullptr, name);
  gv->setAlignment(llvm::Align(8));
  typeDescs_[t] = gv;

  int64_t size = sizeOf(t), ptrdata = ptrDataSize(t);
  llvm::Constant* gcdata = gcbits(t);

  // Equality: the runtime's functions for scalar shapes, generated ones for structs and
  // arrays; null marks uncomparable types (comparing them in interfaces panics, as Go).
  llvm::Constant* equalFn = llvm::ConstantPointerNull::get(ptrTy);
  auto rtEq = [&](const std::string& fname) -> llvm::Constant* {
    auto* ft = llvm::FunctionType::get(i1, {ptrTy, ptrTy}, false);
    return cast<llvm::Constant>(mod->getOrInsertFunction(fname, ft).getCallee());
  };
  if (auto* bt = dyn_cast<Basic>(u)) {
    if (isString(bt)) {
      equalFn = rtEq("runtime.strequal");
    } else if (bt->basicKind == BasicKind::Float32) {
      equalFn = rtEq("runtime.f32equal");
    } else if (bt->basicKind == BasicKind::Float64) {
      equalFn = rtEq("runtime.f64equal");
    } else {
      equalFn = rtEq("runtime.memequal" + std::to_string(size * 8));
    }
  } else if (isa<Pointer>(u) || isa<Chan>(u)) {
    equalFn = rtEq("runtime.memequal64");
  } else if (auto* it = dyn_cast<Interface>(u)) {
    completeInterface(it);
    equalFn = rtEq(it->allMethods.empty() ? "runtime.nilinterequal" : "runtime.interequal");
  } else if (isa<Struct>(u) || isa<Array>(u)) {
    equalFn = equalFunc(t);
  }

  // The method table, for itabs built at run time (type assertions to interfaces).
  llvm::Constant* uncommon = llvm::ConstantPointerNull::get(ptrTy);
  std::vector<Func*> ms = methodSet(t);
  if (!ms.empty()) {
    auto* methodTy = llvm::StructType::get(ctx, {stringTy, stringTy, ptrTy, ptrTy, ptrTy});
    std::vector<llvm::Constant*> entries;
    for (Func* m : ms) {
      entries.push_back(llvm::ConstantStruct::get(
          methodTy, {goString(m->name), goString(m->exported() ? "" : m->pkg->path),
                     signatureDescriptor(cast<Signature>(m->type)), ifaceMethodFunc(t, m),
                     methodFunc(t, m)}));
    }
    auto* arrTy = llvm::ArrayType::get(methodTy, entries.size());
    auto* methods =
        new llvm::GlobalVariable(*mod, arrTy, true, llvm::GlobalValue::InternalLinkage,
                                 llvm::ConstantArray::get(arrTy, entries), name + ".methods");
    auto* uncommonTy = llvm::StructType::get(ctx, {stringTy, ptrTy, i64});
    std::string pkgPath;
    if (auto* n = dyn_cast<Named>(deref(t))) pkgPath = n->obj->pkg ? n->obj->pkg->path : "";
    uncommon = new llvm::GlobalVariable(
        *mod, uncommonTy, true, llvm::GlobalValue::InternalLinkage,
        llvm::ConstantStruct::get(
            uncommonTy, {goString(pkgPath), methods, llvm::ConstantInt::get(i64, entries.size())}),
        name + ".uncommon");
  }

  uint8_t kind = kindOf(t);
  if (isDirectIface(t)) kind |= 1 << 5;  // kindDirectIface
  // tflagNamed: defined types and the predeclared ones (error is a Named type).
  uint8_t tflag = isa<Named>(t) || isa<Basic>(t) ? 1 << 2 : 0;
  std::string str = runtimeTypeString(t);
  llvm::Constant* base = llvm::ConstantStruct::get(
      typeDescTy,
      {llvm::ConstantInt::get(i64, uint64_t(size)), llvm::ConstantInt::get(i64, uint64_t(ptrdata)),
       llvm::ConstantInt::get(i32, fnv1a(str)), llvm::ConstantInt::get(i8, tflag),
       llvm::ConstantInt::get(i8, goAlign(t)), llvm::ConstantInt::get(i8, goAlign(t)),
       llvm::ConstantInt::get(i8, kind), equalFn, gcdata, goString(str), uncommon});

  std::vector<llvm::Constant*> fields{base};
  auto arrayOf = [&](llvm::Type* et, std::vector<llvm::Constant*> elems,
                     const std::string& suffix) -> llvm::Constant* {
    if (elems.empty()) return llvm::ConstantPointerNull::get(ptrTy);
    auto* at = llvm::ArrayType::get(et, elems.size());
    return new llvm::GlobalVariable(*mod, at, true, llvm::GlobalValue::InternalLinkage,
                                    llvm::ConstantArray::get(at, elems), name + suffix);
  };
  switch (u->kind) {
    case TypeKind::Pointer: fields.push_back(typeDescriptor(cast<Pointer>(u)->elem)); break;
    case TypeKind::Slice: fields.push_back(typeDescriptor(cast<Slice>(u)->elem)); break;
    case TypeKind::Array: {
      auto* a = cast<Array>(u);
      fields.push_back(typeDescriptor(a->elem));
      fields.push_back(llvm::ConstantPointerNull::get(ptrTy));
      fields.push_back(llvm::ConstantInt::get(i64, uint64_t(a->len)));
      fields.push_back(hashFunc(t));
      break;
    }
    case TypeKind::Chan: {
      auto* c = cast<Chan>(u);
      fields.push_back(typeDescriptor(c->elem));
      uint64_t dir = c->dir == ChanDir::RecvOnly ? 1 : c->dir == ChanDir::SendOnly ? 2 : 3;
      fields.push_back(llvm::ConstantInt::get(i64, dir));
      break;
    }
    case TypeKind::Signature: {
      auto* s = cast<Signature>(u);
      std::vector<llvm::Constant*> params;
      for (size_t i = 0; i < tupleLen(s->params); i++)
        params.push_back(typeDescriptor(s->params->vars[i]->type));
      for (size_t i = 0; i < tupleLen(s->results); i++)
        params.push_back(typeDescriptor(s->results->vars[i]->type));
      fields.push_back(llvm::ConstantInt::get(i16, tupleLen(s->params)));
      fields.push_back(llvm::ConstantInt::get(i16, tupleLen(s->results)));
      fields.push_back(llvm::ConstantInt::get(i32, s->variadic ? 1 : 0));
      fields.push_back(arrayOf(ptrTy, params, ".params"));
      break;
    }
    case TypeKind::Struct: {
      auto* st = cast<Struct>(u);
      // runtime/type.h's structfield: name, type, offset, embedded, tag.
      auto* fieldTy = llvm::StructType::get(ctx, {stringTy, ptrTy, i64, i64, stringTy});
      std::vector<int64_t> offs = fieldOffsets(st);
      std::vector<llvm::Constant*> fs_;
      std::string pkgPath;
      for (size_t i = 0; i < st->fields.size(); i++) {
        Var* f = st->fields[i];
        if (!f->exported() && f->pkg) pkgPath = f->pkg->path;
        std::string tag = i < st->tags.size() ? st->tags[i] : "";
        fs_.push_back(llvm::ConstantStruct::get(
            fieldTy, {goString(f->name), typeDescriptor(f->type),
                      llvm::ConstantInt::get(i64, uint64_t(offs[i])),
                      llvm::ConstantInt::get(i64, f->embedded ? 1 : 0), goString(tag)}));
      }
      fields.push_back(goString(pkgPath));
      fields.push_back(arrayOf(fieldTy, fs_, ".fields"));
      fields.push_back(llvm::ConstantInt::get(i64, st->fields.size()));
      fields.push_back(hashFunc(t));
      break;
    }
    case TypeKind::Interface: {
      auto* it = cast<Interface>(u);
      completeInterface(it);
      auto* imTy = llvm::StructType::get(ctx, {stringTy, stringTy, ptrTy});
      std::vector<llvm::Constant*> ims;
      std::string pkgPath;
      for (Func* m : it->allMethods) {
        if (!m->exported() && m->pkg) pkgPath = m->pkg->path;
        ims.push_back(llvm::ConstantStruct::get(
            imTy, {goString(m->name), goString(m->exported() ? "" : m->pkg->path),
                   signatureDescriptor(cast<Signature>(m->type))}));
      }
      fields.push_back(goString(pkgPath));
      fields.push_back(arrayOf(imTy, ims, ".imethods"));
      fields.push_back(llvm::ConstantInt::get(i64, ims.size()));
      break;
    }
    case TypeKind::Map: {
      auto* m = cast<Map>(u);
      // Go's bucket: tophash [8]uint8; keys [8]K; elems [8]E; overflow *bucket, with keys
      // and elements over 128 bytes stored as pointers.
      bool indirectKey = goSize(m->key) > 128, indirectElem = goSize(m->elem) > 128;
      Type* kslot =
          indirectKey ? static_cast<Type*>(prog.typesArena.make<Pointer>(m->key)) : m->key;
      Type* eslot =
          indirectElem ? static_cast<Type*>(prog.typesArena.make<Pointer>(m->elem)) : m->elem;
      auto* bucket = prog.typesArena.make<Struct>();
      auto field = [&](const char* fname, Type* ft) {
        auto* f = prog.typesArena.make<Var>(Pos{}, nullptr, fname, ft);
        f->isField = true;
        bucket->fields.push_back(f);
      };
      field("topbits", prog.typesArena.make<Array>(this->u.basic(BasicKind::Uint8), 8));
      field("keys", prog.typesArena.make<Array>(kslot, 8));
      field("elems", prog.typesArena.make<Array>(eslot, 8));
      field("overflow", this->u.basic(BasicKind::UnsafePointer));
      uint32_t flags = (indirectKey ? 1 : 0) | (indirectElem ? 2 : 0) |
                       (reflexive(m->key) ? 4 : 0) | (needKeyUpdate(m->key) ? 8 : 0);
      fields.push_back(typeDescriptor(m->key));
      fields.push_back(typeDescriptor(m->elem));
      fields.push_back(typeDescriptor(bucket));
      fields.push_back(hashFunc(m->key));
      fields.push_back(llvm::ConstantInt::get(i8, goSize(kslot)));
      fields.push_back(llvm::ConstantInt::get(i8, goSize(eslot)));
      fields.push_back(llvm::ConstantInt::get(i16, goSize(bucket)));
      fields.push_back(llvm::ConstantInt::get(i32, flags));
      break;
    }
    default: break;
  }
  gv->setInitializer(llvm::ConstantStruct::get(descTy, fields));
  return gv;
}

llvm::Constant* IRGen::itab(Type* T, Type* I) {
  auto key = std::make_pair(typeDescriptor(T)->getName().str(), typeDescriptor(I)->getName().str());
  if (auto it = itabs_.find(key); it != itabs_.end()) return it->second;
  auto* iface = cast<Interface>(I->underlying());
  completeInterface(iface);
  std::vector<llvm::Constant*> fun;
  for (Func* m : iface->allMethods) {
    Checker::LookupResult r = Checker::lookupFieldOrMethod(T, false, m->pkg, m->name);
    auto* impl = cast<Func>(r.obj);
    fun.push_back(ifaceMethodFunc(T, impl));
  }
  auto* funTy = llvm::ArrayType::get(ptrTy, fun.size());
  auto* itabTy = llvm::StructType::get(ctx, {ptrTy, ptrTy, i32, i32, funTy});
  std::string str = runtimeTypeString(T);
  auto* gv = new llvm::GlobalVariable(
      *mod, itabTy, true, llvm::GlobalValue::InternalLinkage,
      llvm::ConstantStruct::get(
          itabTy, {typeDescriptor(I), typeDescriptor(T), llvm::ConstantInt::get(i32, fnv1a(str)),
                   llvm::ConstantInt::get(i32, 0), llvm::ConstantArray::get(funTy, fun)}),
      "go.itab." + str + "," + runtimeTypeString(I));
  gv->setAlignment(llvm::Align(8));
  itabs_[key] = gv;
  return gv;
}

}  // namespace minigo::codegen
