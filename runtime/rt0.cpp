// rt0.cpp — the process entry point of every compiled program (Go's rt0_go plus
// runtime.main): initialise the runtime, run the package initialisers in dependency
// order (go.inittask, emitted by the compiler), call main.main, and exit 0 when it
// returns.
//
// This file holds only main(), so that linking the runtime library into a test program
// that has its own main never pulls it in.
#include "proc.h"

#include <cstdlib>

extern "C" void go_inittask() __asm__("go.inittask");
extern "C" void main_main() __asm__("main.main");

int main(int argc, char** argv) {
  runtime::args(argc, argv);
  runtime::schedinit();
  go_inittask();
  main_main();
  exit(0);
}
