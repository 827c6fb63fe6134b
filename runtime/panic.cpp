// panic.cpp — panics and fatal errors (Go's panic.go, error.go).
//
// A panic prints "panic: " and the value as Go's printpanicval does, a blank line and
// the goroutine header, and exits with status 2. Runtime errors (index out of range,
// integer divide by zero, failed type assertion, ...) are panics whose value reads
// "runtime error: ..." with Go's exact wording. recover and deferred calls arrive with
// defer; until then a panic always ends the program.
#include "panic.h"

#include "print.h"
#include "type.h"

#include <unistd.h>

#include <cstring>

namespace runtime {

namespace {

[[noreturn]] void die(const char* msg) {
  printlock();
  printcstr("fatal error: ");
  printcstr(msg);
  printnl();
  printnl();
  printcstr("goroutine 1 [running]:\n");
  printunlock();
  exit2();
}

// Prints the value of a basic kind stored at data; returns false for other kinds.
bool printBasicValue(Kind k, const void* data) {
  switch (k) {
    case kindBool: printbool(*static_cast<const bool*>(data)); return true;
    case kindInt:
    case kindInt64: printint(*static_cast<const int64_t*>(data)); return true;
    case kindInt8: printint(*static_cast<const int8_t*>(data)); return true;
    case kindInt16: printint(*static_cast<const int16_t*>(data)); return true;
    case kindInt32: printint(*static_cast<const int32_t*>(data)); return true;
    case kindUint:
    case kindUint64:
    case kindUintptr: printuint(*static_cast<const uint64_t*>(data)); return true;
    case kindUint8: printuint(*static_cast<const uint8_t*>(data)); return true;
    case kindUint16: printuint(*static_cast<const uint16_t*>(data)); return true;
    case kindUint32: printuint(*static_cast<const uint32_t*>(data)); return true;
    case kindFloat32: printfloat(*static_cast<const float*>(data)); return true;
    case kindFloat64: printfloat(*static_cast<const double*>(data)); return true;
    case kindString: printstring(*static_cast<const GoString*>(data)); return true;
    default: return false;
  }
}

bool typeNamed(const _type* t, const char* name) {
  return size_t(t->str.len) == strlen(name) && memcmp(t->str.str, name, size_t(t->str.len)) == 0;
}

// Go's printpanicval: values of the predeclared basic types print as themselves;
// values of other types with a basic kind as T(v) (strings quoted: T("v")); the rest
// as (T) address.
void printpanicval(GoEface e) {
  const _type* t = e.type;
  if (!t) {
    printcstr("nil");
    return;
  }
  static const char* const predeclared[] = {"bool",   "int",     "int8",    "int16",   "int32",
                                            "int64",  "uint",    "uint8",   "uint16",  "uint32",
                                            "uint64", "uintptr", "float32", "float64", "string"};
  for (const char* name : predeclared) {
    if (typeNamed(t, name)) {
      printBasicValue(t->kindOf(), e.data);
      return;
    }
  }
  if (t->kindOf() == kindString) {
    printstring(t->str);
    printcstr("(\"");
    printstring(*static_cast<const GoString*>(e.data));
    printcstr("\")");
    return;
  }
  if (t->kindOf() != kindString && t->kindOf() <= kindFloat64) {
    printstring(t->str);
    printcstr("(");
    printBasicValue(t->kindOf(), e.data);
    printcstr(")");
    return;
  }
  printcstr("(");
  printstring(t->str);
  printcstr(") ");
  printpointer(e.data);
}

[[noreturn]] void panicWith(void (*printMessage)(const void*), const void* arg) {
  printlock();
  printcstr("panic: ");
  printMessage(arg);
  printnl();
  printnl();
  printcstr("goroutine 1 [running]:\n");
  printunlock();
  exit2();
}

}  // namespace

void throw_(const char* msg) {
  die(msg);
}

void fatal(const char* msg) {
  die(msg);
}

void exit2() {
  _exit(2);
}

[[noreturn]] void gopanic(GoEface e) {
  panicWith([](const void* p) { printpanicval(*static_cast<const GoEface*>(p)); }, &e);
}

[[noreturn]] void panicRuntimeError(const char* msg) {
  panicWith(
      [](const void* p) {
        printcstr("runtime error: ");
        printcstr(static_cast<const char*>(p));
      },
      msg);
}

}  // namespace runtime

// ---------------------------------------------------------------------------
// Entry points for compiled code.

using runtime::GoEface;
using runtime::GoString;
using runtime::panicRuntimeError;

#define RT_ENTRY(name) __asm__("runtime." #name)

namespace {

struct BoundsArgs {
  int64_t x;
  int64_t y;
  bool signedX;
  const char* fmt;  // "index out of range [%x] with length %y", etc.
};

// Prints a bounds error in Go's wording: %x and %y are replaced by the operands.
[[noreturn]] void panicBounds(const BoundsArgs& a) {
  runtime::printlock();
  runtime::printcstr("panic: runtime error: ");
  for (const char* p = a.fmt; *p; p++) {
    if (p[0] == '%' && p[1] == 'x') {
      a.signedX ? runtime::printint(a.x) : runtime::printuint(uint64_t(a.x));
      p++;
    } else if (p[0] == '%' && p[1] == 'y') {
      runtime::printint(a.y);
      p++;
    } else {
      char c[2] = {*p, 0};
      runtime::printcstr(c);
    }
  }
  runtime::printnl();
  runtime::printnl();
  runtime::printcstr("goroutine 1 [running]:\n");
  runtime::printunlock();
  runtime::exit2();
}

}  // namespace

