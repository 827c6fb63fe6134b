// os.cpp — the system-call primitives under the stdlib's os package (stdlib/os/os.go,
// whose doc comments are the contract): the command-line arguments (from the argv that
// rt0 handed to runtime::args), the environment, process exit, and one read(2) or
// write(2) on a file descriptor with errors as -errno. Strings and slices handed to Go
// code are allocated from the Go heap (mallocgc), which the collector scans.
#include "abi.h"
#include "malloc.h"
#include "proc.h"
#include "stw.h"
#include "type.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

extern char** environ;

namespace runtime {

namespace {

// The runtime's descriptor of string, for the backing array of os.Args (one pointer
// word per element). Only the allocator reads it.
const uint8_t stringGCBits[] = {1};
const _type stringType = {16,
                          8,
                          0,
                          tflagNamed,
                          8,
                          8,
                          kindString,
                          nullptr,
                          stringGCBits,
                          GoString{reinterpret_cast<const uint8_t*>("string"), 6},
                          nullptr};

// A Go string holding a copy of the n bytes at p (pointer-free heap memory).
GoString copyString(const char* p, size_t n) {
  if (n == 0) return GoString{nullptr, 0};
  auto* s = static_cast<uint8_t*>(mallocgc(n, nullptr, false));
  memcpy(s, p, n);
  return GoString{s, intptr_t(n)};
}

}  // namespace

}  // namespace runtime

using runtime::GoSlice;
using runtime::GoString;

#define OS_ENTRY(name) __asm__("os." #name)

namespace {

struct GetenvResult {  // (value string, found bool): 24 bytes, returned through sret
  GoString value;
  bool found;
};

}  // namespace

extern "C" {
GoSlice os_runtime_args() OS_ENTRY(runtime_args);
[[noreturn]] void os_runtime_exit(int64_t code) OS_ENTRY(runtime_exit);
GetenvResult os_runtime_getenv(const uint8_t* key, intptr_t keyLen) OS_ENTRY(runtime_getenv);
int64_t os_runtime_write(int64_t fd, const uint8_t* p, intptr_t len, intptr_t cap)
    OS_ENTRY(runtime_write);
int64_t os_runtime_read(int64_t fd, uint8_t* p, intptr_t len, intptr_t cap) OS_ENTRY(runtime_read);
[[noreturn]] void os_runtime_sigpipe() OS_ENTRY(runtime_sigpipe);
}

// A fresh []string of fresh strings; an empty argv (a process started with none) still
// gives the program name, as an empty string.
GoSlice os_runtime_args() {
  intptr_t n = runtime::argc > 0 ? runtime::argc : 1;
  auto* args = static_cast<GoString*>(
      runtime::mallocgc(uintptr_t(n) * sizeof(GoString), &runtime::stringType, true));
  for (intptr_t i = 0; i < runtime::argc; i++) {
    const char* a = runtime::argv[i];
    args[i] = runtime::copyString(a, a ? strlen(a) : 0);
  }
  return GoSlice{args, n, n};
}

// exit_group(2) at once: no deferred calls, no buffers (the print buffers are empty
// outside printlock). The status is the code's low byte, as in Go.
void os_runtime_exit(int64_t code) {
  _exit(int(code));
}

// Go's syscall.Getenv: the name of an entry is what precedes its first '=' (so a key
// containing '=' or an empty key is never found, and entries without '=' are ignored);
// the first entry with that name wins.
GetenvResult os_runtime_getenv(const uint8_t* key, intptr_t keyLen) {
  if (keyLen == 0 || environ == nullptr) return GetenvResult{{nullptr, 0}, false};
  for (char** e = environ; *e != nullptr; e++) {
    const char* eq = strchr(*e, '=');
    if (eq == nullptr || eq - *e != keyLen || memcmp(*e, key, size_t(keyLen)) != 0) continue;
    return GetenvResult{runtime::copyString(eq + 1, strlen(eq + 1)), true};
  }
  return GetenvResult{{nullptr, 0}, false};
}

// One write(2), retried on EINTR (which means nothing was written). SIGPIPE is blocked
// in this thread during the call, and a SIGPIPE the call raised is consumed, so that a
// broken pipe shows as -EPIPE on any descriptor (File.Write then dies by SIGPIPE for
// standard output and error, as Go does, and returns the error for others).
int64_t os_runtime_write(int64_t fd, const uint8_t* p, intptr_t len, intptr_t) {
  if (len == 0) return 0;
  sigset_t pipe, old;
  sigemptyset(&pipe);
  sigaddset(&pipe, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe, &old);
  ssize_t n;
  runtime::entersyscall();  // a write may block (a full pipe): the world may stop meanwhile
  do {
    n = ::write(int(fd), p, size_t(len));
  } while (n < 0 && errno == EINTR);
  int err = errno;
  runtime::exitsyscall();
  if (n < 0 && err == EPIPE && !sigismember(&old, SIGPIPE)) {
    // The signal is pending for this thread (it was not blocked before, so it is ours).
    timespec zero{};
    while (sigtimedwait(&pipe, nullptr, &zero) < 0 && errno == EINTR) {
    }
  }
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return n >= 0 ? int64_t(n) : -int64_t(err);
}

// One read(2), retried on EINTR: the byte count (0 at end of file) or -errno.
int64_t os_runtime_read(int64_t fd, uint8_t* p, intptr_t len, intptr_t) {
  ssize_t n;
  runtime::entersyscall();
  do {
    n = ::read(int(fd), p, size_t(len));
  } while (n < 0 && errno == EINTR);
  int err = errno;
  runtime::exitsyscall();
  return n >= 0 ? int64_t(n) : -int64_t(err);
}

// Go's dieFromSignal(SIGPIPE): the default disposition, unblocked, raised; should the
// process survive it, exit with status 2.
void os_runtime_sigpipe() {
  signal(SIGPIPE, SIG_DFL);
  sigset_t pipe;
  sigemptyset(&pipe);
  sigaddset(&pipe, SIGPIPE);
  pthread_sigmask(SIG_UNBLOCK, &pipe, nullptr);
  raise(SIGPIPE);
  _exit(2);
}
