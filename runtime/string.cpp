// string.cpp — strings for compiled code (Go's string.go): concatenation, comparison,
// conversions between strings, runes and byte slices, and UTF-8 decoding for range.
// New strings are allocated from the Go heap as pointer-free (noscan) objects.
#include "abi.h"
#include "malloc.h"
#include "panic.h"

#include <cstring>

namespace runtime {

namespace {

GoString rawstring(intptr_t n, uint8_t** data) {
  if (n == 0) {
    *data = nullptr;
    return GoString{nullptr, 0};
  }
  auto* p = static_cast<uint8_t*>(mallocgc(uintptr_t(n), nullptr, false));
  *data = p;
  return GoString{p, n};
}

GoString concat(const GoString* a, size_t n) {
  intptr_t total = 0;
  size_t count = 0, idx = 0;
  for (size_t i = 0; i < n; i++) {
    if (a[i].len == 0) continue;
    if (total + a[i].len < total) panicRuntimeError("string concatenation too long");
    total += a[i].len;
    count++;
    idx = i;
  }
  if (count == 0) return GoString{nullptr, 0};
  // A single non-empty operand needs no copy (strings are immutable).
  if (count == 1) return a[idx];
  uint8_t* p;
  GoString s = rawstring(total, &p);
  for (size_t i = 0; i < n; i++) {
    if (a[i].len == 0) continue;
    memcpy(p, a[i].str, size_t(a[i].len));
    p += a[i].len;
  }
  return s;
}

// Appends the UTF-8 encoding of r (U+FFFD when invalid); returns the byte count.
int encoderune(uint8_t* p, int64_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    p[0] = uint8_t(r);
    return 1;
  }
  if (r < 0x800) {
    p[0] = uint8_t(0xC0 | (r >> 6));
    p[1] = uint8_t(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    p[0] = uint8_t(0xE0 | (r >> 12));
    p[1] = uint8_t(0x80 | ((r >> 6) & 0x3F));
    p[2] = uint8_t(0x80 | (r & 0x3F));
    return 3;
  }
  p[0] = uint8_t(0xF0 | (r >> 18));
  p[1] = uint8_t(0x80 | ((r >> 12) & 0x3F));
  p[2] = uint8_t(0x80 | ((r >> 6) & 0x3F));
  p[3] = uint8_t(0x80 | (r & 0x3F));
  return 4;
}

}  // namespace

}  // namespace runtime

// ---------------------------------------------------------------------------
// Entry points for compiled code.

using runtime::GoSlice;
using runtime::GoString;

#define RT_ENTRY(name) __asm__("runtime." #name)

struct DecodedRune {
  int32_t r;
  int64_t pos;
};

extern "C" {
GoString rt_concatstring2(const uint8_t*, intptr_t, const uint8_t*, intptr_t)
    RT_ENTRY(concatstring2);
GoString rt_concatstring3(const uint8_t*, intptr_t, const uint8_t*, intptr_t, const uint8_t*,
                          intptr_t) RT_ENTRY(concatstring3);
GoString rt_concatstring4(const uint8_t*, intptr_t, const uint8_t*, intptr_t, const uint8_t*,
                          intptr_t, const uint8_t*, intptr_t) RT_ENTRY(concatstring4);
GoString rt_concatstring5(const uint8_t*, intptr_t, const uint8_t*, intptr_t, const uint8_t*,
                          intptr_t, const uint8_t*, intptr_t, const uint8_t*, intptr_t)
    RT_ENTRY(concatstring5);
GoString rt_concatstrings(const GoString* a, intptr_t n) RT_ENTRY(concatstrings);
int64_t rt_cmpstring(const uint8_t* a, intptr_t an, const uint8_t* b, intptr_t bn)
    RT_ENTRY(cmpstring);
bool rt_memequal(const void* a, const void* b, uintptr_t n) RT_ENTRY(memequal);
GoString rt_intstring(uint8_t* buf, int64_t v) RT_ENTRY(intstring);
GoString rt_slicebytetostring(uint8_t* buf, const uint8_t* p, intptr_t n)
    RT_ENTRY(slicebytetostring);
GoSlice rt_stringtoslicebyte(uint8_t* buf, const uint8_t* p, intptr_t n)
    RT_ENTRY(stringtoslicebyte);
DecodedRune rt_decoderune(const uint8_t* p, intptr_t n, int64_t k) RT_ENTRY(decoderune);
}

GoString rt_concatstring2(const uint8_t* a, intptr_t an, const uint8_t* b, intptr_t bn) {
  GoString s[] = {{a, an}, {b, bn}};
  return runtime::concat(s, 2);
}

GoString rt_concatstring3(const uint8_t* a, intptr_t an, const uint8_t* b, intptr_t bn,
                          const uint8_t* c, intptr_t cn) {
  GoString s[] = {{a, an}, {b, bn}, {c, cn}};
  return runtime::concat(s, 3);
}

GoString rt_concatstring4(const uint8_t* a, intptr_t an, const uint8_t* b, intptr_t bn,
                          const uint8_t* c, intptr_t cn, const uint8_t* d, intptr_t dn) {
  GoString s[] = {{a, an}, {b, bn}, {c, cn}, {d, dn}};
  return runtime::concat(s, 4);
}

