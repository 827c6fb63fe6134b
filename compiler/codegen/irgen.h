// irgen.h — the IR generator shared by the codegen files: lowering of Go types to
// LLVM types (llvm_types.cpp), runtime entry points (runtime_api.cpp), type
// descriptors (type_descriptors.cpp), functions and packages (irgen.cpp), statements
// (stmt.cpp), expressions (expr.cpp), calls and builtins (call.cpp), interfaces
// (iface.cpp), channels and select (chan.cpp) and sync/atomic's intrinsics (atomics.cpp).
//
// Conventions (docs/ARCHITECTURE.md, "Calling convention"):
//  - A Go function f in package p is the LLVM function "p.f". Its first parameter is
//    the closure pointer (`ptr nest`, in R10), which only function literals and method
//    values read; then the receiver of a method, then the parameters as LLVM values of
//    their lowered types (small aggregates as first-class values, which LLVM splits
//    into registers; a big aggregate — over bigValueSize bytes — as a pointer to a
//    copy the caller made, which the callee only reads); no result returns void, one
//    result returns it, several return an anonymous struct — unless a result is big:
//    then all results go through memory, a last hidden parameter pointing to a fresh
//    temporary of the caller laid out as resultsStruct(sig), which the callee fills
//    (without write barriers) before returning void. So a function value — a pointer
//    to {code, captures...} — is called the same way whatever it holds, and a wrapper
//    forwards its parameters (the hidden one included) unchanged.
//  - Values of big aggregate types are never first-class LLVM values: the codegen
//    passes them around as pointers to memory that nobody writes while the value is
//    in use (memvalues.cpp): loads copy to a temporary, stores copy from it.
//  - Every local variable lives in an alloca of the function's entry block; LLVM's
//    mem2reg turns the ones whose address is never taken into SSA values.
//  - bool is i1 everywhere (one byte in memory); int/uint/uintptr are i64; a string is
//    %string = {ptr, i64}; a slice %slice = {ptr, i64, i64}; an empty interface
//    %eface = {ptr type, ptr data}; pointers, maps, channels and funcs are ptr.
#pragma once

#include "driver/loader.h"
#include "escape/escape.h"
#include "syntax/diagnostics.h"
#include "types/checker.h"
#include "types/sizes.h"
#include "types/typemap.h"

#include <llvm/ADT/DenseMap.h>
#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace minigo::codegen {

struct BranchTargets {
  llvm::BasicBlock* breakBB = nullptr;
  llvm::BasicBlock* continueBB = nullptr;
};

// State of the function being generated.
struct FuncState {
  llvm::Function* fn = nullptr;
  types::Signature* sig = nullptr;
  llvm::BasicBlock* allocaBlock = nullptr;         // holds the allocas, branches to body
  std::vector<llvm::Value*> results;               // result slots (named or not)
  llvm::DenseMap<types::Var*, llvm::Value*> vars;  // address of each local variable
  llvm::DenseMap<const syntax::Stmt*, BranchTargets> targets;
  llvm::DenseMap<const syntax::CaseClause*, llvm::BasicBlock*> caseBodies;  // fallthrough
  llvm::DenseMap<const syntax::CaseClause*, const syntax::CaseClause*> nextCase;
  llvm::Value* closure = nullptr;  // the closure pointer parameter
  int literals = 0;                // function literals numbered so far (p.f.func1, ...)
  bool isLiteral = false;          // a function literal's body
  std::string name;                // symbol of the function (for literal names)
  // Functions with defer statements (defer.cpp): every return goes through exitBB,
  // which runs the deferred calls and returns the result slots' values; calls that
  // may panic become invokes whose landing pad runs them for the panic.
  bool hasDefer = false;
  llvm::Value* deferFrame = nullptr;  // the frame token (a slot of this frame)
  llvm::BasicBlock* exitBB = nullptr;
  int loopDepth = 0;                    // for statements enclosing the current statement
  int thunks = 0;                       // deferred-call thunks numbered so far
  llvm::DIScope* debugScope = nullptr;  // the function's DISubprogram (with -g)
  // Calls already evaluated by prehoist, waiting for their use (order.cpp).
  llvm::DenseMap<const syntax::CallExpr*, llvm::Value*> hoisted;
  // Receives (<-c) already evaluated by prehoist, likewise.
  llvm::DenseMap<const syntax::Operation*, llvm::Value*> hoistedRecv;
  // A function whose results go through memory: the hidden last parameter.
  llvm::Value* resultMem = nullptr;
};

