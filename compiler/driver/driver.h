// driver.h — the minigo command: build, run, version, help (Go's go tool shape).
//
//   minigo build [-o out] [-emit-llvm] [-N] file.go|dir
//   minigo run [build flags] file.go|dir [args...]
//   minigo version | help
//
// Exit status: 0 on success, 1 on compile errors (printed as file:line:col: message),
// 2 on usage errors; `run` exits with the program's own status.
#pragma once

#include <string>
#include <vector>

namespace minigo::driver {

int runMain(int argc, char** argv);
// runMain's work, on the calling thread's stack.
int runCommand(int argc, char** argv);

// Where the compiler's companions live: <prefix>/lib/minigo/libminigo_rt.a and
// <prefix>/share/minigo/stdlib, with <prefix> the parent of the executable's directory
// (the environment variable MINIGO_STDLIB overrides the stdlib directory).
struct Toolchain {
  std::string runtimeLib;
  std::string stdlibDir;
  static Toolchain locate();
};

}  // namespace minigo::driver
