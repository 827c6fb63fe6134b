// math.cpp — the primitives of the stdlib's math package (stdlib/math/math.go): the
// exact IEEE 754 operations (square root, rounding to an integer, fused multiply-add),
// the bit conversions between floats and integers, and the CPU feature test that Go's
// amd64 Exp uses to choose its FMA path. Results are bit-identical to Go's on amd64:
// each is a single correctly rounded IEEE operation (SQRTSD, ROUNDSD, or a correctly
// rounded fma, in hardware or in libm).
#include <cpuid.h>

#include <cmath>
#include <cstdint>
#include <cstring>

#define MATH_ENTRY(name) __asm__("math." #name)

extern "C" {
uint64_t math_Float64bits(double f) MATH_ENTRY(Float64bits);
double math_Float64frombits(uint64_t b) MATH_ENTRY(Float64frombits);
uint32_t math_Float32bits(float f) MATH_ENTRY(Float32bits);
float math_Float32frombits(uint32_t b) MATH_ENTRY(Float32frombits);
double math_Sqrt(double x) MATH_ENTRY(Sqrt);
double math_Floor(double x) MATH_ENTRY(Floor);
double math_Ceil(double x) MATH_ENTRY(Ceil);
double math_Trunc(double x) MATH_ENTRY(Trunc);
double math_FMA(double x, double y, double z) MATH_ENTRY(FMA);
bool math_cpuHasFMA() MATH_ENTRY(cpuHasFMA);
}

// The bit conversions are copies: no float operation touches the value, so NaN payloads
// (and signalling NaNs) pass unchanged.
uint64_t math_Float64bits(double f) {
  uint64_t b;
  memcpy(&b, &f, sizeof b);
  return b;
}

double math_Float64frombits(uint64_t b) {
  double f;
  memcpy(&f, &b, sizeof f);
  return f;
}

uint32_t math_Float32bits(float f) {
  uint32_t b;
  memcpy(&b, &f, sizeof b);
  return b;
}

float math_Float32frombits(uint32_t b) {
  float f;
  memcpy(&f, &b, sizeof f);
  return f;
}

// Sqrt(x < 0) and Sqrt(NaN) are NaN (the default NaN, as SQRTSD gives); ±0 and +Inf are
// returned as is.
double math_Sqrt(double x) {
  return std::sqrt(x);
}

// Floor, Ceil, Trunc keep ±0, ±Inf and NaN, and the sign of a zero result (Ceil(-0.5)
// is -0), as IEEE's roundToIntegral operations.
double math_Floor(double x) {
  return std::floor(x);
}

double math_Ceil(double x) {
  return std::ceil(x);
}

double math_Trunc(double x) {
  return std::trunc(x);
}

// x*y + z with one rounding: VFMADD when the CPU has it, else glibc's correctly rounded
// software fma (never a multiply then an add).
double math_FMA(double x, double y, double z) {
  return std::fma(x, y, z);
}

namespace {

// Go's internal/cpu for amd64: HasAVX2 && HasFMA, each requiring the OS to save the AVX
// state (OSXSAVE, and XCR0 enabling the SSE and AVX state components).
bool detectFMA() {
  unsigned eax, ebx, ecx, edx;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return false;
  bool fma = (ecx & (1u << 12)) != 0;
  bool osxsave = (ecx & (1u << 27)) != 0;
  if (!fma || !osxsave) return false;
  uint32_t xcr0lo, xcr0hi;
  __asm__ volatile("xgetbv" : "=a"(xcr0lo), "=d"(xcr0hi) : "c"(0));
  if ((xcr0lo & 6) != 6) return false;  // XMM and YMM state
  if (__get_cpuid_max(0, nullptr) < 7) return false;
  __cpuid_count(7, 0, eax, ebx, ecx, edx);
  return (ebx & (1u << 5)) != 0;  // AVX2
}

}  // namespace

bool math_cpuHasFMA() {
  static const bool has = detectFMA();
  return has;
}