class IRGen {
 public:
  IRGen(driver::Program& prog, llvm::LLVMContext& ctx, Diagnostics& diag, bool debugInfo = false,
        bool optimized = true);
  std::unique_ptr<llvm::Module> run();

  // ---- context ----
  driver::Program& prog;
  types::Info& info;
  const types::Universe& u;
  llvm::LLVMContext& ctx;
  std::unique_ptr<llvm::Module> mod;
  llvm::IRBuilder<> b;
  Diagnostics& diag;
  bool failed = false;
  std::unique_ptr<FuncState> fs;  // current function
  bool debugInfo = false;         // -g: DWARF line tables
  bool optimized = true;

  // LLVM types used everywhere
  llvm::IntegerType *i1, *i8, *i16, *i32, *i64;
  llvm::Type *f32, *f64, *voidTy;
  llvm::PointerType* ptrTy;
  llvm::StructType *stringTy, *sliceTy, *efaceTy, *ifaceTy, *typeDescTy;

  // ---- errors ----
  void unsupported(const syntax::Node* n, const std::string& what);

  // ---- debuginfo.cpp ----
  std::unique_ptr<llvm::DIBuilder> dib;  // null without -g
  llvm::DICompileUnit* cu = nullptr;
  void initDebugInfo();
  void finishDebugInfo();
  llvm::DIFile* debugFile(uint32_t fileId);
  // Gives fn (the current function) a subprogram at pos and starts its locations
  // there; without -g, or for compiler-made functions (no pos), clears the location.
  void beginDebugFunction(llvm::Function* fn, const std::string& goName, Pos pos);
  // The location of the code generated next (a statement's position).
  void setDebugLocation(Pos pos);

  // ---- llvm_types.cpp ----
  llvm::Type* llvmType(types::Type* t);
  // The LLVM type of a Go function: closure pointer, receiver, parameters. A function
  // provided by the runtime in C++ (external) has no closure parameter.
  llvm::FunctionType* llvmFuncType(types::Signature* sig, bool withClosure = true);
  llvm::Type* resultType(types::Signature* sig);
  llvm::Constant* zeroValue(types::Type* t);
  uint64_t goSize(types::Type* t) { return uint64_t(types::sizeOf(t)); }
  uint64_t goAlign(types::Type* t) { return uint64_t(types::alignOf(t)); }
  // Whether values of t are stored directly in an interface's data word.
  bool isDirectIface(types::Type* t);

  // ---- memvalues.cpp: big aggregates in memory ----
  // A struct or array over bigValueSize bytes is "big": its values are pointers to
  // memory holding them (never first-class LLVM aggregates, whose loads, stores and
  // zeroinitializers LLVM expands element by element), and functions pass it by
  // pointer. Temporaries over maxStackTempSize (Go's maxImplicitStackVarSize) are
  // heap objects, so that copies of huge values never overflow a stack.
  static constexpr uint64_t bigValueSize = 64;
  static constexpr uint64_t maxStackTempSize = 64 << 10;
  bool isBig(types::Type* t);
  // The LLVM type of a value of t in codegen: ptr for big types, else llvmType(t).
  llvm::Type* valueType(types::Type* t) { return isBig(t) ? ptrTy : llvmType(t); }
  // Whether sig's results go through memory (one of them is big), and the struct
  // type of that memory (R0, R1, ...: the results in order).
  bool resultsInMemory(types::Signature* sig);
  types::Type* resultsStruct(types::Signature* sig);
  // A fresh temporary for a value of t: an uninitialized stack slot, or a zeroed heap
  // object over maxStackTempSize (*zeroed tells which).
  llvm::Value* tempFor(types::Type* t, const std::string& name, bool* zeroed = nullptr);
  // The zero value of t as a value (a zeroed temporary for big types).
  llvm::Value* zeroOf(types::Type* t);
  // *p = zero value of t, without write barrier (fresh memory, frame slots).
  void zeroInit(llvm::Value* p, types::Type* t);
  // The value of type t stored at p: a load, or for big types a copy in a temporary.
  llvm::Value* loadValue(types::Type* t, llvm::Value* p);
  // *p = v without write barrier (fresh memory, frame slots): a store or a copy.
  void storeValue(llvm::Value* v, llvm::Value* p, types::Type* t);
  // memcpy of a value of t (non-overlapping).
  void copyValue(llvm::Value* dst, llvm::Value* src, types::Type* t);
  // Field i of struct value v of type t (for a big v the field's own memory, or its
  // load), element i of array value v of type t.
  llvm::Value* fieldValue(llvm::Value* v, types::Type* t, unsigned i);
  // A big value as a first-class LLVM aggregate (a load; legalizeAggregates turns it
  // into copies), for code that stores values whatever their size (makeClosure); and
  // back: a first-class aggregate of a big type spilled to a temporary.
  llvm::Value* toFirstClass(llvm::Value* v, types::Type* t);
  llvm::Value* toMemory(llvm::Value* v, types::Type* t);
  // Appends the hidden result parameter (a fresh temporary) to args when sig's results
  // go through memory; returns it, or null.
  llvm::Value* addResultMem(types::Signature* sig, std::vector<llvm::Value*>& args);
  // Rewrites the first-class loads and stores of big aggregates left in fn (from code
  // that moves values generically) into memcpy and memset.
  void legalizeAggregates(llvm::Function& fn);

