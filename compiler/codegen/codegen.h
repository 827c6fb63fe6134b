// codegen.h — lowering of a type-checked program to an LLVM module, and the LLVM
// back end (optimization pipeline, object emission).
//
// The module holds the whole program (every package), so LLVM can inline across
// packages. Go's symbol names are kept ("main.main", "fmt.Println", "runtime.newobject"),
// so the IR reads like Go's own compiler output. docs/ARCHITECTURE.md describes the
// calling convention and the runtime ABI.
#pragma once

#include "driver/loader.h"
#include "syntax/diagnostics.h"

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include <memory>
#include <string>

namespace minigo::codegen {

struct Options {
  bool optimize = true;  // run LLVM's O2 pipeline (Go's -N turns it off)
};

// Lowers prog to a new module; returns null after reporting errors (constructs the
// code generator does not support yet are reported as "... not supported").
std::unique_ptr<llvm::Module> generate(driver::Program& prog, llvm::LLVMContext& ctx,
                                       Diagnostics& diag, const Options& opts);

// Runs the optimization pipeline (when opts.optimize) on m.
void optimize(llvm::Module& m, const Options& opts);

// Writes m as an x86-64 Linux object file. Returns false and sets *err on failure.
bool emitObject(llvm::Module& m, const std::string& path, std::string* err);

}  // namespace minigo::codegen
