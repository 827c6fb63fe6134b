// Checks math's exponentials, logarithms, trigonometric, hyperbolic and special functions on ordinary arguments (printed to 10 significant digits, so that last-bit differences do not show) and integer powers exactly.
package main

import (
	"fmt"
	"math"
)

func main() {
	p := func(vs ...float64) {
		for i, v := range vs {
			if i > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%.10g", v)
		}
		fmt.Println()
	}
	p(math.Exp(1), math.Exp(-2.5), math.Exp(100), math.Exp2(0.5), math.Exp2(-20.25), math.Expm1(1e-8), math.Expm1(3))
	p(math.Log(math.E), math.Log(2), math.Log(1e-300), math.Log10(2), math.Log10(12345), math.Log2(3), math.Log2(1e10), math.Log1p(1e-9), math.Log1p(7))
	p(math.Pow(2, 0.5), math.Pow(10, -3.7), math.Pow(1.0001, 10000), math.Pow(123.456, 2.5), math.Pow(0.3, 1.5), math.Pow(2, -0.25))
	for deg := 0; deg <= 360; deg += 45 {
		r := float64(deg) * math.Pi / 180
		fmt.Printf("%3d %.10f %.10f %.6g\n", deg, math.Sin(r), math.Cos(r), math.Tan(r))
	}
	p(math.Sin(1e6), math.Cos(-123.456), math.Tan(1.5), math.Sin(1e-8))
	p(math.Asin(0.5), math.Acos(0.5), math.Atan(1), math.Atan(-1e10), math.Asin(-0.99), math.Acos(0.001))
	p(math.Atan2(1, 1), math.Atan2(1, -1), math.Atan2(-1, -1), math.Atan2(-3, 4), math.Atan2(1e-300, -1))
	p(math.Sinh(1), math.Cosh(1), math.Tanh(0.5), math.Sinh(-30), math.Cosh(100), math.Tanh(0.625), math.Tanh(-3))
	p(math.Asinh(1), math.Acosh(2), math.Atanh(0.5), math.Asinh(-1e10), math.Acosh(1e300), math.Atanh(-0.999))
	p(math.Cbrt(2), math.Cbrt(-1000), math.Hypot(1, 1), math.Hypot(1e200, 1e200), math.Remainder(100, 7.5), math.Mod(100, 7.5))
	p(math.Gamma(0.5), math.Gamma(4.5), math.Gamma(-1.5), math.Gamma(30), math.Gamma(100.25), math.Gamma(1e-5))
	for _, x := range []float64{0.5, 3, -2.5, 100, 1e-3} {
		v, s := math.Lgamma(x)
		fmt.Printf("Lgamma(%v) = %.10g %d\n", x, v, s)
	}
	p(math.Erf(0.5), math.Erf(-2), math.Erfc(0.5), math.Erfc(5), math.Erfinv(0.5), math.Erfinv(-0.999), math.Erfcinv(0.1))
	p(math.J0(2.5), math.J1(2.5), math.Jn(3, 2.5), math.Jn(-2, 7), math.Y0(2.5), math.Y1(2.5), math.Yn(4, 10))
	s, c := math.Sincos(2)
	p(s, c)

	// Integer powers are bit-identical to Go's: print them in full.
	principal := 1000.0
	for year := 1; year <= 10; year++ {
		fmt.Println(year, principal*math.Pow(1.05, float64(year)), math.Pow(1.1, float64(-year)))
	}
	fmt.Println(math.Pow(2, 62), math.Pow(-3, 5), math.Pow(0.1, 3), math.Pow(7, 22), math.Pow(1.5, 100), math.Pow(2, -1074))
	fmt.Println(math.Pow10(-7), math.Pow10(17), math.Pow10(300), math.Hypot(5, 12), math.Hypot(1e-320, 1e-320))
	fmt.Println(math.Gamma(10), math.Gamma(21), math.Gamma(25))

	// A numerical integral and a series.
	sum := 0.0
	const n = 1000
	for i := 0; i < n; i++ {
		x := (float64(i) + 0.5) / n
		sum += math.Exp(-x*x) / n
	}
	fmt.Printf("%.8f %.8f\n", sum, math.Sqrt(math.Pi)/2*math.Erf(1))
	e := 0.0
	for k := 0; k < 20; k++ {
		e += 1 / math.Gamma(float64(k+1))
	}
	fmt.Printf("%.12f %.12f\n", e, math.E)
}