  // ---- runtime_api.cpp ----
  llvm::FunctionCallee runtimeFunc(const std::string& name);
  llvm::Value* callRuntime(const std::string& name, llvm::ArrayRef<llvm::Value*> args);
  // The function of stdlib/runtime (Go source) named name ("runtime.panicIndex"), if any.
  types::Func* runtimeGoFunc(const std::string& name);
  // Calls a runtime function that never returns (panics) and starts a new (dead) block.
  void callNoReturn(const std::string& name, llvm::ArrayRef<llvm::Value*> args);

  // ---- type_descriptors.cpp ----
  llvm::GlobalVariable* typeDescriptor(types::Type* t);
  // The pointer bitmap of t ("runtime.gcbits.<hex>": bit i = word i holds a pointer,
  // over its first ptrdata bytes), or null when t holds no pointers.
  llvm::Constant* gcbits(types::Type* t);
  std::string typeSymbol(types::Type* t);
  llvm::Constant* goString(const std::string& s);
  std::vector<types::Func*> methodSet(types::Type* T);
  llvm::Constant* signatureDescriptor(types::Signature* sig);
  llvm::Constant* equalFunc(types::Type* t);
  // Whether == on t is a bytewise comparison (no floats, strings, interfaces, padding).
  bool isMemoryComparable(types::Type* t);
  llvm::Constant* hashFunc(types::Type* t);

  // ---- irgen.cpp ----
  std::string funcSymbol(types::Func* f);
  llvm::Function* declareFunc(types::Func* f);
  void genFunc(types::Func* f);
  // Begins a function body: entry/body blocks, parameters into slots. params are the
  // Go parameters after the closure pointer (receiver first for methods).
  void beginFunction(llvm::Function* fn, types::Signature* sig, syntax::Node* body,
                     const std::string& name, Pos pos = Pos{});
  void finishFunction();
  // Generates the body of a compiler-made function (wrappers): body emits code with the
  // builder positioned in fn, and must end with a return. With a sig, fn wraps a Go call
  // (method wrappers, thunks) and starts with wrapperPrologue (defer.cpp).
  void emitWrapper(llvm::Function* fn, types::Signature* sig, const std::function<void()>& body);
  // Calls a function declared without a body (provided by the runtime in C++), with
  // the sret convention declareFunc gave it for large results.
  llvm::Value* callExternal(llvm::IRBuilder<>& ib, llvm::Function* fn,
                            llvm::ArrayRef<llvm::Value*> args);
  // ---- atomics.cpp ----
  // sync/atomic's bodiless Add/Load/Store/Swap/CompareAndSwap functions are intrinsics:
  // atomicIntrinsic emits one in place (args as for callExternal; null for Store),
  // defineAtomicIntrinsic gives the declared function the same body (for func values
  // and defer).
  bool isAtomicIntrinsic(const types::Func* f) const;
  llvm::Value* atomicIntrinsic(types::Func* f, llvm::ArrayRef<llvm::Value*> args);
  void defineAtomicIntrinsic(types::Func* f, llvm::Function* fn);
  // Calls a Go function (closure pointer first, marked nest).
  llvm::CallInst* callGo(llvm::FunctionType* ft, llvm::Value* callee, llvm::Value* closure,
                         llvm::ArrayRef<llvm::Value*> args);
  llvm::GlobalVariable* global(types::Var* v);
  void genGlobals(types::Package* pkg);
  void genPackageInit(types::Package* pkg);
  void genInitTask();
  llvm::AllocaInst* allocaFor(types::Type* t, const std::string& name);
  llvm::Value* varAddr(types::Var* v, const syntax::Node* at);
  void emitReturn(const std::vector<llvm::Value*>& values);
  llvm::BasicBlock* newBlock(const std::string& name);
  bool blockTerminated() const;

