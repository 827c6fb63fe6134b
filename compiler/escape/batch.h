// batch.h — one batch of escape analysis: the functions of one strongly connected
// component of the call graph with their function literals (Go's escape.batch).
//
// build.cpp turns their bodies into the graph (Go's expr.go, stmt.go, call.go,
// assign.go), solve.cpp finds what escapes and the parameters' tags (solve.go,
// leaks.go) and reports the decisions.
#pragma once

#include "driver/loader.h"
#include "escape/graph.h"

#include <llvm/ADT/DenseSet.h>

#include <deque>
#include <memory>
#include <optional>
#include <ostream>

namespace minigo::escape {

// State shared by all batches of a program.
struct Analysis {
  driver::Program& prog;
  types::Info& info;
  int m = 0;
  std::ostream* out = nullptr;
  llvm::DenseMap<const syntax::Node*, std::unique_ptr<FuncInfo>> funcs;  // by node
  llvm::DenseMap<const types::Func*, FuncInfo*> byObj;
  // Decisions, for the code generator.
  llvm::DenseSet<const types::Var*> escapingVars;
  llvm::DenseSet<const syntax::Node*> escapingSites;
  llvm::DenseSet<const syntax::Node*> stackSites;  // sites decided "does not escape"
  llvm::DenseSet<const syntax::CallExpr*> escapingDDD;
  llvm::DenseSet<const syntax::CallExpr*> stackDDD;
  llvm::DenseSet<const syntax::Node*> stackPtrLits;
  llvm::DenseSet<const types::Var*> knownVars;        // variables the analysis saw
  llvm::DenseSet<const types::Var*> codegenHeapVars;  // escaping or captured by an escaping closure
  // The statement that declares each variable with a value (Go's Name.Defn).
  llvm::DenseMap<const types::Var*, const syntax::Node*> defn;
  // Local variables that hold one function literal and are assigned nothing else, so
  // that calls through them are static (Go's ir.StaticValue).
  llvm::DenseMap<const types::Var*, FuncInfo*> staticFuncVars;
  // Implicit conversions to interfaces, by operand, with the decision.
  llvm::DenseSet<const syntax::Expr*> escapingConvs;
  llvm::DenseSet<const syntax::Expr*> stackConvs;

  explicit Analysis(driver::Program& p) : prog(p), info(p.info) {}
  FuncInfo* funcOf(const syntax::Node* n) {
    auto it = funcs.find(n);
    return it == funcs.end() ? nullptr : it->second.get();
  }
  std::string posString(Pos p) const { return prog.sources.format(p); }
};

class Batch {
 public:
  Batch(Analysis& a, std::vector<FuncInfo*> fns);
  void run();
  // The package's initialization of its variables (Go's init function), after every
  // function of the package: the initializers Go's static initialization cannot turn
  // into data.
  void runPackageInit(FuncInfo* init, const std::vector<syntax::VarDecl*>& decls);

 private:
  Analysis& a_;
  types::Info& info_;
  std::vector<FuncInfo*> fns_;
  std::deque<Location> locs_;  // stable addresses
  std::vector<Location*> allLocs_;
  Location heapLoc_, blankLoc_;
  llvm::DenseMap<const types::Var*, Location*> varLocs_;
  // A function literal, or (fn null) the wrapper Go makes for a go or defer
  // statement's call, which captures the temporaries holding the call's arguments
  // (uses: the positions of its closure variables).
  struct Closure {
    Hole k;
    FuncInfo* fn;
    std::vector<Location*> temps;
    std::vector<Pos> uses;
  };
  std::vector<Closure> closures_;
  std::vector<std::pair<const syntax::Expr*, Location*>> convSites_;
  // While the arguments of a go or defer statement's call are evaluated: the
  // temporaries the wrapper closure holds them in, and the arguments they replace
  // (the call is printed with their names).
  struct Wrapper {
    std::vector<Location*> temps;
    std::vector<Pos> uses;
    Subst subst;
  };
  std::optional<Wrapper> wrapper_;
  // An argument e of the wrapped call c (converted to target at convAt) evaluated into
  // a new temporary, or null if Go leaves it in the call (a constant, a function).
  Location* wrapperTemp(syntax::CallExpr* c, syntax::Expr* e, types::Type* target, Pos convAt,
                        Pos fallback, int shift = 0);

  // The function being walked.
  FuncInfo* curfn_ = nullptr;
  int loopDepth_ = 1;
  llvm::DenseSet<const syntax::Node*> loopingLabels_;

