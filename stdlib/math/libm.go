package math

// The C library's transcendental functions (glibc's libm), runtime primitives
// provided by runtime/math_libm.cpp under the symbol "math.<name>". Each is
// called only after the exported function has handled Go's special cases, so its
// own treatment of NaNs, infinities, zeros and the edges of its domain does not
// matter. A result is the C function's: within an ulp or so of the exact value,
// as Go's own is, but not always rounded the same way as Go's.

func libmExp(x float64) float64          // exp
func libmExp2(x float64) float64         // exp2
func libmExpm1(x float64) float64        // expm1
func libmLog(x float64) float64          // log
func libmLog1p(x float64) float64        // log1p
func libmSin(x float64) float64          // sin
func libmCos(x float64) float64          // cos
func libmTan(x float64) float64          // tan
func libmAtan(x float64) float64         // atan
func libmSinh(x float64) float64         // sinh
func libmTanh(x float64) float64         // tanh
func libmAsinh(x float64) float64        // asinh
func libmAcosh(x float64) float64        // acosh
func libmAtanh(x float64) float64        // atanh
func libmCbrt(x float64) float64         // cbrt
func libmRemainder(x, y float64) float64 // remainder
func libmTgamma(x float64) float64       // tgamma
func libmLgamma(x float64) float64       // lgamma_r, without the sign
func libmErf(x float64) float64          // erf
func libmErfc(x float64) float64         // erfc
func libmJ0(x float64) float64           // j0
func libmJ1(x float64) float64           // j1
func libmJn(n int32, x float64) float64  // jn
func libmY0(x float64) float64           // y0
func libmY1(x float64) float64           // y1
func libmYn(n int32, x float64) float64  // yn