GoString rt_concatstring5(const uint8_t* a, intptr_t an, const uint8_t* b, intptr_t bn,
                          const uint8_t* c, intptr_t cn, const uint8_t* d, intptr_t dn,
                          const uint8_t* e, intptr_t en) {
  GoString s[] = {{a, an}, {b, bn}, {c, cn}, {d, dn}, {e, en}};
  return runtime::concat(s, 5);
}

GoString rt_concatstrings(const GoString* a, intptr_t n) {
  return runtime::concat(a, size_t(n));
}

int64_t rt_cmpstring(const uint8_t* a, intptr_t an, const uint8_t* b, intptr_t bn) {
  intptr_t n = an < bn ? an : bn;
  if (n > 0 && a != b) {
    int c = memcmp(a, b, size_t(n));
    if (c != 0) return c < 0 ? -1 : 1;
  }
  if (an < bn) return -1;
  if (an > bn) return 1;
  return 0;
}

bool rt_memequal(const void* a, const void* b, uintptr_t n) {
  return a == b || n == 0 || memcmp(a, b, n) == 0;
}

GoString rt_intstring(uint8_t* buf, int64_t v) {
  uint8_t tmp[4];
  int n = runtime::encoderune(tmp, v);
  uint8_t* p = buf;
  if (!p) p = static_cast<uint8_t*>(runtime::mallocgc(uintptr_t(n), nullptr, false));
  memcpy(p, tmp, size_t(n));
  return GoString{p, n};
}

GoString rt_slicebytetostring(uint8_t* buf, const uint8_t* p, intptr_t n) {
  (void)buf;
  uint8_t* data;
  GoString s = runtime::rawstring(n, &data);
  if (n > 0) memcpy(data, p, size_t(n));
  return s;
}

GoSlice rt_stringtoslicebyte(uint8_t* buf, const uint8_t* p, intptr_t n) {
  (void)buf;
  void* data = runtime::mallocgc(uintptr_t(n > 0 ? n : 0), nullptr, false);
  if (n > 0) memcpy(data, p, size_t(n));
  return GoSlice{data, n, n};
}

// Decodes the rune starting at byte k of a string (k < n, and p[k] is not ASCII);
// returns the rune (U+FFFD for invalid UTF-8) and the index of the next rune.
DecodedRune rt_decoderune(const uint8_t* p, intptr_t n, int64_t k) {
  auto cont = [&](int64_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
  uint8_t c0 = p[k];
  if (c0 >= 0xC2 && c0 <= 0xDF && cont(k + 1)) {
    return {int32_t(((c0 & 0x1F) << 6) | (p[k + 1] & 0x3F)), k + 2};
  }
  if (c0 >= 0xE0 && c0 <= 0xEF && cont(k + 1) && cont(k + 2)) {
    int32_t r = ((c0 & 0x0F) << 12) | ((p[k + 1] & 0x3F) << 6) | (p[k + 2] & 0x3F);
    if (r >= 0x800 && (r < 0xD800 || r > 0xDFFF)) return {r, k + 3};
  }
  if (c0 >= 0xF0 && c0 <= 0xF4 && cont(k + 1) && cont(k + 2) && cont(k + 3)) {
    int32_t r = ((c0 & 0x07) << 18) | ((p[k + 1] & 0x3F) << 12) | ((p[k + 2] & 0x3F) << 6) |
                (p[k + 3] & 0x3F);
    if (r >= 0x10000 && r <= 0x10FFFF) return {r, k + 4};
  }
  return {0xFFFD, k + 1};
}

extern "C" {
GoSlice rt_stringtoslicerune(uint8_t* buf, const uint8_t* p, intptr_t n)
    RT_ENTRY(stringtoslicerune);
GoString rt_slicerunetostring(uint8_t* buf, const int32_t* p, intptr_t n)
    RT_ENTRY(slicerunetostring);
}

// []rune(s): one rune per UTF-8 sequence (U+FFFD for each invalid byte).
GoSlice rt_stringtoslicerune(uint8_t* buf, const uint8_t* p, intptr_t n) {
  (void)buf;
  intptr_t count = 0;
  for (intptr_t k = 0; k < n; count++) k = p[k] < 0x80 ? k + 1 : rt_decoderune(p, n, k).pos;
  auto* runes = static_cast<int32_t*>(runtime::mallocgc(uintptr_t(count) * 4, nullptr, true));
  intptr_t i = 0;
  for (intptr_t k = 0; k < n; i++) {
    if (p[k] < 0x80) {
      runes[i] = p[k++];
    } else {
      DecodedRune d = rt_decoderune(p, n, k);
      runes[i] = d.r;
      k = d.pos;
    }
  }
  return GoSlice{runes, count, count};
}

// string(runes): the UTF-8 encoding of each rune.
GoString rt_slicerunetostring(uint8_t* buf, const int32_t* p, intptr_t n) {
  (void)buf;
  uint8_t tmp[4];
  intptr_t total = 0;
  for (intptr_t i = 0; i < n; i++) total += runtime::encoderune(tmp, p[i]);
  uint8_t* data;
  GoString s = runtime::rawstring(total, &data);
  for (intptr_t i = 0; i < n; i++) data += runtime::encoderune(data, p[i]);
  return s;
}
