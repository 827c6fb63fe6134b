// checker.h — the type checker (the design of Go's types2, which cmd/compile uses).
//
// One Checker checks one package: it collects the package-level objects of its files,
// type-checks every declaration (package-level ones in source order, resolving
// dependencies on demand with cycle detection), then function bodies, then computes
// the initialization order of package variables and reports unused imports. What it
// learns goes into the Info shared by the whole compilation (types and constant values
// of expressions, the object each name denotes, selections, scopes), which escape
// analysis and code generation read. Diagnostics use Go's wording (the "compiler"
// variants of types2's messages) and Go's positions.
//
// Untyped expressions are recorded provisionally and get their final type when the
// context decides it (updateExprType), exactly as in types2, so that code generation
// sees the run-time type of every constant.
#pragma once

#include "syntax/ast.h"
#include "syntax/diagnostics.h"
#include "types/arena.h"
#include "types/constant.h"
#include "types/predicates.h"
#include "types/typestring.h"
#include "types/universe.h"

#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/DenseSet.h>
#include <llvm/ADT/SetVector.h>
#include <llvm/Support/Casting.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace minigo::types {

using llvm::dyn_cast_or_null;
using llvm::isa;
using llvm::isa_and_nonnull;

enum class Mode : uint8_t {
  Invalid,   // the operand is invalid
  NoValue,   // a call of a function without results
  Builtin,   // a built-in function
  TypeExpr,  // a type
  Constant,  // a constant; the type is a Basic type
  Variable,  // an addressable variable
  MapIndex,  // a map index expression (a variable on the lhs, comma-ok on the rhs)
  Value,     // a computed value
  NilValue,  // the nil value
  CommaOk,   // a value that may be used in a comma-ok expression
  CommaErr,  // like CommaOk, but the second value is an error
};

struct TypeAndValue {
  Mode mode = Mode::Invalid;
  Type* type = nullptr;
  const Constant* value = nullptr;  // for Mode::Constant
};

enum class SelectionKind : uint8_t { FieldVal, MethodVal, MethodExpr };

struct Selection {
  SelectionKind kind = SelectionKind::FieldVal;
  Type* recv = nullptr;  // the type of x in x.f
  Object* obj = nullptr;
  std::vector<int> index;  // the path of embedded fields, ending with the field/method
  bool indirect = false;   // a pointer indirection was needed on the way
};

// What the checker learned, for every package of the compilation.
struct Info {
  llvm::DenseMap<const syntax::Expr*, TypeAndValue> types;
  llvm::DenseMap<const syntax::Name*, Object*> defs;
  llvm::DenseMap<const syntax::Name*, Object*> uses;
  llvm::DenseMap<const syntax::Node*, Object*> implicits;
  llvm::DenseMap<const syntax::SelectorExpr*, Selection> selections;
  llvm::DenseMap<const syntax::Node*, Scope*> scopes;
  // Nodes the checker makes up (the implicit "true" of a tagless switch), kept alive
  // as long as the maps that refer to them.
  syntax::AstArena synthetic;

  Type* typeOf(const syntax::Expr* e) const;
  const TypeAndValue* lookup(const syntax::Expr* e) const;
  // The object a name defines or uses.
  Object* objectOf(const syntax::Name* n) const;
};

struct Operand {
  Mode mode = Mode::Invalid;
  syntax::Expr* expr = nullptr;
  Type* type = nullptr;
  Constant val;
  BuiltinId id = BuiltinId::Count;
  bool isNil() const { return mode == Mode::NilValue; }
};

// A package-level object's declaration.
struct DeclInfo {
  Scope* file = nullptr;              // scope of the file containing the declaration
  std::vector<Var*> lhs;              // lhs of n:1 variable declarations, or empty
  syntax::Expr* vtyp = nullptr;       // type, or null (const and var declarations)
  syntax::Expr* init = nullptr;       // init expression, or null
  bool inherited = false;             // the init expression is inherited (consts)
  syntax::TypeDecl* tdecl = nullptr;  // type declaration, or null
  syntax::FuncDecl* fdecl = nullptr;  // func declaration, or null
  llvm::SetVector<Object*> deps;      // package-level objects this one depends on
  bool hasInitializer() const { return init || (fdecl && fdecl->body); }
};

struct CheckerConfig {
  // Returns the (already checked) package for an import path, or null after setting
  // *err to Go's reason.
  std::function<Package*(const std::string& path, std::string* err)> importer;
};

