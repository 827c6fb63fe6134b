// escape.h — escape analysis: which variables and allocations may live in their
// function's frame (Go's cmd/compile/internal/escape, design.md "Escape analysis").
//
// Every function of the program (the stdlib's included) is analysed, bottom-up over
// the strongly connected components of the call graph, so that a call is analysed
// with its callee's parameter tags. A function's locals, parameters, results and
// allocation sites (new, &T{...}, make, slice and map literals, closures, method
// values, conversions to interfaces and between strings and slices, string
// concatenations, the slices of `...` arguments) are locations of a graph whose
// edges say "the value of src, dereferenced d times, flows to dst" (d = -1: its
// address). A location escapes when its address reaches the heap or a location that
// outlives it. With -m, the decisions about the main package's functions are printed
// as Go 1.19 prints them.
//
// Invariant the code generator relies on: an allocation site or variable reported as
// not escaping is never reachable from the heap, a global or a location that outlives
// its frame, so it may be placed in the frame.
#pragma once

#include "driver/loader.h"

#include <iosfwd>
#include <memory>
#include <optional>

namespace minigo::escape {

struct Options {
  int m = 0;  // -m level: 0 silent, 1 decisions, 2 with the flow explanation
};

class Result {
 public:
  virtual ~Result() = default;
  // A variable whose address escapes ("moved to heap").
  virtual bool varEscapes(const types::Var* v) const = 0;
  // An allocation site (the expression: &T{...}, new(T), make(...), a composite
  // literal, a function literal, a conversion to an interface, ...) that escapes.
  // Sites the analysis has not seen escape.
  virtual bool siteEscapes(const syntax::Node* n) const = 0;
  // The variadic argument slice of a call escapes.
  virtual bool dddEscapes(const syntax::CallExpr* call) const = 0;
  // &T{...} (or an elided &T in a literal), by its composite literal, escapes.
  virtual bool ptrLitEscapes(const syntax::CompositeLit* lit) const = 0;
  // Where code generation must put a local variable: on the heap (true), in the
  // frame (false), or not known (the analysis did not see it). Besides the variables
  // whose address escapes, the variables an escaping closure captures are on the heap:
  // closures capture by reference.
  virtual std::optional<bool> varOnHeap(const types::Var* v) const = 0;
};

// Analyses prog; with opts.m > 0 prints the main package's decisions to out.
std::unique_ptr<Result> analyze(driver::Program& prog, const Options& opts, std::ostream& out);

}  // namespace minigo::escape
