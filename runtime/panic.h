// panic.h — panics, recover and fatal errors (Go's panic.go, error.go).
//
// A Go panic is a C++ exception: gopanic pushes a _panic record on the goroutine's
// chain and throws PanicUnwind; compiled functions that defer have landing pads that
// run their deferred calls (defer.cpp) and either resume the unwinding or, when a
// deferred call recovered, return normally. A panic that no deferred call recovers
// reaches the goroutine's base (rt0.cpp), where fatalpanic prints the chain as Go does
// and exits with status 2. The path without a panic costs nothing: no setjmp, no
// registration, only unwind tables.
//
// throw_ is Go's throw (a runtime invariant broke, or the OS refused memory); fatal is
// Go's fatal (the program did something unrecoverable, such as a deadlock). Both print
// "fatal error: <msg>" and exit with status 2; neither unwinds.
#pragma once

#include "abi.h"

namespace runtime {

struct _type;

// A panic in progress: the value, the panic it interrupted (link), and the state
// recover needs. argp is the address of the return address of the deferred call the
// panic is running (the callee's entry stack pointer, set by runtime.calldeferred);
// wrapfp is the frame pointer of a compiler-made wrapper that this deferred call is,
// so that the function it calls may recover too.
struct _panic {
  GoEface arg;
  _panic* link;
  void* argp;
  void* wrapfp;
  void* exn;  // the exception object unwinding for this panic, once a landing pad saw it
  bool recovered;
  bool aborted;   // a newer panic unwound through the deferred call this one was running
  bool sigpanic;  // stands for a SIGSEGV: print Go's "[signal SIGSEGV ...]" line
  uintptr_t sigaddr;
};

// A deferred call (defer.cpp): compiled code reserves sizeof(_defer) = 32 bytes in its
// frame for one (deferprocStack), or the runtime allocates it (deferproc, heap true).
// The collector scans the records of every goroutine (fn may be a heap closure).
struct _defer {
  void* fn;  // closure: {code, captures...}
  void* frame;
  _defer* link;
  bool heap;
};

// What is thrown. Caught only at a goroutine's base.
struct PanicUnwind {
  _panic* p;
};

// The number of panics in progress in the process (read by compiled wrappers, which
// only need to act while some panic runs).
extern "C" int64_t runtime_panicking __asm__("runtime.panicking");

[[noreturn]] void throw_(const char* msg);
[[noreturn]] void fatal(const char* msg);

// exit2 flushes what is needed and ends the process with Go's panic/throw status.
[[noreturn]] void exit2();
// printgoroutineheader prints "goroutine N [running]:" for the current goroutine.
void printgoroutineheader();

// gopanic panics with the value e (Go's panic builtin).
[[noreturn]] void gopanic(GoEface e);
// panicRuntimeError panics with the runtime.Error "runtime error: <msg>"; panicPlain
// with one printed as msg alone. msg is copied.
[[noreturn]] void panicRuntimeError(const char* msg);
[[noreturn]] void panicPlain(const char* msg);
// panicRuntimeErrorType panics with "runtime error: <prefix><T>" (T as %T prints it).
[[noreturn]] void panicRuntimeErrorType(const char* prefix, const _type* t);
// The bounds and nil-pointer panics compiled code raises, for C++ callers.
[[noreturn]] void panicIndex(int64_t x, int64_t y);
[[noreturn]] void panicmem(uintptr_t addr);
// panicTypeAssert panics with a *runtime.TypeAssertionError (names as %T prints them;
// iface null for none, concrete null for a nil value, missing null unless a method
// is missing).
[[noreturn]] void panicTypeAssert(const GoString* iface, const GoString* concrete,
                                  const GoString* asserted, const GoString* missing);

// printanycustomtype prints a value of a defined type as Go's printpanicval does.
void printanycustomtype(GoEface e);

// fatalpanic prints the current goroutine's panic chain (oldest first) as Go does,
// then the goroutine header, and exits with status 2.
[[noreturn]] void fatalpanic();

}  // namespace runtime
