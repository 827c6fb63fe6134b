// stack.cpp — goroutine stacks and the stack overflow report (see stack.h).
#include "stack.h"

#include "panic.h"
#include "print.h"

#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdlib>

namespace runtime {

std::atomic<uint64_t> stackMappedBytes{0};

void stackalloc(g* gp) {
  void* v = mmap(nullptr, stackReserve, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (v == MAP_FAILED) throw_("runtime: cannot allocate goroutine stack");
  if (mprotect(v, stackGuard, PROT_NONE) != 0) throw_("runtime: cannot protect stack guard");
  gp->stackmap = uintptr_t(v);
  gp->stackmapsize = stackReserve;
  gp->stacklo = uintptr_t(v) + stackGuard;
  gp->stackhi = uintptr_t(v) + stackReserve;
  stackMappedBytes.fetch_add(stackReserve, std::memory_order_relaxed);
}

void stackfree(g* gp) {
  if (gp->stackmap == 0) return;
  munmap(reinterpret_cast<void*>(gp->stackmap), gp->stackmapsize);
  stackMappedBytes.fetch_sub(gp->stackmapsize, std::memory_order_relaxed);
  gp->stackmap = gp->stackmapsize = gp->stacklo = gp->stackhi = 0;
}

namespace {

void writeStr(const char* s) {
  size_t n = 0;
  while (s[n] != 0) n++;
  ssize_t r = write(2, s, n);
  (void)r;
}

void sigsegv(int sig, siginfo_t* info, void*) {
  g* gp = getg();
  auto addr = uintptr_t(info->si_addr);
  if (gp != nullptr && gp->stackmap != 0 && addr >= gp->stackmap - stackGuard &&
      addr < gp->stacklo) {
    // Go's report: the goroutine ran out of stack.
    writeStr("runtime: goroutine stack exceeds ");
    char buf[32];
    int n = 0;
    uint64_t v = stackReserve - stackGuard;
    char tmp[32];
    do {
      tmp[n++] = char('0' + v % 10);
      v /= 10;
    } while (v != 0);
    for (int i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
    buf[n] = 0;
    writeStr(buf);
    writeStr("-byte limit\nfatal error: stack overflow\n\nruntime stack:\n");
    _exit(2);
  }
  // Anything else is not ours to handle: die of the signal as before.
  signal(sig, SIG_DFL);
}

}  // namespace

void initsig() {
  struct sigaction sa {};
  sa.sa_sigaction = sigsegv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
}

void minitSignalStack(m* mp) {
  constexpr size_t size = 64 << 10;
  void* v = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (v == MAP_FAILED) return;
  stack_t ss{};
  ss.ss_sp = v;
  ss.ss_size = size;
  sigaltstack(&ss, nullptr);
  mp->sigstack = v;
}

}  // namespace runtime
