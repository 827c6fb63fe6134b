// rt0.cpp — the process entry point of every compiled program (Go's rt0_go plus
// runtime.main): initialise the runtime, start the scheduler with the main goroutine,
// which runs the package initialisers in dependency order (go.inittask, emitted by the
// compiler), calls main.main, and exits 0 when it returns (whatever other goroutines
// are doing). Exit is the exit_group system call (_exit), as in Go: the collector's threads
// may be marking or sweeping at that moment, so no C++ static destructor or atexit
// handler may run under them (std::exit freed the mark workers' list while the GC
// controller was reading it, and the program died of SIGSEGV after main returned). It is the main
// goroutine's base: a panic nobody recovered ends here, after every deferred call ran, and
// fatalpanic prints it and exits with status 2.
//
// This file holds only main(), so that linking the runtime library into a test program
// that has its own main never pulls it in.
#include "panic.h"
#include "proc.h"

#include <unistd.h>

extern "C" void go_inittask() __asm__("go.inittask");
extern "C" void main_main() __asm__("main.main");

namespace {

// The main goroutine's body (Go's runtime.main).
void runmain() {
  try {
    go_inittask();
    main_main();
  } catch (const runtime::PanicUnwind&) {
    runtime::fatalpanic();
  }
  _exit(0);
}

}  // namespace

int main(int argc, char** argv) {
  runtime::args(argc, argv);
  runtime::schedinit();
  runtime::mstart0(runmain);
}