class Checker {
 public:
  Checker(Arena& arena, const Universe& universe, Info& info, Diagnostics& diag,
          CheckerConfig config, Package* pkg);
  ~Checker();

  // Type-checks the package's files; errors go to the Diagnostics.
  void checkFiles(const std::vector<syntax::File*>& files);

  // For unit tests: the methods declared on a named type, in source order.
  static std::string objectString(Object* obj);

 private:
  // ---- state ----
  Arena& arena_;
  const Universe& u_;
  Info& info_;
  Diagnostics& diag_;
  CheckerConfig conf_;
  Package* pkg_;

  std::vector<std::unique_ptr<DeclInfo>> declInfos_;
  llvm::DenseMap<Object*, DeclInfo*> objMap_;
  std::vector<Object*> objList_;  // objMap_'s keys in declaration order
  std::vector<syntax::File*> files_;
  std::vector<PkgName*> imports_;
  llvm::DenseMap<TypeName*, std::vector<Func*>> methods_;
  bool firstErr_ = false;

  struct ExprInfo {
    bool isLhs = false;  // lhs operand of a shift with delayed type-check
    Mode mode = Mode::Invalid;
    Basic* type = nullptr;
    std::optional<Constant> val;
  };
  llvm::DenseMap<const syntax::Expr*, ExprInfo> untyped_;
  std::vector<std::function<void()>> delayed_;
  std::vector<Object*> objPath_;
  llvm::DenseMap<Object*, size_t> greyIndex_;  // index in objPath_ of grey objects

  struct Environment {
    DeclInfo* decl = nullptr;
    Scope* scope = nullptr;
    std::optional<Constant> iota;
    Pos errpos{};
    Signature* sig = nullptr;
    llvm::DenseSet<const syntax::CallExpr*>* isPanic = nullptr;
    bool hasLabel = false;
    bool hasCallOrRecv = false;
  };
  Environment env_;
  std::vector<std::unique_ptr<llvm::DenseSet<const syntax::CallExpr*>>> panicSets_;

  // ---- errors (check.cpp) ----
  struct ErrorPart {
    Pos pos;
    std::string msg;
  };
  void error(Pos pos, const std::string& msg, bool soft = false);
  void errorAt(const syntax::Node* n, const std::string& msg) { error(syntax::startPos(n), msg); }
  void errorAt(const Operand& x, const std::string& msg);
  void softErrorAt(const syntax::Node* n, const std::string& msg) {
    error(syntax::startPos(n), msg, true);
  }
  void report(const std::vector<ErrorPart>& parts, bool soft = false);
  void notSupported(const syntax::Node* n, const std::string& what);
  Pos posFor(const Operand& x) const;
  std::string qualifier(const Package* p) const;
  std::string tstr(Type* t) const;
  std::string ostr(const Operand& x) const;
  std::string posString(Pos p) const;

  // ---- recording (check.cpp) ----
  void record(Operand& x);
  void recordUntyped();
  void recordTypeAndValue(const syntax::Expr* x, Mode mode, Type* type,
                          const std::optional<Constant>& val);
  void recordDef(const syntax::Name* id, Object* obj);
  void recordUse(const syntax::Name* id, Object* obj);
  void recordImplicit(const syntax::Node* n, Object* obj);
  void recordSelection(syntax::SelectorExpr* x, SelectionKind kind, Type* recv, Object* obj,
                       std::vector<int> index, bool indirect);
  void recordScope(const syntax::Node* n, Scope* s);
  void recordCommaOkTypes(syntax::Expr* x, Type* a0, Type* a1);
  void rememberUntyped(const syntax::Expr* e, bool lhs, Mode mode, Basic* type,
                       std::optional<Constant> val);
  void later(std::function<void()> f);
  void processDelayed(size_t top);
  void addDeclDep(Object* to);

  // ---- resolver.cpp ----
  void collectObjects();
  void declarePkgObj(syntax::Name* ident, Object* obj, DeclInfo* d);
  void declare(Scope* scope, syntax::Name* id, Object* obj);
  void arity(Pos pos, const std::vector<syntax::Name*>& names,
             const std::vector<syntax::Expr*>& inits, bool constDecl, bool inherited);
  void packageObjects();
  void unusedImports();
  TypeName* resolveBaseTypeName(bool* ptr, syntax::Expr* typ);
  DeclInfo* newDeclInfo();

