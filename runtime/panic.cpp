// panic.cpp — panics, recover and fatal errors (Go's panic.go, error.go). See panic.h
// for the mechanism; the deferred calls a panic runs are defer.cpp's.
//
// The values run-time errors carry, and the raising functions compiled code calls
// (panicIndex, panicdivide, ...), are Go source in stdlib/runtime. The C++ runtime
// raises its own errors (nil map writes, makeslice, unhashable keys, ...) through
// panicRuntimeError / panicPlain / panicTypeAssert, which call that Go code. Programs
// always link it; the runtime's own unit tests do not, so each of those Go functions
// has a weak fallback here that prints what the Go one would and exits.
#include "panic.h"

#include "malloc.h"
#include "print.h"
#include "runtime2.h"
#include "stack.h"
#include "type.h"

#include <unistd.h>

#include <cstring>

namespace runtime {

int64_t runtime_panicking = 0;

// "goroutine N [running]:" for the current goroutine (Go's traceback header).
void printgoroutineheader() {
  printcstr("goroutine ");
  g* gp = getg();
  printint(gp != nullptr && gp->goid != 0 ? gp->goid : 1);
  printcstr(" [running]:\n");
}

namespace {

// Set by setsigpanic for the panic about to start (a nil dereference).
thread_local bool pendingSig = false;
thread_local uintptr_t pendingSigAddr = 0;

[[noreturn]] void die(const char* msg) {
  printlock();
  printcstr("fatal error: ");
  printcstr(msg);
  printnl();
  printnl();
  printgoroutineheader();
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

// The data word of an interface points to the value, unless the value is stored in it.
const void* valuePtr(const GoEface& e) {
  return (e.type->kind & kindDirectIface) != 0 ? static_cast<const void*>(&e.data) : e.data;
}

GoString copyString(const char* s) {
  size_t n = strlen(s);
  auto* p = static_cast<uint8_t*>(mallocgc(n, nullptr, false));
  memcpy(p, s, n);
  return GoString{p, intptr_t(n)};
}

}  // namespace

// Go's printanycustomtype: a value of a defined type with a basic kind prints as T(v)
// (strings quoted: T("v")); anything else as (T) and its address.
void printanycustomtype(GoEface e) {
  const _type* t = e.type;
  Kind k = t->kindOf();
  if (k == kindString) {
    printstring(t->str);
    printcstr("(\"");
    printstring(*static_cast<const GoString*>(valuePtr(e)));
    printcstr("\")");
    return;
  }
  if (k <= kindFloat64) {
    printstring(t->str);
    printcstr("(");
    printBasicValue(k, valuePtr(e));
    printcstr(")");
    return;
  }
  printcstr("(");
  printstring(t->str);
  printcstr(") ");
  printpointer(e.data);
}

void throw_(const char* msg) {
  die(msg);
}

void fatal(const char* msg) {
  die(msg);
}

void exit2() {
  _exit(2);
}

void gopanic(GoEface e) {
  g* gp = getg();
  auto* p = new _panic{};
  p->arg = e;
  p->link = gp->_panic;
  if (pendingSig) {
    p->sigpanic = true;
    p->sigaddr = pendingSigAddr;
    pendingSig = false;
  }
  gp->_panic = p;
  __atomic_add_fetch(&runtime_panicking, 1, __ATOMIC_RELAXED);
  throw PanicUnwind{p};
}

}  // namespace runtime

// ---------------------------------------------------------------------------
// Go functions of stdlib/runtime the C++ runtime calls, with weak fallbacks for
// programs that do not contain them (the runtime's unit tests).

using runtime::GoEface;
using runtime::GoString;

#define RT_ENTRY(name) __asm__("runtime." #name)

extern "C" {
[[noreturn]] void go_panicErrorString(const uint8_t* s, intptr_t n) RT_ENTRY(panicErrorString);
[[noreturn]] void go_panicPlainError(const uint8_t* s, intptr_t n) RT_ENTRY(panicPlainError);
[[noreturn]] void go_panicTypeAssert(const uint8_t* i, intptr_t in, const uint8_t* c, intptr_t cn,
                                     const uint8_t* a, intptr_t an, const uint8_t* m, intptr_t mn)
    RT_ENTRY(panicTypeAssert);
GoEface go_preprintpanic(const runtime::_type* t, void* data) RT_ENTRY(preprintpanic);
[[noreturn]] void go_panicIndex(int64_t x, int64_t y) RT_ENTRY(panicIndex);
[[noreturn]] void go_panicmem(uintptr_t addr) RT_ENTRY(panicmem);
void go_printpanicval(const runtime::_type* t, void* data) RT_ENTRY(printpanicval);
}

namespace {

[[noreturn]] void fallbackPanic(const char* prefix, GoString msg) {
  runtime::printlock();
  runtime::printcstr("panic: ");
  runtime::printcstr(prefix);
  runtime::printstring(msg);
  runtime::printnl();
  runtime::printnl();
  runtime::printgoroutineheader();
  runtime::printunlock();
  runtime::exit2();
}

}  // namespace

extern "C" {
__attribute__((weak)) void go_panicErrorString(const uint8_t* s, intptr_t n) {
  fallbackPanic("runtime error: ", GoString{s, n});
}
__attribute__((weak)) void go_panicPlainError(const uint8_t* s, intptr_t n) {
  fallbackPanic("", GoString{s, n});
}
__attribute__((weak)) void go_panicTypeAssert(const uint8_t* i, intptr_t in, const uint8_t* c,
                                              intptr_t cn, const uint8_t* a, intptr_t an,
                                              const uint8_t* m, intptr_t mn) {
  runtime::printlock();
  runtime::printcstr("panic: interface conversion: ");
  if (mn != 0) {
    runtime::printstring(GoString{c, cn});
    runtime::printcstr(" is not ");
    runtime::printstring(GoString{a, an});
    runtime::printcstr(": missing method ");
    runtime::printstring(GoString{m, mn});
  } else {
    runtime::printstring(in != 0 ? GoString{i, in} : GoString{(const uint8_t*)"interface", 9});
    runtime::printcstr(" is ");
    runtime::printstring(cn != 0 ? GoString{c, cn} : GoString{(const uint8_t*)"nil", 3});
    runtime::printcstr(", not ");
    runtime::printstring(GoString{a, an});
  }
  runtime::printnl();
  runtime::printnl();
  runtime::printgoroutineheader();
  runtime::printunlock();
  runtime::exit2();
}
__attribute__((weak)) void go_panicIndex(int64_t x, int64_t y) {
  runtime::printlock();
  runtime::printcstr("panic: runtime error: index out of range [");
  runtime::printint(x);
  runtime::printcstr("] with length ");
  runtime::printint(y);
  runtime::printnl();
  runtime::printnl();
  runtime::printgoroutineheader();
  runtime::printunlock();
  runtime::exit2();
}
__attribute__((weak)) void go_panicmem(uintptr_t) {
  fallbackPanic("runtime error: ",
                GoString{(const uint8_t*)"invalid memory address or nil pointer dereference", 49});
}
__attribute__((weak)) GoEface go_preprintpanic(const runtime::_type* t, void* data) {
  return GoEface{t, data};
}
__attribute__((weak)) void go_printpanicval(const runtime::_type* t, void* data) {
  if (t == nullptr) {
    runtime::printcstr("nil");
  } else {
    runtime::printanycustomtype(GoEface{t, data});
  }
}
}

namespace runtime {

void panicRuntimeError(const char* msg) {
  GoString s = copyString(msg);
  go_panicErrorString(s.str, s.len);
}

void panicPlain(const char* msg) {
  GoString s = copyString(msg);
  go_panicPlainError(s.str, s.len);
}

void panicRuntimeErrorType(const char* prefix, const _type* t) {
  size_t np = strlen(prefix);
  size_t nt = t != nullptr ? size_t(t->str.len) : 0;
  auto* p = static_cast<uint8_t*>(mallocgc(np + nt, nullptr, false));
  memcpy(p, prefix, np);
  if (nt != 0) memcpy(p + np, t->str.str, nt);
  go_panicErrorString(p, intptr_t(np + nt));
}

void panicIndex(int64_t x, int64_t y) {
  go_panicIndex(x, y);
}

void panicmem(uintptr_t addr) {
  go_panicmem(addr);
}

void panicTypeAssert(const GoString* iface, const GoString* concrete, const GoString* asserted,
                     const GoString* missing) {
  GoString none{nullptr, 0};
  const GoString& i = iface ? *iface : none;
  const GoString& c = concrete ? *concrete : none;
  const GoString& m = missing ? *missing : none;
  go_panicTypeAssert(i.str, i.len, c.str, c.len, asserted->str, asserted->len, m.str, m.len);
}

namespace {

// Go's printpanics: the oldest panic first, each newer one on a line of its own
// starting with a tab; " [recovered]" after a recovered one.
void printpanics(_panic* p, const GoEface* texts, int i) {
  if (p->link != nullptr) {
    printpanics(p->link, texts, i + 1);
    printcstr("\t");
  }
  printcstr("panic: ");
  go_printpanicval(texts[i].type, texts[i].data);
  if (p->recovered) printcstr(" [recovered]");
  printnl();
}

}  // namespace

void fatalpanic() {
  // The panic unwound out of newer stack segments: the caller's is current.
  stackResync(uintptr_t(__builtin_frame_address(0)));
  g* gp = getg();
  // Error and String methods run first (they are Go code and may print or panic).
  int n = 0;
  for (_panic* p = gp->_panic; p != nullptr; p = p->link) n++;
  auto* texts = new GoEface[size_t(n) + 1];
  int i = 0;
  _panic* sig = nullptr;
  _panic* top = gp->_panic;
  for (_panic* p = top; p != nullptr; p = p->link, i++) {
    try {
      texts[i] = go_preprintpanic(p->arg.type, p->arg.data);
    } catch (const PanicUnwind&) {
      stackResync(uintptr_t(__builtin_frame_address(0)));
      // The method panicked: print the value itself (and forget the new panic).
      gp->_panic = top;
      texts[i] = p->arg;
    }
    if (p->sigpanic && sig == nullptr) sig = p;
  }
  printlock();
  if (gp->_panic != nullptr) printpanics(gp->_panic, texts, 0);
  if (sig != nullptr) {
    printcstr("[signal SIGSEGV: segmentation violation code=0x1 addr=");
    printhex(sig->sigaddr);
    printcstr(" pc=0x0]\n");
  }
  printnl();
  printgoroutineheader();
  printunlock();
  exit2();
}

}  // namespace runtime

// ---------------------------------------------------------------------------
// Entry points for compiled code.

extern "C" {
[[noreturn]] void rt_gopanic(const runtime::_type* type, void* data) RT_ENTRY(gopanic);
GoEface rt_gorecover(void* argp, void* callerfp) RT_ENTRY(gorecover);
void rt_deferwrapper(void* argp, void* callerfp, void* fp) RT_ENTRY(deferwrapper);
void rt_setsigpanic(uintptr_t addr) RT_ENTRY(setsigpanic);
void rt_printanycustomtype(const runtime::_type* type, void* data) RT_ENTRY(printanycustomtype);
}

void rt_gopanic(const runtime::_type* type, void* data) {
  runtime::gopanic(GoEface{type, data});
}

// recover: effective only when called directly by the deferred function the newest
// panic is running (its argp is the caller's entry stack pointer), or by the function
// a compiler-made wrapper deferred function calls (callerfp is that wrapper's frame).
GoEface rt_gorecover(void* argp, void* callerfp) {
  runtime::_panic* p = runtime::getg()->_panic;
  if (p == nullptr || p->recovered || p->argp == nullptr) return GoEface{nullptr, nullptr};
  if (argp != p->argp && (p->wrapfp == nullptr || callerfp != p->wrapfp)) {
    return GoEface{nullptr, nullptr};
  }
  p->recovered = true;
  return p->arg;
}

// Called at the entry of compiler-made wrappers (method values, promoted methods,
// deferred-call thunks) while a panic is in progress: if the wrapper is the deferred
// call the newest panic runs (argp matches), or is called by a wrapper that is, the
// function it calls (whose caller frame will be fp) may recover.
void rt_deferwrapper(void* argp, void* callerfp, void* fp) {
  runtime::_panic* p = runtime::getg()->_panic;
  if (p == nullptr || p->argp == nullptr) return;
  if (p->argp == argp || (p->wrapfp != nullptr && p->wrapfp == callerfp)) p->wrapfp = fp;
}

void rt_setsigpanic(uintptr_t addr) {
  runtime::pendingSig = true;
  runtime::pendingSigAddr = addr;
}

void rt_printanycustomtype(const runtime::_type* type, void* data) {
  runtime::printanycustomtype(GoEface{type, data});
}
