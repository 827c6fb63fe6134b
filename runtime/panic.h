// panic.h — how the runtime dies. throw_ is Go's throw (a runtime invariant broke, or
// the OS refused memory); fatal is Go's fatal (the program did something unrecoverable,
// such as deadlock). Both print "fatal error: <msg>" and the goroutine header to
// standard error and exit with status 2, as Go does; neither returns nor unwinds.
#pragma once

#include "abi.h"

namespace runtime {

[[noreturn]] void throw_(const char* msg);
[[noreturn]] void fatal(const char* msg);

// exit2 flushes what is needed and ends the process with Go's panic/throw status.
[[noreturn]] void exit2();

// gopanic panics with the value e (Go's panic builtin).
[[noreturn]] void gopanic(GoEface e);
// panicRuntimeError panics with "runtime error: <msg>".
[[noreturn]] void panicRuntimeError(const char* msg);

}  // namespace runtime