  // ---- decl.cpp ----
  void objDecl(Object* obj, Named* def);
  bool validCycle(Object* obj);
  void cycleError(const std::vector<Object*>& cycle);
  void constDecl(Const* obj, syntax::Expr* typ, syntax::Expr* init, bool inherited);
  void varDecl(Var* obj, const std::vector<Var*>& lhs, syntax::Expr* typ, syntax::Expr* init);
  void typeDecl(TypeName* obj, syntax::TypeDecl* tdecl, Named* def);
  void collectMethods(TypeName* obj);
  void funcDecl(Func* obj, DeclInfo* decl);
  void declStmt(const std::vector<syntax::Decl*>& decls);

  // ---- typexpr.cpp ----
  void ident(Operand& x, syntax::Name* e, Named* def, bool wantType);
  Type* typ(syntax::Expr* e);
  Type* varType(syntax::Expr* e);
  Type* definedType(syntax::Expr* e, Named* def);
  Type* typInternal(syntax::Expr* e, Named* def);
  int64_t arrayLength(syntax::Expr* e);
  void funcType(Signature* sig, syntax::Field* recvPar, syntax::FuncType* ftyp);
  std::vector<Var*> collectParams(Scope* scope, const std::vector<syntax::Field*>& list,
                                  bool variadicOK, bool* variadic);
  void structType(Struct* st, syntax::StructType* e);
  void interfaceType(Interface* it, syntax::InterfaceType* e, Named* def);
  void computeInterfaceMethods(Interface* it, Pos pos);
  void setUnderlying(Named* def, Type* t);

  // ---- expr.cpp ----
  bool opDefined(Operand& x, syntax::Operator op, bool binary);
  void overflow(Operand& x);
  void unary(Operand& x, syntax::Operation* e);
  bool representableConst(const Constant& x, Basic* typ, Constant* rounded);
  enum class ConvCode : uint8_t {
    OK,
    TruncatedFloat,
    NumericOverflow,
    InvalidConstVal,
    InvalidUntypedConversion
  };
  ConvCode representation(Operand& x, Basic* typ, Constant* out);
  void representable(Operand& x, Basic* typ);
  void invalidConversion(ConvCode code, Operand& x, Type* target);
  void updateExprType(syntax::Expr* x, Type* typ, bool final);
  void updateExprType0(syntax::Expr* parent, syntax::Expr* x, Type* typ, bool final);
  void updateExprVal(syntax::Expr* x, const Constant& val);
  void convertUntyped(Operand& x, Type* target);
  Type* implicitTypeAndValue(Operand& x, Type* target, std::optional<Constant>* val,
                             ConvCode* code);
  void comparison(Operand& x, Operand& y, syntax::Operator op, bool switchCase);
  std::string incomparableCause(Type* t);
  std::string kindString(Type* t);
  void shift(Operand& x, Operand& y, syntax::Expr* e, syntax::Operator op);
  void binary(Operand& x, syntax::Expr* e, syntax::Expr* lhs, syntax::Expr* rhs,
              syntax::Operator op);
  enum class ExprKind : uint8_t { Conversion, Expression, Statement };
  ExprKind rawExpr(Operand& x, syntax::Expr* e, Type* hint);
  ExprKind exprInternal(Operand& x, syntax::Expr* e, Type* hint);
  void compositeLit(Operand& x, syntax::CompositeLit* e, Type* hint, bool* ok);
  void typeAssertion(syntax::Expr* e, Operand& x, Type* T, bool typeSwitch);
  void expr(Operand& x, syntax::Expr* e);
  void multiExpr(Operand& x, syntax::Expr* e);
  void exprWithHint(Operand& x, syntax::Expr* e, Type* hint);
  void exprOrType(Operand& x, syntax::Expr* e);
  void exclude(Operand& x, unsigned modeset);
  void singleValue(Operand& x);

  // ---- call.cpp ----
  ExprKind callExpr(Operand& x, syntax::CallExpr* call);
  std::vector<Operand> exprList(const std::vector<syntax::Expr*>& elist, bool allowCommaOk,
                                bool* commaOk);
  void arguments(syntax::CallExpr* call, Signature* sig, std::vector<Operand>& args);
  void selector(Operand& x, syntax::SelectorExpr* e, Named* def);
  void use(syntax::Expr* e);
  void useList(const std::vector<syntax::Expr*>& list);

  // ---- builtins.cpp ----
  bool builtin(Operand& x, syntax::CallExpr* call, BuiltinId id);