extern "C" {
[[noreturn]] void rt_gopanic(const runtime::_type* type, void* data) RT_ENTRY(gopanic);
[[noreturn]] void rt_panicdivide() RT_ENTRY(panicdivide);
[[noreturn]] void rt_panicshift() RT_ENTRY(panicshift);
[[noreturn]] void rt_panicIndex(int64_t x, int64_t y) RT_ENTRY(panicIndex);
[[noreturn]] void rt_panicIndexU(int64_t x, int64_t y) RT_ENTRY(panicIndexU);
[[noreturn]] void rt_panicSliceAlen(int64_t x, int64_t y) RT_ENTRY(panicSliceAlen);
[[noreturn]] void rt_panicSliceAcap(int64_t x, int64_t y) RT_ENTRY(panicSliceAcap);
[[noreturn]] void rt_panicSliceB(int64_t x, int64_t y) RT_ENTRY(panicSliceB);
[[noreturn]] void rt_panicmakeslicelen() RT_ENTRY(panicmakeslicelen);
[[noreturn]] void rt_panicmem() RT_ENTRY(panicmem);
[[noreturn]] void rt_panicwrap(const uint8_t* pkg, intptr_t pkgLen, const uint8_t* typ,
                               intptr_t typLen, const uint8_t* meth, intptr_t methLen)
    RT_ENTRY(panicwrap);
[[noreturn]] void rt_panicdottypeI(const runtime::_type* have, const runtime::_type* want,
                                   const runtime::_type* iface) RT_ENTRY(panicdottypeI);
[[noreturn]] void rt_panicdottypeE(const runtime::_type* have, const runtime::_type* want,
                                   const runtime::_type* iface) RT_ENTRY(panicdottypeE);
}

void rt_gopanic(const runtime::_type* type, void* data) {
  runtime::gopanic(GoEface{type, data});
}
void rt_panicdivide() {
  panicRuntimeError("integer divide by zero");
}
void rt_panicshift() {
  panicRuntimeError("negative shift amount");
}
void rt_panicIndex(int64_t x, int64_t y) {
  panicBounds({x, y, true, "index out of range [%x] with length %y"});
}
void rt_panicIndexU(int64_t x, int64_t y) {
  panicBounds({x, y, false, "index out of range [%x] with length %y"});
}
void rt_panicSliceAlen(int64_t x, int64_t y) {
  panicBounds({x, y, true, "slice bounds out of range [:%x] with length %y"});
}
void rt_panicSliceAcap(int64_t x, int64_t y) {
  panicBounds({x, y, true, "slice bounds out of range [:%x] with capacity %y"});
}
void rt_panicSliceB(int64_t x, int64_t y) {
  panicBounds({x, y, true, "slice bounds out of range [%x:%y]"});
}
void rt_panicmakeslicelen() {
  panicRuntimeError("makeslice: len out of range");
}

// A nil pointer dereference. Go reaches it through a SIGSEGV and prints the signal line
// after the message; so do we (with no real fault address or pc).
void rt_panicmem() {
  runtime::printlock();
  runtime::printcstr("panic: runtime error: invalid memory address or nil pointer dereference\n");
  runtime::printcstr("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
  runtime::printnl();
  runtime::printcstr("goroutine 1 [running]:\n");
  runtime::printunlock();
  runtime::exit2();
}

// "value method main.T.M called using nil *T pointer"
void rt_panicwrap(const uint8_t* pkg, intptr_t pkgLen, const uint8_t* typ, intptr_t typLen,
                  const uint8_t* meth, intptr_t methLen) {
  runtime::printlock();
  runtime::printcstr("panic: value method ");
  runtime::printstring(GoString{pkg, pkgLen});
  runtime::printcstr(".");
  runtime::printstring(GoString{typ, typLen});
  runtime::printcstr(".");
  runtime::printstring(GoString{meth, methLen});
  runtime::printcstr(" called using nil *");
  runtime::printstring(GoString{typ, typLen});
  runtime::printcstr(" pointer\n");
  runtime::printnl();
  runtime::printcstr("goroutine 1 [running]:\n");
  runtime::printunlock();
  runtime::exit2();
}

// "interface conversion: main.I is main.T, not main.U"
void rt_panicdottypeI(const runtime::_type* have, const runtime::_type* want,
                      const runtime::_type* iface) {
  rt_panicdottypeE(have, want, iface);
}

// "interface conversion: interface {} is string, not int"
void rt_panicdottypeE(const runtime::_type* have, const runtime::_type* want,
                      const runtime::_type* iface) {
  runtime::printlock();
  runtime::printcstr("panic: interface conversion: ");
  runtime::printstring(iface->str);
  runtime::printcstr(" is ");
  if (have) {
    runtime::printstring(have->str);
  } else {
    runtime::printcstr("nil");
  }
  runtime::printcstr(", not ");
  runtime::printstring(want->str);
  runtime::printnl();
  runtime::printnl();
  runtime::printcstr("goroutine 1 [running]:\n");
  runtime::printunlock();
  runtime::exit2();
}
