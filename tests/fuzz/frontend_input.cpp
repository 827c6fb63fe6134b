// frontend_input.cpp — see frontend_input.h. Diagnostics are discarded: the only
// failure is a crash, a sanitizer report, or a hang.
#include "frontend_input.h"

#include "syntax/diagnostics.h"
#include "syntax/parser.h"
#include "types/checker.h"

#include <sstream>
#include <string>

namespace minigo::fuzz {

void checkInput(const uint8_t* data, size_t size) {
  std::string src(reinterpret_cast<const char*>(data), size);
  SourceSet sources;
  syntax::AstArena ast;
  std::ostringstream sink;
  Diagnostics diag(sources, sink);
  try {
    syntax::File* file = syntax::parseSource(sources, ast, diag, "fuzz.go", std::move(src));
    if (!file || diag.hasErrors()) return;
    types::Arena arena;
    types::Universe universe(arena);
    types::Info info;
    auto* pkg = arena.make<types::Package>("main", "");
    pkg->scope = arena.make<types::Scope>(universe.scope, "package main");
    types::CheckerConfig conf;
    conf.importer = [](const std::string& path, std::string* err) -> types::Package* {
      *err = "package " + path + " not available while fuzzing";
      return nullptr;
    };
    types::Checker checker(arena, universe, info, diag, conf, pkg);
    checker.checkFiles({file});
  } catch (const TooManyErrors&) {
    // the 10-error limit: a normal way for a compilation to end
  }
}

}  // namespace minigo::fuzz
