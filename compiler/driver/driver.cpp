// driver.cpp — see driver.h.
#include "driver/driver.h"
#include "escape/escape.h"

#include "codegen/codegen.h"
#include "config.h"
#include "driver/loader.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>
#include <llvm/Support/raw_ostream.h>

#include <pthread.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <functional>
#include <iostream>
#include <optional>

namespace fs = std::filesystem;

namespace minigo::driver {

namespace {

constexpr const char* usageLine = "usage: minigo <command> [arguments]";

const char* helpText =
    "minigo compiles programs written in a subset of Go 1.19 to native executables\n"
    "through LLVM, linked with a runtime that reproduces Go's memory management.\n"
    "\n"
    "Usage:\n"
    "\n"
    "\tminigo <command> [arguments]\n"
    "\n"
    "The commands are:\n"
    "\n"
    "\tbuild       compile a program: minigo build [-o output] [build flags] file.go|dir\n"
    "\trun         compile and run a program: minigo run [build flags] file.go|dir [args...]\n"
    "\tversion     print minigo's version\n"
    "\thelp        print this help\n"
    "\n"
    "Build flags:\n"
    "\n"
    "\t-o file        write the executable (or, with -emit-llvm, the IR) to file\n"
    "\t-emit-llvm     write the program's LLVM IR instead of an executable\n"
    "\t-typecheck     stop after type checking: report errors, write nothing\n"
    "\t-O0, -O1, -O2  optimization level: LLVM's pipeline of that level (default -O2)\n"
    "\t-N             disable optimizations (same as -O0)\n"
    "\t-g             emit DWARF line tables (gdb steps through the Go source)\n"
    "\t-gcflags=list  compiler flags in Go's spelling (accepted: -N, -m, -l)\n"
    "\n"
    "Compile errors are printed as file:line:col: message, with Go's wording.\n"
    "See docs/LANGUAGE.md for the language minigo accepts.\n";

int usageError(const std::string& msg) {
  if (!msg.empty()) std::cerr << "minigo: " << msg << "\n";
  std::cerr << usageLine << "\n"
            << "Run 'minigo help' for the list of commands.\n";
  return 2;
}

struct BuildFlags {
  std::string output;
  bool emitLLVM = false;
  bool typecheckOnly = false;  // stop after type checking (no output)
  codegen::Options codegen;
  int escapeM = 0;  // -m
};

// Parses one compiler flag in Go's spelling; returns an error message or "".
std::string compilerFlag(const std::string& f, BuildFlags& flags) {
  if (f == "-N") {
    flags.codegen.optLevel = 0;
    return "";
  }
  // -m counts, as Go's: -m -m is -m=2, the decisions with their explanations.
  if (f == "-m") {
    flags.escapeM = std::min(flags.escapeM + 1, 2);
    return "";
  }
  if (f == "-m=0" || f == "-m=1" || f == "-m=2") {
    flags.escapeM = f.back() - '0';
    return "";
  }
  if (f == "-l") return "";  // no inliner yet: nothing to turn off
  if (f.starts_with("-m=")) return "flag " + f + " not supported (levels 0 to 2)";
  return "unknown compiler flag " + f;
}

// Parses build flags from args[i...]; stops at the first non-flag argument. Returns an
// error message, or "" with *i at the first positional argument.
std::string parseBuildFlags(const std::vector<std::string>& args, size_t* i, BuildFlags& flags,
                            bool allowOutput) {
  for (; *i < args.size(); (*i)++) {
    const std::string& a = args[*i];
    if (a.empty() || a[0] != '-' || a == "-") break;
    if (a == "--") {
      (*i)++;
      break;
    }
    std::string name = a.substr(a[1] == '-' ? 2 : 1);
    std::optional<std::string> value;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    auto takeValue = [&]() -> std::optional<std::string> {
      if (value) return value;
      if (*i + 1 < args.size()) return args[++(*i)];
      return std::nullopt;
    };
    if (name == "o" && allowOutput) {
      auto v = takeValue();
      if (!v) return "flag needs an argument: -o";
      flags.output = *v;
    } else if (name == "emit-llvm") {
      flags.emitLLVM = true;
    } else if (name == "typecheck") {
      flags.typecheckOnly = true;
    } else if (name == "N" || name == "O0") {
      flags.codegen.optLevel = 0;
    } else if (name == "O1") {
      flags.codegen.optLevel = 1;
    } else if (name == "O2") {
      flags.codegen.optLevel = 2;
    } else if (name == "g") {
      flags.codegen.debugInfo = true;
    } else if (name == "gcflags") {
      auto v = takeValue();
      if (!v) return "flag needs an argument: -gcflags";
      std::string list = *v;
      size_t start = 0;
      while (start < list.size()) {
        size_t end = list.find(' ', start);
        if (end == std::string::npos) end = list.size();
        std::string f = list.substr(start, end - start);
        if (!f.empty()) {
          if (std::string err = compilerFlag(f, flags); !err.empty()) return err;
        }
        start = end + 1;
      }
    } else if (name == "m" || name == "l") {
      if (std::string err = compilerFlag(a, flags); !err.empty()) return err;
    } else {
      return "flag provided but not defined: " + a;
    }
  }
  return "";
}

// The default executable name: the file's base name without .go, or the directory's name.
std::string defaultOutput(const std::string& target, bool emitLLVM) {
  fs::path p(target);
  std::string base;
  if (fs::is_directory(p)) {
    base = fs::absolute(p).lexically_normal().filename().string();
    if (base.empty()) base = fs::absolute(p).lexically_normal().parent_path().filename().string();
  } else {
    base = p.stem().string();
  }
  return emitLLVM ? base + ".ll" : base;
}

// Compiles target into an executable (or IR file) at output. Returns the exit status.
int compile(const std::string& target, const std::string& output, const BuildFlags& flags) {
  Toolchain tc = Toolchain::locate();
  Program prog;
  Diagnostics diag(prog.sources, std::cerr);
  try {
    Loader loader(prog, diag, tc.stdlibDir);
    if (!loader.load(target)) {
      diag.flush();
      return 1;
    }
    if (flags.typecheckOnly) return 0;
    // Escape analysis decides what may live in frames (and, with -m, reports it).
    escape::Options eopts;
    eopts.m = flags.escapeM;
    std::unique_ptr<escape::Result> esc = escape::analyze(prog, eopts, std::cerr);
    codegen::Options copts = flags.codegen;
    copts.escape = esc.get();
    llvm::LLVMContext ctx;
    std::unique_ptr<llvm::Module> m = codegen::generate(prog, ctx, diag, copts);
    if (!m) {
      diag.flush();
      return 1;
    }
    codegen::optimize(*m, flags.codegen);
    if (flags.emitLLVM) {
      std::error_code ec;
      llvm::raw_fd_ostream out(output, ec);
      if (ec) {
        std::cerr << "minigo: cannot write " << output << ": " << ec.message() << "\n";
        return 1;
      }
      m->print(out, nullptr);
      return 0;
    }

    llvm::SmallString<128> tmpDir;
    if (auto ec = llvm::sys::fs::createUniqueDirectory("minigo-build", tmpDir)) {
      std::cerr << "minigo: cannot create a temporary directory: " << ec.message() << "\n";
      return 1;
    }
    std::string obj = (tmpDir + "/main.o").str();
    std::string err;
    if (!codegen::emitObject(*m, obj, flags.codegen, &err)) {
      std::cerr << "minigo: " << err << "\n";
      return 1;
    }
    // Link with the C++ compiler driver (which runs the system linker), the runtime
    // library and the libraries the runtime needs.
    std::vector<std::string> cmd{MINIGO_LINK_DRIVER, "-o", output, obj, tc.runtimeLib};
    std::string libs = MINIGO_LINK_LIBS;
    for (size_t start = 0; start < libs.size();) {
      size_t end = libs.find(';', start);
      if (end == std::string::npos) end = libs.size();
      if (end > start) cmd.push_back(libs.substr(start, end - start));
      start = end + 1;
    }
    cmd.push_back("-lpthread");
    // Bind every symbol at start-up: the lazy binder runs on the caller's stack and needs
    // more of it than a goroutine's stack segment keeps for C++ code (runtime/stack.h).
    cmd.push_back("-Wl,-z,now");
    std::vector<llvm::StringRef> argv(cmd.begin(), cmd.end());
    std::string linkErr;
    int rc = llvm::sys::ExecuteAndWait(cmd[0], argv, std::nullopt, {}, 0, 0, &linkErr);
    llvm::sys::fs::remove_directories(tmpDir);
    if (rc != 0) {
      std::cerr << "minigo: link failed";
      if (!linkErr.empty()) std::cerr << ": " << linkErr;
      std::cerr << "\n";
      return 1;
    }
    return 0;
  } catch (const TooManyErrors&) {
    return 1;
  }
}

int cmdBuild(const std::vector<std::string>& args) {
  BuildFlags flags;
  size_t i = 0;
  if (std::string err = parseBuildFlags(args, &i, flags, true); !err.empty())
    return usageError(err);
  if (i >= args.size()) return usageError("build: no file or directory given");
  if (i + 1 < args.size())
    return usageError("build: too many arguments: only one file or directory");
  const std::string& target = args[i];
  std::string output = flags.output.empty() ? defaultOutput(target, flags.emitLLVM) : flags.output;
  return compile(target, output, flags);
}

int cmdRun(const std::vector<std::string>& args) {
  BuildFlags flags;
  size_t i = 0;
  if (std::string err = parseBuildFlags(args, &i, flags, false); !err.empty())
    return usageError(err);
  if (i >= args.size()) return usageError("run: no go files listed");
  if (flags.emitLLVM) return usageError("run: -emit-llvm is a build flag");
  const std::string& target = args[i];
  llvm::SmallString<128> tmpDir;
  if (auto ec = llvm::sys::fs::createUniqueDirectory("minigo-run", tmpDir)) {
    std::cerr << "minigo: cannot create a temporary directory: " << ec.message() << "\n";
    return 1;
  }
  std::string exe = (tmpDir + "/" + defaultOutput(target, false)).str();
  int rc = compile(target, exe, flags);
  if (rc != 0) {
    llvm::sys::fs::remove_directories(tmpDir);
    return rc;
  }
  std::vector<std::string> progArgs{exe};
  for (size_t k = i + 1; k < args.size(); k++) progArgs.push_back(args[k]);
  std::vector<llvm::StringRef> argv(progArgs.begin(), progArgs.end());
  std::string err;
  bool failed = false;
  int status = llvm::sys::ExecuteAndWait(exe, argv, std::nullopt, {}, 0, 0, &err, &failed);
  llvm::sys::fs::remove_directories(tmpDir);
  if (failed) {
    std::cerr << "minigo: " << err << "\n";
    return 1;
  }
  if (status < 0) {
    // Killed by a signal: the shell's convention.
    std::cerr << "minigo: " << err << "\n";
    return 128 + 9;
  }
  return status;
}

}  // namespace

Toolchain Toolchain::locate() {
  Toolchain tc;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  fs::path prefix = ec ? fs::current_path() : exe.parent_path().parent_path();
  tc.runtimeLib = (prefix / "lib" / "minigo" / "libminigo_rt.a").string();
  tc.stdlibDir = (prefix / "share" / "minigo" / "stdlib").string();
  // MINIGO_STDLIB points the compiler at another stdlib tree (stdlib development).
  if (const char* dir = getenv("MINIGO_STDLIB"); dir && *dir) tc.stdlibDir = dir;
  return tc;
}

namespace {

// Runs f on a thread with a 1 GiB stack (reserved, committed only as used), so that
// deeply nested programs compile as they do with Go, whose goroutine stacks grow to
// 1 GB. Returns f's result.
int runWithLargeStack(const std::function<int()>& f) {
  struct Call {
    const std::function<int()>* f;
    int result = 0;
  } call{&f};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t(1) << 30);
  pthread_t t;
  auto body = [](void* p) -> void* {
    auto* c = static_cast<Call*>(p);
    c->result = (*c->f)();
    return nullptr;
  };
  if (pthread_create(&t, &attr, body, &call) != 0) {
    pthread_attr_destroy(&attr);
    return f();  // no big thread: compile here
  }
  pthread_attr_destroy(&attr);
  pthread_join(t, nullptr);
  return call.result;
}

}  // namespace

int runMain(int argc, char** argv) {
  return runWithLargeStack([&] { return runCommand(argc, argv); });
}

int runCommand(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usageError("");
  std::string cmd = args[0];
  args.erase(args.begin());
  if (cmd == "build") return cmdBuild(args);
  if (cmd == "run") return cmdRun(args);
  if (cmd == "version") {
    std::cout << "minigo version " << MINIGO_VERSION << " linux/amd64 (Go 1.19 subset, LLVM "
              << MINIGO_LLVM_VERSION << ")\n";
    return 0;
  }
  if (cmd == "help" || cmd == "-h" || cmd == "--help" || cmd == "-help") {
    std::cout << helpText;
    return 0;
  }
  return usageError("unknown command \"" + cmd + "\"");
}

}  // namespace minigo::driver
