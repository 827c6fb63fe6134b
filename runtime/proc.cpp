// proc.cpp — the scheduler's start-up (Go's proc.go). Goroutines, Ms and run queues
// arrive with the scheduler; today it sets up what exists before main.main runs.
#include "proc.h"

#include "mgc.h"
#include "mgcscavenge.h"
#include "mheap.h"
#include "runtime2.h"

#include <cerrno>
#include <climits>
#include <cstdlib>

namespace runtime {

int argc;
char** argv;

// The main goroutine. Until the scheduler exists every thread runs "it" (only the main
// thread runs Go code).
constinit g g1{nullptr, nullptr, 1, {_Grunning}, 0, 0, {}, nullptr, nullptr, {0}, 0};
constinit thread_local g* currentG = &g1;

void args(int c, char** v) {
  argc = c;
  argv = v;
}

// schedinit: initialise the heap (mallocinit), create GOMAXPROCS Ps — the GOMAXPROCS
// environment variable when it is a positive int32 (as Go's atoi32), else the number of
// CPUs the process may use — give P 0 to the calling (main) thread, and start the
// background scavenger. Calling it again does nothing.
void schedinit() {
  if (allp != nullptr) return;
  mallocinit();
  ncpu = getproccount();
  int32_t procs = ncpu;
  if (const char* s = getenv("GOMAXPROCS"); s != nullptr && *s != 0) {
    char* end;
    errno = 0;
    long n = strtol(s, &end, 10);
    if (*end == 0 && errno == 0 && n > 0 && n <= INT32_MAX) procs = int32_t(n);
  }
  procresize(procs);
  acquirep(pidleget());
  scavengerStart();
  gcinit();
}

}  // namespace runtime
