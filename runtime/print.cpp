// print.cpp — see print.h. Number formats follow Go's runtime/print.go exactly:
// printfloat prints "+1.500000e+000", printhex "0x1f", printpointer "0xc000012345".
#include "print.h"

#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>

namespace runtime {

namespace {

struct PrintBuffer {
  int depth = 0;  // printlock nesting
  size_t len = 0;
  char buf[512];
};
thread_local PrintBuffer printbuf;

void flush() {
  if (printbuf.len > 0) {
    writeErr(printbuf.buf, printbuf.len);
    printbuf.len = 0;
  }
}

void emit(const void* p, size_t n) {
  if (printbuf.depth == 0) {
    writeErr(p, n);
    return;
  }
  if (printbuf.len + n > sizeof printbuf.buf) {
    flush();
    if (n > sizeof printbuf.buf) {
      writeErr(p, n);
      return;
    }
  }
  memcpy(printbuf.buf + printbuf.len, p, n);
  printbuf.len += n;
}

}  // namespace

void writeErr(const void* p, size_t n) {
  auto* b = static_cast<const char*>(p);
  while (n > 0) {
    ssize_t w = ::write(2, b, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    b += w;
    n -= size_t(w);
  }
}

void printlock() {
  printbuf.depth++;
}

void printunlock() {
  if (--printbuf.depth == 0) flush();
}

void printstring(GoString s) {
  emit(s.str, size_t(s.len));
}

void printcstr(const char* s) {
  emit(s, strlen(s));
}

void printuint(uint64_t v) {
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = char('0' + v % 10);
    v /= 10;
  } while (v != 0);
  emit(buf + i, sizeof buf - size_t(i));
}

void printFixed(uint64_t v, int dec) {
  char buf[32];
  int i = sizeof buf;
  int digits = 0;
  do {
    if (dec > 0 && digits == dec) buf[--i] = '.';
    buf[--i] = char('0' + v % 10);
    v /= 10;
    digits++;
  } while (v != 0 || digits <= dec);
  emit(buf + i, sizeof buf - size_t(i));
}

void printint(int64_t v) {
  if (v < 0) {
    emit("-", 1);
    printuint(uint64_t(0) - uint64_t(v));
    return;
  }
  printuint(uint64_t(v));
}

void printhex(uint64_t v) {
  static const char digits[] = "0123456789abcdef";
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = digits[v % 16];
    v /= 16;
  } while (v != 0);
  buf[--i] = 'x';
  buf[--i] = '0';
  emit(buf + i, sizeof buf - size_t(i));
}

void printpointer(const void* p) {
  printhex(uint64_t(uintptr_t(p)));
}

void printbool(bool b) {
  b ? emit("true", 4) : emit("false", 5);
}

// Go's printfloat: NaN, ±Inf, else "+d.dddddde±ddd" with 7 significant digits.
void printfloat(double v) {
  if (std::isnan(v)) {
    emit("NaN", 3);
    return;
  }
  if (std::isinf(v)) {
    v > 0 ? emit("+Inf", 4) : emit("-Inf", 4);
    return;
  }
  constexpr int n = 7;  // digits printed
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;  // exponent
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    // normalize
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    // round
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  // format +d.dddd+edd
  for (int i = 0; i < n; i++) {
    int s = int(v);
    buf[i + 2] = char(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = char(e / 100 + '0');
  buf[n + 5] = char(e / 10 % 10 + '0');
  buf[n + 6] = char(e % 10 + '0');
  emit(buf, sizeof buf);
}

void printsp() {
  emit(" ", 1);
}

void printnl() {
  emit("\n", 1);
}

}  // namespace runtime

// ---------------------------------------------------------------------------
// Entry points for compiled code (the print and println builtins).

using runtime::GoString;

#define RT_ENTRY(name) __asm__("runtime." #name)

extern "C" {
void rt_printlock() RT_ENTRY(printlock);
void rt_printunlock() RT_ENTRY(printunlock);
void rt_printsp() RT_ENTRY(printsp);
void rt_printnl() RT_ENTRY(printnl);
void rt_printint(int64_t v) RT_ENTRY(printint);
void rt_printuint(uint64_t v) RT_ENTRY(printuint);
void rt_printhex(uint64_t v) RT_ENTRY(printhex);
void rt_printbool(bool v) RT_ENTRY(printbool);
void rt_printfloat(double v) RT_ENTRY(printfloat);
void rt_printstring(const uint8_t* str, intptr_t len) RT_ENTRY(printstring);
void rt_printpointer(const void* p) RT_ENTRY(printpointer);
void rt_printslice(void* array, intptr_t len, intptr_t cap) RT_ENTRY(printslice);
void rt_printeface(const void* type, const void* data) RT_ENTRY(printeface);
void rt_printiface(const void* tab, const void* data) RT_ENTRY(printiface);
}

void rt_printlock() {
  runtime::printlock();
}
void rt_printunlock() {
  runtime::printunlock();
}
void rt_printsp() {
  runtime::printsp();
}
void rt_printnl() {
  runtime::printnl();
}
void rt_printint(int64_t v) {
  runtime::printint(v);
}
void rt_printuint(uint64_t v) {
  runtime::printuint(v);
}
void rt_printhex(uint64_t v) {
  runtime::printhex(v);
}
void rt_printbool(bool v) {
  runtime::printbool(v);
}
void rt_printfloat(double v) {
  runtime::printfloat(v);
}
void rt_printstring(const uint8_t* str, intptr_t len) {
  runtime::printstring(GoString{str, len});
}
void rt_printpointer(const void* p) {
  runtime::printpointer(p);
}

// Go prints a slice as [len/cap]0xptr.
void rt_printslice(void* array, intptr_t len, intptr_t cap) {
  runtime::printcstr("[");
  runtime::printint(len);
  runtime::printcstr("/");
  runtime::printint(cap);
  runtime::printcstr("]");
  runtime::printpointer(array);
}

// Go prints an interface as (0xtype,0xdata).
void rt_printeface(const void* type, const void* data) {
  runtime::printcstr("(");
  runtime::printpointer(type);
  runtime::printcstr(",");
  runtime::printpointer(data);
  runtime::printcstr(")");
}

void rt_printiface(const void* tab, const void* data) {
  rt_printeface(tab, data);
}