  // ---- heapvars.cpp ----
  // Which local variables live on the heap (runtime.newobject): escape analysis's
  // decision where it has one (esc); otherwise every variable whose address is taken
  // or that a closure captures.
  const escape::Result* esc = nullptr;
  void findHeapVars(syntax::Node* body);
  bool onHeap(types::Var* v) const;
  // ---- stackalloc.cpp ----
  // Objects escape analysis keeps in the frame: a zeroed slot of the entry block
  // (zeroed again at each allocation, so a loop gets a fresh object each time).
  llvm::Value* stackObject(types::Type* t);
  // new(T) / &T{...}: in the frame when onStack, else runtime.newobject.
  llvm::Value* newObjectOr(types::Type* t, bool onStack) {
    return onStack ? stackObject(t) : newObject(t);
  }
  // A zeroed slice of n elements backed by a frame array.
  llvm::Value* stackSlice(types::Type* elem, uint64_t len, uint64_t cap);
  bool stackSite(const syntax::Node* n) const { return esc && !esc->siteEscapes(n); }
  // A new slot for a local variable: an alloca, or a heap cell when it must live there.
  llvm::Value* newVarSlot(types::Var* v);

  // ---- closure.cpp ----
  // Free variables of a function literal: locals of enclosing functions it refers to.
  std::vector<types::Var*> freeVars(syntax::FuncLit* lit);
  llvm::Value* funcLit(syntax::FuncLit* lit);
  // The function value of a declared function (a static closure {code}).
  llvm::Value* funcValue(types::Func* f);
  // A bound method value x.M: a closure {wrapper, receiver}.
  llvm::Value* methodValue(syntax::SelectorExpr* e);
  // Calls a function value fv of signature sig.
  llvm::Value* callFuncValue(llvm::Value* fv, types::Signature* sig,
                             llvm::ArrayRef<llvm::Value*> args, const syntax::Node* at);
  // A closure object holding the given values (code pointer first, then the
  // captures): on the heap, or in the frame when escape analysis says it stays there.
  llvm::Value* makeClosure(llvm::Function* fn, llvm::ArrayRef<llvm::Value*> captures,
                           llvm::ArrayRef<types::Type*> captureTypes, bool onStack = false);

  // ---- defer.cpp ----
  // Prepares the current function for defer statements if body has any.
  void beginDefers(syntax::Node* body);
  void deferStmt(syntax::CallStmt* s);
  void goStmt(syntax::CallStmt* s);
  // A closure without parameters or results that performs call e, its function and
  // arguments evaluated now (for defer, and on the heap for go statements).
  llvm::Value* deferredClosure(syntax::CallExpr* e, bool forGo = false);
  // Set while the arguments of a go statement, or of a defer in a loop, are evaluated:
  // their `...` slice goes to the heap. (Go builds that slice inside the wrapper, when
  // the call runs, so its -m says it does not escape; here it is built at the
  // statement, and a frame slot would be shared by every iteration's deferred call.)
  // The exit block and landing pad of a function that defers; turns its calls into
  // invokes.
  void finishDefers();
  // recover(): effective only in the function a panic's deferred call runs directly.
  llvm::Value* recoverCall();
  // The entry of a compiler-made wrapper: tells the runtime, while a panic runs, that
  // the function the wrapper calls may recover as if it were the deferred function.
  void wrapperPrologue();