  // ---- conversions.cpp ----
  void conversion(Operand& x, Type* T);
  bool convertibleTo(Operand& x, Type* T, std::string* cause);

  // ---- operand.cpp ----
  bool assignableTo(Operand& x, Type* T, std::string* reason);

  // ---- index.cpp ----
  void indexExpr(Operand& x, syntax::IndexExpr* e);
  void sliceExpr(Operand& x, syntax::SliceExpr* e);
  syntax::Expr* singleIndex(syntax::IndexExpr* e);
  Type* index(syntax::Expr* idx, int64_t max, int64_t* val);
  bool isValidIndex(Operand& x, const char* what, bool allowNegative);
  int64_t indexedElts(const std::vector<syntax::Expr*>& elts, Type* typ, int64_t length);

  // ---- assignments.cpp ----
  void assignment(Operand& x, Type* T, const std::string& context);
  void initConst(Const* lhs, Operand& x);
  Type* initVar(Var* lhs, Operand& x, const std::string& context);
  Type* assignVar(syntax::Expr* lhs, Operand& x);
  std::string typesSummary(const std::vector<Type*>& list, bool variadic);
  void assignError(const std::vector<syntax::Expr*>& rhs, size_t nvars, size_t nvals);
  void initVars(const std::vector<Var*>& lhs, const std::vector<syntax::Expr*>& rhs,
                syntax::ReturnStmt* returnStmt);
  void assignVars(const std::vector<syntax::Expr*>& lhs, const std::vector<syntax::Expr*>& rhs);
  void shortVarDecl(Pos pos, const std::vector<syntax::Expr*>& lhs,
                    const std::vector<syntax::Expr*>& rhs);

  // ---- stmt.cpp ----
  void funcBody(DeclInfo* decl, Signature* sig, syntax::BlockStmt* body,
                std::optional<Constant> iota);
  void usage(Scope* scope);
  void simpleStmt(syntax::Stmt* s);
  void stmtList(unsigned ctxt, const std::vector<syntax::Stmt*>& list);
  void stmt(unsigned ctxt, syntax::Stmt* s);
  void openScope(const syntax::Node* n, const std::string& comment);
  void closeScope();
  void suspendedCall(const char* keyword, syntax::CallExpr* call);
  void caseValues(Operand& x, const std::vector<syntax::Expr*>& values,
                  std::vector<std::pair<Operand, Pos>>& seen);
  Type* caseTypes(Operand* x, const std::vector<syntax::Expr*>& types,
                  std::vector<std::pair<Type*, syntax::Expr*>>& seen, bool* isNilCase);
  void switchStmt(unsigned inner, syntax::SwitchStmt* s);
  void typeSwitchStmt(unsigned inner, syntax::SwitchStmt* s, syntax::TypeSwitchGuard* g);
  void rangeStmt(unsigned inner, syntax::ForStmt* s, syntax::RangeClause* r);
  void multipleDefaults(const std::vector<syntax::CaseClause*>& list);

  // ---- return.cpp ----
  bool isTerminating(syntax::Stmt* s, std::string_view label);
  bool isTerminatingList(const std::vector<syntax::Stmt*>& list, std::string_view label);
  bool isTerminatingSwitch(const std::vector<syntax::CaseClause*>& body, std::string_view label);

  // ---- initorder.cpp ----
  void initOrder();

  // ---- lookup.cpp ----
 public:
  struct LookupResult {
    Object* obj = nullptr;
    std::vector<int> index;
    bool indirect = false;
  };
  // With foldCase, a method whose name differs only in letter case also matches
  // (used for "have run() / want Run()" hints).
  static LookupResult lookupFieldOrMethod(Type* T, bool addressable, Package* pkg,
                                          const std::string& name, bool foldCase = false);

 private:
  Func* missingMethod(Type* V, Interface* T, bool isStatic, Func** alt);
  std::string missingMethodReason(Type* V, Type* T, Func* m, Func* alt);
  std::string funcString(Func* f);
  // Returns "" when V implements T, else Go's reason.
  std::string implements(Type* V, Type* T);
  Func* assertableTo(Interface* V, Type* T, Func** wrongType);
};

// Interface method sets are computed on demand where no checker is at hand.
void completeInterface(Interface* it);
// The number of values a type-switch or comma-ok expression yields, etc.
bool isNonTypeParamInterface(Type* t);
// *T → T (and whether t was a pointer).
Type* deref(Type* t, bool* isPtr = nullptr);

}  // namespace minigo::types
