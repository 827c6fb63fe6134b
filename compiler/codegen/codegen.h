// codegen.h — lowering of a type-checked program to an LLVM module, and the LLVM
// back end (optimization pipeline, object emission).
//
// The module holds the whole program (every package), so LLVM can inline across
// packages. Go's symbol names are kept ("main.main", "fmt.Println", "runtime.newobject"),
// so the IR reads like Go's own compiler output. docs/ARCHITECTURE.md describes the
// calling convention and the runtime ABI.
#pragma once

#include "driver/loader.h"
#include "escape/escape.h"
#include "syntax/diagnostics.h"

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include <memory>
#include <string>

namespace minigo::codegen {

struct Options {
  int optLevel = 2;        // LLVM's pipeline: 0 (Go's -N: none), 1 or 2 (the default)
  bool debugInfo = false;  // -g: DWARF line tables
  // Escape analysis's decisions (null: everything whose address is taken is on the
  // heap).
  const escape::Result* escape = nullptr;
};

// Lowers prog to a new module; returns null after reporting errors (constructs the
// code generator does not support yet are reported as "... not supported").
std::unique_ptr<llvm::Module> generate(driver::Program& prog, llvm::LLVMContext& ctx,
                                       Diagnostics& diag, const Options& opts);

// Runs the optimization pipeline of opts.optLevel on m (nothing at 0).
void optimize(llvm::Module& m, const Options& opts);

// Writes m as an x86-64 Linux object file (instruction selection at opts.optLevel).
// Returns false and sets *err on failure.
bool emitObject(llvm::Module& m, const std::string& path, const Options& opts, std::string* err);

}  // namespace minigo::codegen