  // ---- barrier.cpp ----
  // Whether a store of a t to addr needs the write barrier (t holds pointers and addr
  // is not a stack slot of this frame).
  bool needsWriteBarrier(llvm::Value* addr, types::Type* t);
  // *addr = v, through the write barrier when needed.
  void storeWithBarrier(llvm::Value* v, llvm::Value* addr, types::Type* t);
  // *addr = v where addr is fresh memory (a new object, zeroed) or a frame slot: Go's
  // needwb rule — no barrier into the frame or for a constant (only global addresses
  // and nil), the barrier otherwise.
  void initStore(llvm::Value* v, llvm::Value* addr, types::Type* t);
  // A safepoint: park while the collector asks (runtime.gcwaiting).
  void safepointPoll();
  // Whether a function body calls anything (then its entry polls).
  bool makesCalls(syntax::Node* body);
  // go.gcroots: the globals the collector scans.
  void emitGCRoots();

  // ---- order.cpp ----
  // Evaluates, in order, the calls of e that Go's compiler would move before the rest
  // of the expression (all calls, not those on the right of && and ||, nor inside
  // function literals), so that variables are read after them as in Go.
  void prehoist(syntax::Expr* e);
  void prehoistStmt(syntax::Stmt* s);
  // The value of a call prehoist evaluated (consumed), or null.
  llvm::Value* takeHoisted(const syntax::CallExpr* e);

  // ---- maps.cpp ----
  // The address of a stack slot holding key (maps take keys by address).
  llvm::Value* keySlot(llvm::Value* key, types::Type* keyType);
  // make(map[K]V[, hint]); a null hint: no size given.
  llvm::Value* makeMap(types::Type* mapType, llvm::Value* hint);
  llvm::Value* mapLiteral(syntax::CompositeLit* e, types::Type* t);
  llvm::Value* mapIndex(llvm::Value* m, types::Type* mapType, llvm::Value* key);
  std::pair<llvm::Value*, llvm::Value*> mapIndexCommaOk(llvm::Value* m, types::Type* mapType,
                                                        llvm::Value* key);
  llvm::Value* mapLen(llvm::Value* m);
  void mapDelete(llvm::Value* m, types::Type* mapType, llvm::Value* key);
  // for k, v := range m: bind(key, elem) stores the iteration values, then the body runs.
  void rangeMap(syntax::ForStmt* s, types::Type* mapType, llvm::Value* m,
                const std::function<void(llvm::Value*, llvm::Value*)>& bind);

  // ---- chan.cpp ----
  types::Type* chanElem(types::Type* chanType);
  // make(chan T[, size]); a null size: unbuffered.
  llvm::Value* makeChan(types::Type* chanType, llvm::Value* size);
  void chanSend(llvm::Value* c, llvm::Value* v, types::Type* chanType);
  // <-c; with ok, v, ok := <-c (*ok: a value was received, not the close's zero).
  llvm::Value* chanRecv(llvm::Value* c, types::Type* chanType, llvm::Value** ok);
  // for v := range c: bind(v) stores the value received, then the body runs.
  void rangeChan(syntax::ForStmt* s, types::Type* chanType, llvm::Value* c,
                 const std::function<void(llvm::Value*)>& bind);
  void selectStmt(syntax::SelectStmt* s);

  // ---- methods.cpp ----
  // The receiver value or pointer for calling method m on the selection's base.
  // A big value receiver comes as a pointer to a copy when inMemory, else as a
  // first-class aggregate (method values: closure.cpp stores it generically).
  llvm::Value* methodReceiver(syntax::SelectorExpr* e, const types::Selection& sel, types::Func* m,
                              bool inMemory = false);
  // Calls method m with the receiver methodReceiver computed (an interface value when
  // m is promoted from an embedded interface).
  llvm::Value* callMethod(llvm::Value* recv, types::Func* m, llvm::ArrayRef<llvm::Value*> args,
                          types::Signature* sig);
  // Function implementing method m for receiver type recv (T or *T, possibly through
  // embedded fields: promoted methods get wrappers).
  llvm::Function* methodFunc(types::Type* recv, types::Func* m);
  // The function an itab holds for method m of concrete type T: its receiver is the
  // interface data word.
  llvm::Function* ifaceMethodFunc(types::Type* T, types::Func* m);
  // Calls method m of the interface value x with args.
  llvm::Value* ifaceCall(llvm::Value* x, types::Interface* it, types::Func* m,
                         llvm::ArrayRef<llvm::Value*> args, types::Signature* sig);