  // ---- graph (build.cpp) ----
  Location* newLoc(types::Var* v, const syntax::Node* site, std::string text, Pos pos);
  Location* varLoc(types::Var* v);
  void flow(Hole k, Location* src);
  Hole heapHole() { return Hole{&heapLoc_}; }
  Hole discardHole() { return Hole{&blankLoc_}; }
  Hole teeHole(std::vector<Hole> ks);
  Hole later(Hole k);
  Hole spill(Hole k, const syntax::Node* site, std::string text, Pos pos,
             std::string earlyText = "");
  CallSet fixedCalls_;     // the calls analysed so far
  bool building_ = false;  // the bodies are being walked
  // k with a note (-m=2): why its value flows, at the construct where (printed as Go
  // prints it, at Go's position of it), or given as text at pos.
  Hole note(Hole k, const syntax::Node* where, const char* why);
  Hole noteText(Hole k, std::string where, Pos pos, const char* why, std::string early = "");
  Hole deref(Hole k, const syntax::Node* where, const char* why) {
    return note(k, where, why).deref();
  }
  Hole addrOf(Hole k, const syntax::Node* where, const char* why) {
    return note(k, where, why).addr();
  }
  bool noting() const;
  std::deque<Note> notes_;

  // ---- walking the syntax (build.cpp) ----
  void initFunc(FuncInfo* fn);
  void walkFunc(FuncInfo* fn);
  void block(const std::vector<syntax::Stmt*>& list);
  void stmt(syntax::Stmt* s);
  void expr(Hole k, syntax::Expr* e);
  // With an implicit conversion to target, which Go reports at pos (convPos).
  void exprAs(Hole k, syntax::Expr* e, types::Type* target, Pos pos);
  bool isVarName(const syntax::Expr* e) const;
  // Go's base.Pos (which its type checker gives the implicit conversions it inserts):
  // after its front end has visited e, starting from p; and where the conversion of
  // operand (an element, argument, result or value) of the construct where is made.
  Pos visitPos(const syntax::Expr* e, Pos p) const;
  Pos convPos(const syntax::Node* where, const syntax::Expr* operand) const;
  void discard(syntax::Expr* e) { expr(discardHole(), e); }
  Hole addr(syntax::Expr* e);
  void assignList(const std::vector<syntax::Expr*>& lhs, const std::vector<syntax::Expr*>& rhs,
                  const syntax::Node* where, std::vector<types::Type*> targets = {});
  void reassigned(const std::vector<Hole>& ks, const syntax::Node* where);
  void call(const std::vector<Hole>* ks, syntax::CallExpr* c);
  void builtinCall(const std::vector<Hole>* ks, syntax::CallExpr* c, types::BuiltinId id);
  Hole tagHole(const std::vector<Hole>* ks, FuncInfo* fn, int param);
  void closureExpr(Hole k, syntax::FuncLit* lit);
  void methodValue(Hole k, syntax::SelectorExpr* s);
  int receiverShift(syntax::SelectorExpr* s, const types::Selection& sel, types::Type** recvType);
  FuncInfo* staticCallee(syntax::Expr* fun);
  void argument(Hole k, syntax::CallExpr* c, syntax::Expr* e, types::Type* target, Pos pos);
  void dcl(types::Var* v, const syntax::Node* defn);
  types::Type* typeOf(const syntax::Expr* e) const { return info_.typeOf(e); }
  bool isConst(const syntax::Expr* e) const;
  bool isSelfAssign(syntax::Expr* dst, syntax::Expr* src);
  types::Var* derefBase(syntax::Expr* e);
  std::vector<std::pair<std::string, bool>> embeddedSteps(syntax::SelectorExpr* s);
  bool isStaticInit(syntax::Expr* e);
  std::string funcText(const FuncInfo* fn) const;

  // ---- solving (solve.cpp) ----
  void flowClosure(const Closure& c);
  void walkAll();
  void walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& todo);
  void heapAllocs();
  bool explaining(const Location* l) const;
  std::string explainLoc(const Location* l) const;
  std::string locText(const Location* l) const;
  void explainPath(Location* root, Location* src);
  void explainFlow(const std::string& pos, Location* dst, Location* src, int derefs,
                   const Note* notes);
  bool outlives(Location* l, Location* other);
  void leakTo(Location* l, Location* sink, int derefs);
  void finish();
  void paramTag(FuncInfo* fn, size_t i, bool diagnose);
  void warn(Pos pos, const std::string& msg);
  bool reporting(const FuncInfo* fn) const;
};

// Helpers shared by the files of the analysis.
// Go's rewriting of go and defer calls: arguments printed as the temporaries that hold them.
bool hasPointers(types::Type* t);
// Go's fmt of an expression in -m messages (exprfmt.cpp).
// With fixed, the calls not in it are printed as written (Go fixes a call's ... arguments
// and method receiver when it analyses the call).
std::string exprText(const types::Info& info, const types::Package* pkg, const syntax::Expr* e,
                     const Subst* subst = nullptr, const CallSet* fixed = nullptr);
// An assignment statement "a, b = c, d".
std::string exprText(const types::Info& info, const types::Package* pkg,
                     const std::vector<syntax::Expr*>& lhs, const std::vector<syntax::Expr*>& rhs);
std::string typeText(const types::Package* pkg, types::Type* t);
// A statement or expression as Go's ir fmt prints it in -m=2 notes.
std::string nodeText(const types::Info& info, const types::Package* pkg, const syntax::Node* n,
                     const Subst* subst = nullptr, const CallSet* fixed = nullptr);

}  // namespace minigo::escape
