// Checks the documented special cases of math's transcendental functions (exact results, signed zeros shown by Signbit) and Go's amd64 quirks (Exp overflowing from 709.44, Log of a subnormal).
package main

import (
	"fmt"
	"math"
)

var (
	inf  = math.Inf(1)
	ninf = math.Inf(-1)
	nan  = math.NaN()
	nz   = math.Copysign(0, -1)
)

// show prints a result with the sign of a zero visible.
func show(name string, v float64) {
	if v == 0 && math.Signbit(v) {
		fmt.Printf("%s=-0 ", name)
		return
	}
	fmt.Printf("%s=%v ", name, v)
}

func main() {
	args := []float64{0, nz, inf, ninf, nan}
	one := []struct {
		name string
		f    func(float64) float64
	}{
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log", math.Log}, {"Log10", math.Log10},
		{"Log2", math.Log2}, {"Log1p", math.Log1p}, {"Logb", math.Logb}, {"Sin", math.Sin}, {"Cos", math.Cos},
		{"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan}, {"Sinh", math.Sinh},
		{"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh},
		{"Cbrt", math.Cbrt}, {"Gamma", math.Gamma}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfinv", math.Erfinv},
		{"Erfcinv", math.Erfcinv}, {"J0", math.J0}, {"J1", math.J1}, {"Y0", math.Y0}, {"Y1", math.Y1},
	}
	for _, f := range one {
		fmt.Printf("%-8s", f.name)
		for _, x := range args {
			show(fmt.Sprint(x), f.f(x))
		}
		fmt.Println()
	}

	// Domain edges.
	fmt.Println(math.Log(-1), math.Log1p(-1), math.Log1p(-2), math.Sqrt(-1), math.Asin(1.5), math.Acos(-2), math.Acosh(0.5))
	fmt.Println(math.Atanh(1), math.Atanh(-1), math.Atanh(2), math.Erfinv(1), math.Erfinv(-1), math.Erfinv(1.5), math.Erfcinv(0), math.Erfcinv(2))
	fmt.Println(math.Gamma(-1), math.Gamma(-2), math.Gamma(1), math.Gamma(5), math.Gamma(11), math.Gamma(172), math.Gamma(-1e300))
	for _, x := range []float64{0, nz, -1, -2, 1, 2, inf, ninf, nan, -1e300} {
		v, s := math.Lgamma(x)
		fmt.Print(v, " ", s, "; ")
	}
	fmt.Println()
	fmt.Println(math.Exp(709.4) < inf, math.Exp(709.5), math.Exp(710), math.Exp(-746), math.Exp2(1024), math.Exp2(-1075), math.Exp2(10), math.Exp2(-3))
	fmt.Printf("%.6f %.6f %v %v\n", math.Log(5e-324), math.Log10(5e-324), math.Log2(5e-324), math.Log2(0.125))
	fmt.Println(math.Sinh(710) == inf, math.Cosh(709.5), math.Tanh(50), math.Tanh(-50), math.Cosh(nz))
	fmt.Println(math.Log10(1000), math.Log10(1e-5), math.Log2(1024), math.Log(1), math.Exp(0), math.Exp2(0.5) > 1.414)

	// Pow's special cases, in order.
	pows := [][2]float64{{2, 0}, {nan, nz}, {1, nan}, {1, inf}, {7, 1}, {nan, 2}, {2, nan}, {0, -3}, {nz, -3}, {0, ninf},
		{nz, inf}, {0, -2}, {nz, -0.5}, {0, 3}, {nz, 3}, {nz, 2}, {0, 0.5}, {-1, inf}, {-1, ninf}, {2, inf}, {2, ninf},
		{0.5, inf}, {0.5, ninf}, {-0.5, inf}, {inf, 2}, {inf, -2}, {ninf, 3}, {ninf, 2}, {ninf, -3}, {ninf, -2},
		{-8, 1.0 / 3}, {-2, 3}, {-2, -3}, {2, 10}, {10, 15}, {2, -1074}, {2, -1075}, {2, 1023}, {2, 1024}, {-1, 1e300},
		{0.5, 1e300}, {4, 0.5}, {4, -0.5}, {-4, 0.5}}
	for _, p := range pows {
		show(fmt.Sprintf("Pow(%v,%v)", p[0], p[1]), math.Pow(p[0], p[1]))
	}
	fmt.Println()

	// Atan2 and Hypot.
	for _, p := range [][2]float64{{0, 1}, {nz, 1}, {0, -1}, {nz, -1}, {0, 0}, {nz, nz}, {0, nz}, {nz, 0}, {1, 0}, {-1, 0},
		{inf, inf}, {ninf, inf}, {inf, ninf}, {ninf, ninf}, {1, inf}, {-1, inf}, {1, ninf}, {-1, ninf}, {inf, 1}, {ninf, 1},
		{nan, 1}, {1, nan}} {
		show(fmt.Sprintf("Atan2(%v,%v)", p[0], p[1]), math.Atan2(p[0], p[1]))
	}
	fmt.Println()
	fmt.Println(math.Hypot(3, 4), math.Hypot(-5, 12), math.Hypot(inf, nan), math.Hypot(nan, ninf), math.Hypot(nan, 1), math.Hypot(0, 0), math.Hypot(1e300, 1e300) < inf)

	// Exact functions.
	fmt.Println(math.Remainder(10, 3), math.Remainder(11, 3), math.Remainder(-10, 3), math.Remainder(5, inf), math.Remainder(inf, 2), math.Remainder(2, 0))
	show("Remainder(-4,2)", math.Remainder(-4, 2))
	show("Remainder(4,-2)", math.Remainder(4, -2))
	fmt.Println()
	fmt.Println(math.Pow10(0), math.Pow10(22), math.Pow10(-5), math.Pow10(308), math.Pow10(309), math.Pow10(-323), math.Pow10(-324))
	fmt.Println(math.Logb(8), math.Logb(-0.1), math.Logb(5e-324), math.Ilogb(8), math.Ilogb(0), math.Ilogb(inf), math.Ilogb(nan), math.Ilogb(5e-324))
	fmt.Println(math.Cbrt(27), math.Cbrt(-8), math.Cbrt(1e-300), math.Cbrt(0.001))
	s, c := math.Sincos(0)
	fmt.Println(s, c, math.Sin(nz), math.Tan(nz))
	fmt.Println(math.Jn(2, inf), math.Jn(3, nan), math.Jn(-1, 0), math.Yn(2, 0), math.Yn(-1, 0), math.Yn(-2, 0), math.Yn(3, -1), math.Yn(1, inf))
}
