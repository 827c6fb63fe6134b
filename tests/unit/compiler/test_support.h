// test_support.h — helpers for compiler unit tests: parse and check Go source held in
// strings, collecting diagnostics as text.
#pragma once

#include "syntax/diagnostics.h"
#include "syntax/parser.h"
#include "types/checker.h"

#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace minigo::testing {

// Parses and type-checks one file of package main (no imports); keeps everything alive.
struct Checked {
  SourceSet sources;
  syntax::AstArena ast;
  types::Arena arena;
  std::unique_ptr<types::Universe> universe = std::make_unique<types::Universe>(arena);
  types::Info info;
  types::Package* pkg = nullptr;
  syntax::File* file = nullptr;
  std::ostringstream errs;

  explicit Checked(const std::string& src) {
    Diagnostics diag(sources, errs);
    diag.setAllErrors(true);
    file = syntax::parseSource(sources, ast, diag, "t.go", src);
    if (file && !diag.hasErrors()) {
      pkg = arena.make<types::Package>("main", "");
      pkg->scope = arena.make<types::Scope>(universe->scope, "package main");
      types::Checker checker(arena, *universe, info, diag, {}, pkg);
      checker.checkFiles({file});
    }
    diag.flush();
  }

  std::string errors() const { return errs.str(); }

  // The object a package-level name denotes.
  types::Object* lookup(const std::string& name) const { return pkg->scope->lookup(name); }
};

}  // namespace minigo::testing
