// graph.h — the escape analysis graph (Go's escape.location, edge, hole, leaks) and the
// batch of functions analysed together.
//
// A location stands for a variable or an allocation site. Its incoming edges say that
// the value of edge.src, dereferenced edge.derefs times (-1: the address of src),
// flows to it. A hole is the destination of an expression's value: "dst = *..*_"
// with derefs dereferences. The heap location escapes from the start; the blank
// location discards what flows to it.
//
// Invariants: derefs of an edge is >= -1; a location's escapes only goes from false
// to true; paramEsc is meaningful only for parameters.
#pragma once

#include "syntax/ast.h"
#include "types/checker.h"

#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/DenseSet.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace minigo::escape {

// numEscResults: results a parameter's tag can name (more go to the heap).
constexpr int numEscResults = 7;

// Where a parameter's value leaks: to the heap and to each result, each with the
// fewest dereferences seen (Go's leaks: 0 = no leak, else derefs + 1).
struct Leaks {
  std::array<uint8_t, 1 + numEscResults> v{};
  int heap() const { return get(0); }
  int result(int i) const { return get(1 + i); }
  void addHeap(int derefs) { add(0, derefs); }
  void addResult(int i, int derefs) { add(1 + i, derefs); }
  bool empty() const {
    for (uint8_t x : v)
      if (x != 0) return false;
    return true;
  }
  // A path to the heap makes longer paths to results redundant.
  void optimize() {
    if (int x = heap(); x >= 0) {
      for (int i = 0; i < numEscResults; i++)
        if (result(i) >= x) v[1 + i] = 0;
    }
  }

 private:
  int get(int i) const { return int(v[i]) - 1; }
  void add(int i, int derefs) {
    int old = get(i);
    if (old < 0 || derefs < old) v[i] = uint8_t(std::min(derefs, 254) + 1);
  }
};

struct FuncInfo;
struct Location;
using Subst = llvm::DenseMap<const syntax::Expr*, std::string>;
using CallSet = llvm::DenseSet<const syntax::CallExpr*>;

// Why a value flows (Go's note, printed by -m=2): the construct where, as Go prints
// it, at pos, and the reason. Notes form a list, the latest first.
struct Note {
  const Note* next = nullptr;
  std::string where;
  std::string early;  // where as printed while the bodies are walked, if different
  const char* why = "";
  Pos pos;
};

struct Edge {
  Location* src;
  int derefs;
  const Note* notes = nullptr;
};

struct Location {
  // What it stands for: a variable (var), an allocation site (site, printed as text),
  // or nothing (a temporary).
  types::Var* var = nullptr;
  const syntax::Node* site = nullptr;
  std::string text;       // the site as Go prints it in -m messages
  std::string earlyText;  // the text while the bodies are walked, if different
  // A named temporary of Go's (.autotmp_N: an argument of a go or defer statement's
  // call, held by its wrapper), with its type.
  std::string name;
  types::Type* type = nullptr;
  int64_t width = 0;
  Pos pos;
  FuncInfo* curfn = nullptr;
  std::vector<Edge> edges;
  int loopDepth = 0;
  int resultIndex = 0;  // 1 + index of a result parameter, else 0
  bool isParam = false;
  bool isDDD = false;     // the slice of a call's ... arguments (site: the call)
  bool isConv = false;    // an implicit conversion to an interface (site: the operand)
  bool isPtrLit = false;  // &T{...} (site: the composite literal)
  // Why Go allocates it on the heap whatever flows (HeapAllocReason), or null.
  const char* heapReason = nullptr;

  // Solver state; dst and dstEdge: the edge of dst through which the current walk
  // reached this location (for -m=2 explanations).
  Location* dst = nullptr;
  size_t dstEdge = 0;
  int derefs = 0;
  uint32_t walkgen = 0;
  bool queued = false;
  bool escapes = false;
  Leaks paramEsc;
  bool captured = false, reassigned = false, addrtaken = false;
};

struct Hole {
  Location* dst = nullptr;
  int derefs = 0;
  bool addrtaken = false;
  const Note* notes = nullptr;
  Hole shift(int delta) const {
    Hole k = *this;
    k.derefs += delta;
    k.addrtaken = delta < 0;
    return k;
  }
  Hole deref() const { return shift(1); }
  Hole addr() const { return shift(-1); }
};

// An analysed function: a declaration or a function literal.
struct FuncInfo {
  const syntax::Node* node = nullptr;  // FuncDecl or FuncLit
  types::Func* obj = nullptr;          // for declarations
  types::Signature* sig = nullptr;
  syntax::BlockStmt* body = nullptr;
  FuncInfo* outer = nullptr;  // the function a literal is in
  types::Package* pkg = nullptr;
  std::vector<types::Var*> params;  // the receiver first
  std::vector<Location*> results;
  bool inited = false;                // its locations made (initFunc)
  int ndcl = 0;                       // Go's len(Dcl): names the next .autotmp_N
  bool tagged = false;                // analysed: tags below are final
  bool inBatch = false;               // in the batch being analysed
  bool closureCalled = false;         // a literal called where it is defined
  std::vector<Leaks> tags;            // per entry of params
  std::vector<FuncInfo*> literals;    // function literals directly inside
  std::vector<types::Var*> captures;  // a literal's free variables
  std::vector<Pos> capturePos;        // where each is first used in the literal
  std::string name;                   // as Go names it in messages: f, T.m, (*T).m, f.func1
  int nlits = 0;                      // literals named so far
};

}  // namespace minigo::escape
