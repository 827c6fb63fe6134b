// loader.h — finds, parses and type-checks the packages of a program: the main package
// (one file, or every .go file of a directory) and, transitively, the stdlib packages
// it imports (Go source under the stdlib directory). Packages are checked in dependency
// order, each after all of its imports, so that the whole program is known before
// code generation (design.md: "whole program").
#pragma once

#include "syntax/ast.h"
#include "syntax/diagnostics.h"
#include "types/checker.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace minigo::driver {

// Everything a compilation knows, alive until code generation is done.
struct Program {
  SourceSet sources;
  syntax::AstArena ast;
  types::Arena typesArena;
  std::unique_ptr<types::Universe> universe;
  types::Info info;
  std::vector<types::Package*> packages;  // dependency order; main last
  types::Package* mainPkg = nullptr;
  // stdlib/runtime: part of every program (the Go half of the runtime), checked first.
  types::Package* runtimePkg = nullptr;

  Program();
};

class Loader {
 public:
  Loader(Program& prog, Diagnostics& diag, std::string stdlibDir);

  // Loads the program rooted at target (a .go file or a directory). Returns false
  // after reporting errors.
  bool load(const std::string& target);

 private:
  struct PkgState {
    types::Package* pkg = nullptr;
    std::vector<syntax::File*> files;
    std::vector<std::pair<std::string, syntax::BasicLit*>> imports;  // path, where
    bool visiting = false;
    bool done = false;
  };

  Program& prog_;
  Diagnostics& diag_;
  std::string stdlibDir_;
  std::map<std::string, std::unique_ptr<PkgState>> pkgs_;
  std::vector<PkgState*> order_;
  bool parseFailed_ = false;

  bool parseFiles(PkgState& st, const std::vector<std::string>& paths);
  PkgState* loadStdlib(const std::string& path, syntax::BasicLit* at);
  bool visit(PkgState& st);
  bool check(PkgState& st);
};

}  // namespace minigo::driver
