// loader.cpp — see loader.h.
#include "driver/loader.h"

#include "syntax/parser.h"
#include "types/constant.h"

#include <llvm/Support/Casting.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace minigo::driver {

using namespace syntax;

Program::Program() : universe(std::make_unique<types::Universe>(typesArena)) {}

Loader::Loader(Program& prog, Diagnostics& diag, std::string stdlibDir)
    : prog_(prog), diag_(diag), stdlibDir_(std::move(stdlibDir)) {}

namespace {

bool readFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// The .go files of a directory, sorted, as the go tool takes them (test files aside).
std::vector<std::string> goFilesIn(const fs::path& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (e.is_regular_file() && name.ends_with(".go") && !name.ends_with("_test.go") &&
        name[0] != '.' && name[0] != '_') {
      files.push_back(e.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

bool Loader::parseFiles(PkgState& st, const std::vector<std::string>& paths) {
  for (const std::string& path : paths) {
    std::string text;
    if (!readFile(path, &text)) {
      diag_.errorNoPos("open " + path + ": no such file or directory");
      return false;
    }
    File* f = parseSource(prog_.sources, prog_.ast, diag_, path, std::move(text));
    if (!f) {
      parseFailed_ = true;  // no package clause: nothing to check
      continue;
    }
    st.files.push_back(f);
    for (Decl* d : f->decls) {
      auto* imp = llvm::dyn_cast<ImportDecl>(d);
      if (!imp || !imp->path || imp->path->bad) continue;
      types::Constant c = types::Constant::fromLiteral(imp->path->value, LitKind::String);
      if (c.kind() != types::Constant::Kind::String) continue;
      st.imports.emplace_back(c.stringVal(), imp->path);
    }
  }
  return true;
}

Loader::PkgState* Loader::loadStdlib(const std::string& path, BasicLit* at) {
  if (auto it = pkgs_.find(path); it != pkgs_.end()) return it->second.get();
  fs::path dir = fs::path(stdlibDir_) / path;
  std::vector<std::string> files;
  if (fs::is_directory(dir)) files = goFilesIn(dir);
  if (files.empty()) {
    std::string msg =
        "package " + path + " not supported (minigo's standard library has no " + path + ")";
    if (at) {
      diag_.error(at->pos, msg);
    } else {
      diag_.errorNoPos(msg);
    }
    return nullptr;
  }
  auto st = std::make_unique<PkgState>();
  st->pkg = prog_.typesArena.make<types::Package>(path, "");
  st->pkg->isStdlib = true;
  PkgState* raw = st.get();
  pkgs_[path] = std::move(st);
  if (!parseFiles(*raw, files)) return nullptr;
  return raw;
}

// Depth-first over imports: parse everything, reject cycles, and record a
// dependency order.
bool Loader::visit(PkgState& st) {
  if (st.done) return true;
  st.visiting = true;
  bool ok = true;
  for (auto& [path, at] : st.imports) {
    PkgState* dep = loadStdlib(path, at);
    if (!dep) {
      ok = false;
      continue;
    }
    if (dep->visiting) {
      diag_.error(at->pos, "import cycle not allowed");
      ok = false;
      continue;
    }
    if (!visit(*dep)) ok = false;
  }
  st.visiting = false;
  st.done = true;
  order_.push_back(&st);
  return ok;
}

bool Loader::check(PkgState& st) {
  types::CheckerConfig conf;
  conf.importer = [this](const std::string& path, std::string* err) -> types::Package* {
    auto it = pkgs_.find(path);
    if (it == pkgs_.end()) {
      *err = "could not import " + path;
      return nullptr;
    }
    return it->second->pkg;
  };
  st.pkg->scope =
      prog_.typesArena.make<types::Scope>(prog_.universe->scope, "package " + st.pkg->path);
  st.pkg->files = st.files;
  types::Checker checker(prog_.typesArena, *prog_.universe, prog_.info, diag_, conf, st.pkg);
  int before = diag_.errorCount();
  checker.checkFiles(st.files);
  prog_.packages.push_back(st.pkg);
  return diag_.errorCount() == before;
}

bool Loader::load(const std::string& target) {
  std::vector<std::string> files;
  std::error_code ec;
  if (fs::is_directory(target, ec)) {
    files = goFilesIn(target);
    if (files.empty()) {
      diag_.errorNoPos("no Go files in " + target);
      return false;
    }
  } else {
    if (!fs::exists(target, ec)) {
      diag_.errorNoPos("open " + target + ": no such file or directory");
      return false;
    }
    files.push_back(target);
  }
  auto mainState = std::make_unique<PkgState>();
  mainState->pkg = prog_.typesArena.make<types::Package>("main", "");
  PkgState* main = mainState.get();
  pkgs_["main"] = std::move(mainState);
  if (!parseFiles(*main, files)) return false;
  for (File* f : main->files) {
    if (f->pkgName->value != "main") {
      diag_.errorNoPos("package " + std::string(f->pkgName->value) +
                       " is not a main package: " + f->source->path());
      return false;
    }
  }
  // The runtime's Go half comes first, whatever the program imports.
  PkgState* rt = loadStdlib("runtime", nullptr);
  if (!rt || !visit(*rt)) return false;
  if (!visit(*main)) return false;
  // Syntax errors stop compilation before type checking; lexical and other parse-time
  // errors (bad literals, misplaced branches, ...) do not, as in Go.
  if (parseFailed_ || diag_.syntaxErrorCount() > 0) return false;
  for (PkgState* st : order_) {
    if (!check(*st)) return false;
  }
  if (diag_.hasErrors()) return false;  // parse-time errors reported before checking
  prog_.mainPkg = main->pkg;
  prog_.runtimePkg = rt->pkg;
  if (!main->pkg->scope->lookup("main") ||
      !llvm::isa<types::Func>(main->pkg->scope->lookup("main"))) {
    diag_.errorNoPos("function main is undeclared in the main package");
    return false;
  }
  return true;
}

}  // namespace minigo::driver
