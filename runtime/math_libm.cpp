// math_libm.cpp — the transcendental primitives of the stdlib's math package
// (stdlib/math/libm.go): each is the C library's function of the same name (glibc's libm),
// called for finite arguments after stdlib/math has handled Go's special cases. glibc's
// results are within an ulp or so of the exact values, as Go's are, but the two need not
// round the same way: a result may differ from Go 1.19's in the last bit (see
// tests/stdlib/libm_diff.py, which measures how often).
#include <math.h>

#include <cstdint>

#define LIBM_ENTRY(name) __asm__("math." #name)

extern "C" {
double math_libmExp(double x) LIBM_ENTRY(libmExp);
double math_libmExp2(double x) LIBM_ENTRY(libmExp2);
double math_libmExpm1(double x) LIBM_ENTRY(libmExpm1);
double math_libmLog(double x) LIBM_ENTRY(libmLog);
double math_libmLog1p(double x) LIBM_ENTRY(libmLog1p);
double math_libmSin(double x) LIBM_ENTRY(libmSin);
double math_libmCos(double x) LIBM_ENTRY(libmCos);
double math_libmTan(double x) LIBM_ENTRY(libmTan);
double math_libmAtan(double x) LIBM_ENTRY(libmAtan);
double math_libmSinh(double x) LIBM_ENTRY(libmSinh);
double math_libmTanh(double x) LIBM_ENTRY(libmTanh);
double math_libmAsinh(double x) LIBM_ENTRY(libmAsinh);
double math_libmAcosh(double x) LIBM_ENTRY(libmAcosh);
double math_libmAtanh(double x) LIBM_ENTRY(libmAtanh);
double math_libmCbrt(double x) LIBM_ENTRY(libmCbrt);
double math_libmRemainder(double x, double y) LIBM_ENTRY(libmRemainder);
double math_libmTgamma(double x) LIBM_ENTRY(libmTgamma);
double math_libmLgamma(double x) LIBM_ENTRY(libmLgamma);
double math_libmErf(double x) LIBM_ENTRY(libmErf);
double math_libmErfc(double x) LIBM_ENTRY(libmErfc);
double math_libmJ0(double x) LIBM_ENTRY(libmJ0);
double math_libmJ1(double x) LIBM_ENTRY(libmJ1);
double math_libmJn(int32_t n, double x) LIBM_ENTRY(libmJn);
double math_libmY0(double x) LIBM_ENTRY(libmY0);
double math_libmY1(double x) LIBM_ENTRY(libmY1);
double math_libmYn(int32_t n, double x) LIBM_ENTRY(libmYn);
}

double math_libmExp(double x) {
  return exp(x);
}
double math_libmExp2(double x) {
  return exp2(x);
}
double math_libmExpm1(double x) {
  return expm1(x);
}
double math_libmLog(double x) {
  return log(x);
}
double math_libmLog1p(double x) {
  return log1p(x);
}
double math_libmSin(double x) {
  return sin(x);
}
double math_libmCos(double x) {
  return cos(x);
}
double math_libmTan(double x) {
  return tan(x);
}
double math_libmAtan(double x) {
  return atan(x);
}
double math_libmSinh(double x) {
  return sinh(x);
}
double math_libmTanh(double x) {
  return tanh(x);
}
double math_libmAsinh(double x) {
  return asinh(x);
}
double math_libmAcosh(double x) {
  return acosh(x);
}
double math_libmAtanh(double x) {
  return atanh(x);
}
double math_libmCbrt(double x) {
  return cbrt(x);
}
double math_libmRemainder(double x, double y) {
  return remainder(x, y);
}
double math_libmTgamma(double x) {
  return tgamma(x);
}

// lgamma_r, not lgamma: the latter writes the global signgam. The sign is computed in Go.
double math_libmLgamma(double x) {
  int sign;
  return lgamma_r(x, &sign);
}

double math_libmErf(double x) {
  return erf(x);
}
double math_libmErfc(double x) {
  return erfc(x);
}
double math_libmJ0(double x) {
  return j0(x);
}
double math_libmJ1(double x) {
  return j1(x);
}
double math_libmJn(int32_t n, double x) {
  return jn(n, x);
}
double math_libmY0(double x) {
  return y0(x);
}
double math_libmY1(double x) {
  return y1(x);
}
double math_libmYn(int32_t n, double x) {
  return yn(n, x);
}
