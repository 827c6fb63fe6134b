// print.h — the print primitives behind the print/println builtins and the runtime's
// own messages (panics, fatal errors, gctrace). Like Go's runtime/print.go they write to
// standard error, and never allocate from the Go heap.
//
// Output between printlock() and printunlock() is gathered in a per-thread buffer and
// written with one write(2) at printunlock (or when the buffer fills), so the lines of
// concurrent printers do not interleave mid-line. Calls outside a lock write at once.
#pragma once

#include "abi.h"

#include <cstdint>

namespace runtime {

void printlock();
void printunlock();
void printstring(GoString s);
void printcstr(const char* s);
void printint(int64_t v);
void printuint(uint64_t v);
// printFixed prints v / 10^dec with dec decimals ("1.234", "0.005"; dec 0: an integer),
// as Go's itoaDiv formats gctrace's numbers.
void printFixed(uint64_t v, int dec);
void printhex(uint64_t v);
void printbool(bool b);
void printfloat(double v);
void printpointer(const void* p);
void printsp();
void printnl();

// writeErr writes bytes to standard error, retrying on short writes.
void writeErr(const void* p, size_t n);

}  // namespace runtime