  // ---- structs (expr.cpp) ----
  // Panics (Go's nil dereference) if p is nil; offset: of the field about to be read.
  llvm::Value* nilCheck(llvm::Value* p, uint64_t offset = 0);
  uint64_t fieldOffset(types::Type* structType, int index);
  llvm::Value* fieldAddr(llvm::Value* base, types::Type* baseType, const std::vector<int>& path,
                         types::Type** fieldType);
  llvm::Value* selector(syntax::SelectorExpr* e);
  llvm::Value* equal(llvm::Value* x, llvm::Value* y, types::Type* t, const syntax::Node* at);

  // ---- stmt.cpp ----
  // A location assigned to: an address, or a map element (whose slot mapassign gives
  // only when the value is stored), or the blank identifier. lvalue evaluates the
  // operands (Go's first phase of an assignment); the indexing and indirection
  // themselves — bounds and nil checks — happen when the location is first used
  // (resolve), as Go does them in the second phase, assignment by assignment.
  struct LValue {
    std::function<llvm::Value*()> addrFn;  // emits the checks, gives the address
    llvm::Value* addr = nullptr;           // once resolved
    llvm::Value* map = nullptr;            // map element: the map and the key's slot
    llvm::Value* key = nullptr;
    types::Type* mapType = nullptr;
    types::Type* type = nullptr;  // the location's type
    bool blank = false;
  };
  LValue lvalue(syntax::Expr* e);
  llvm::Value* resolve(LValue& lv);
  void storeTo(LValue& lv, llvm::Value* v);
  llvm::Value* loadFrom(LValue& lv);
  void stmtList(const std::vector<syntax::Stmt*>& list);
  void stmt(syntax::Stmt* s);
  void declStmt(syntax::DeclStmt* s);
  void assignStmt(syntax::AssignStmt* s);
  void assign(const std::vector<syntax::Expr*>& lhs, const std::vector<llvm::Value*>& values,
              const std::vector<types::Type*>& types);
  void store(syntax::Expr* lhs, llvm::Value* v, types::Type* t);
  void ifStmt(syntax::IfStmt* s);
  void forStmt(syntax::ForStmt* s, const syntax::LabeledStmt* label);
  void rangeStmt(syntax::ForStmt* s, syntax::RangeClause* r);
  void switchStmt(syntax::SwitchStmt* s);
  void typeSwitchStmt(syntax::SwitchStmt* s, syntax::TypeSwitchGuard* g);
  void returnStmt(syntax::ReturnStmt* s);
  void branchStmt(syntax::BranchStmt* s);

  // ---- expr.cpp ----
  types::Type* typeOf(const syntax::Expr* e);
  llvm::Value* expr(syntax::Expr* e);
  // Evaluates e and converts it to type target (implicit conversions of assignment).
  llvm::Value* exprTo(syntax::Expr* e, types::Type* target);
  // Evaluates e, which may be a multi-value call; one value per result.
  std::vector<llvm::Value*> exprValues(syntax::Expr* e, std::vector<types::Type*>* types);
  llvm::Value* constant(const types::Constant& c, types::Type* t, const syntax::Node* at);
  llvm::Value* addr(syntax::Expr* e);
  llvm::Value* convert(llvm::Value* v, types::Type* from, types::Type* to, const syntax::Node* at);
  llvm::Value* unaryOp(syntax::Operation* e);
  llvm::Value* binaryOp(syntax::Operator op, llvm::Value* x, llvm::Value* y, types::Type* t,
                        const syntax::Node* at);
  llvm::Value* compare(syntax::Operator op, llvm::Value* x, llvm::Value* y, types::Type* t,
                       const syntax::Node* at);
  llvm::Value* shift(syntax::Operator op, llvm::Value* x, llvm::Value* y, types::Type* xt,
                     types::Type* yt);
  llvm::Value* logical(syntax::Operation* e);
  llvm::Value* stringIndex(llvm::Value* s, llvm::Value* i, types::Type* it);
  void boundsCheck(llvm::Value* i, types::Type* it, llvm::Value* len);
  llvm::Value* compositeLit(syntax::CompositeLit* e);
  // The literal's value; a big one is built in into (zeroed memory) when given.
  llvm::Value* compositeValue(syntax::CompositeLit* e, types::Type* t, llvm::Value* into = nullptr);
  llvm::Value* sliceExpr(syntax::SliceExpr* e);

