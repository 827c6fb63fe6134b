// Test shim (not shipped): the math primitives, written with real Go.
package math

import (
	realmath "math"
	"os"
	"strings"
)

func Float64bits(f float64) uint64     { return realmath.Float64bits(f) }
func Float64frombits(b uint64) float64 { return realmath.Float64frombits(b) }
func Float32bits(f float32) uint32     { return realmath.Float32bits(f) }
func Float32frombits(b uint32) float32 { return realmath.Float32frombits(b) }
func Sqrt(x float64) float64           { return realmath.Sqrt(x) }
func Floor(x float64) float64          { return realmath.Floor(x) }
func Ceil(x float64) float64           { return realmath.Ceil(x) }
func Trunc(x float64) float64          { return realmath.Trunc(x) }
func FMA(x, y, z float64) float64      { return realmath.FMA(x, y, z) }

// cpuHasFMA: the CPU flags as Linux reports them (Go's internal/cpu is not importable).
func cpuHasFMA() bool {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "flags") {
			f := " " + line + " "
			return strings.Contains(f, " avx2 ") && strings.Contains(f, " fma ")
		}
	}
	return false
}

// The libm primitives (stdlib/math/libm.go): minigo's runtime calls the C
// library; the shim uses Go's own functions, so that the comparison tests check
// the Go side of minigo's math (special cases, Go's quirks and formulas) exactly.
// How often glibc's results differ from Go's is measured by ../../libm_diff.py.
func libmExp(x float64) float64          { return realmath.Exp(x) }
func libmExp2(x float64) float64         { return realmath.Exp2(x) }
func libmExpm1(x float64) float64        { return realmath.Expm1(x) }
func libmLog(x float64) float64          { return realmath.Log(x) }
func libmLog1p(x float64) float64        { return realmath.Log1p(x) }
func libmSin(x float64) float64          { return realmath.Sin(x) }
func libmCos(x float64) float64          { return realmath.Cos(x) }
func libmTan(x float64) float64          { return realmath.Tan(x) }
func libmAtan(x float64) float64         { return realmath.Atan(x) }
func libmSinh(x float64) float64         { return realmath.Sinh(x) }
func libmTanh(x float64) float64         { return realmath.Tanh(x) }
func libmAsinh(x float64) float64        { return realmath.Asinh(x) }
func libmAcosh(x float64) float64        { return realmath.Acosh(x) }
func libmAtanh(x float64) float64        { return realmath.Atanh(x) }
func libmCbrt(x float64) float64         { return realmath.Cbrt(x) }
func libmRemainder(x, y float64) float64 { return realmath.Remainder(x, y) }
func libmTgamma(x float64) float64       { return realmath.Gamma(x) }
func libmErf(x float64) float64          { return realmath.Erf(x) }
func libmErfc(x float64) float64         { return realmath.Erfc(x) }
func libmJ0(x float64) float64           { return realmath.J0(x) }
func libmJ1(x float64) float64           { return realmath.J1(x) }
func libmJn(n int32, x float64) float64  { return realmath.Jn(int(n), x) }
func libmY0(x float64) float64           { return realmath.Y0(x) }
func libmY1(x float64) float64           { return realmath.Y1(x) }
func libmYn(n int32, x float64) float64  { return realmath.Yn(int(n), x) }

func libmLgamma(x float64) float64 {
	v, _ := realmath.Lgamma(x)
	return v
}