  // ---- call.cpp ----
  // Emits a call; returns the call's LLVM value (void, one value, or a struct).
  llvm::Value* call(syntax::CallExpr* e);
  llvm::Value* builtinCall(syntax::CallExpr* e, types::BuiltinId id);
  void printCall(syntax::CallExpr* e, bool ln);
  // print/println of values already evaluated (e: the call, for error positions).
  void printValues(const std::vector<llvm::Value*>& vals, const std::vector<types::Type*>& tys,
                   bool ln, syntax::CallExpr* e);
  // callArgs evaluates e's arguments converted to sig's parameters. With unpacked
  // non-null, variadic elements are not gathered into a slice: they are returned one
  // by one (converted to the element type) and *unpacked is their count (the go/defer
  // wrapper builds the slice itself, in its own frame, as Go's rewrite does).
  std::vector<llvm::Value*> callArgs(syntax::CallExpr* e, types::Signature* sig,
                                     size_t* unpacked = nullptr);
  // dddSlice gathers n values of type elem into a new ... slice for call e: in the
  // frame unless escape analysis says it escapes.
  llvm::Value* dddSlice(syntax::CallExpr* e, types::Type* elem,
                        const std::vector<llvm::Value*>& elems);
  llvm::Value* makeSlice(types::Type* elem, llvm::Value* len, llvm::Value* cap);
  // A builtin called with one multi-value call: copy(f()), delete(g()), append(h()).
  bool isMultiValueArg(syntax::CallExpr* e);
  // The operands of a builtin call, in order (spreading a multi-value call).
  std::vector<llvm::Value*> builtinOperands(syntax::CallExpr* e, std::vector<types::Type*>* tys);
  // copy(d, s) of slices (or a string source) of elem; returns the count.
  llvm::Value* copySlices(llvm::Value* d, llvm::Value* s, types::Type* elem);
  llvm::Value* newObject(types::Type* t);

  // ---- iface.cpp ----
  llvm::Value* toInterface(llvm::Value* v, types::Type* from, types::Type* to,
                           const syntax::Node* at);
  // The value of type t stored in an interface's data word.
  llvm::Value* fromInterfaceData(llvm::Value* data, types::Type* t);
  llvm::Value* typeAssert(syntax::AssertExpr* e, bool commaOk);
  llvm::Value* efaceType(llvm::Value* iface, types::Type* it);
  // The itab of (concrete type T, interface I), a constant.
  llvm::Constant* itab(types::Type* T, types::Type* I);
  // Interface → interface conversion (the runtime finds the itab when needed); with
  // commaOk a failure gives the zero value and *ok false instead of a panic.
  llvm::Value* convertInterface(llvm::Value* v, types::Type* from, types::Type* to, bool commaOk,
                                llvm::Value** ok);

 private:
  types::TypeMap<llvm::Type*> llvmTypes_;
  types::TypeMap<llvm::GlobalVariable*> typeDescs_;
  llvm::DenseSet<types::Var*> heapVars_;
  std::map<std::pair<std::string, std::string>, llvm::Constant*> itabs_;  // (T, I) symbols
  std::map<std::string, llvm::Function*> wrappers_;
  std::map<types::Func*, llvm::Constant*> funcValues_;
  std::map<types::Var*, llvm::GlobalVariable*> globals_;
  std::map<types::Func*, llvm::Function*> funcs_;
  std::map<std::string, llvm::FunctionCallee> runtime_;
  std::map<uint32_t, llvm::DIFile*> debugFiles_;
  std::map<types::Signature*, types::Type*> resultsStructs_;
};

}  // namespace minigo::codegen
