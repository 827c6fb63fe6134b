// Checks math's runtime primitives: Sqrt, Floor, Ceil, Trunc, FMA and the bit
// conversions, with their IEEE edge cases (±0, ±Inf, NaN, single rounding of FMA).
package main

import "math"

func show(name string, f float64) {
	println(name, f, math.Float64bits(f))
}

func main() {
	negZero := math.Copysign(0, -1)
	inf := math.Inf(1)
	nan := math.NaN()

	show("sqrt2", math.Sqrt(2))
	show("sqrt16", math.Sqrt(16))
	show("sqrt-0", math.Sqrt(negZero))
	show("sqrtinf", math.Sqrt(inf))
	println("sqrt-1 nan", math.IsNaN(math.Sqrt(-1)))
	println("sqrtnan nan", math.IsNaN(math.Sqrt(nan)))

	show("floor-1.5", math.Floor(-1.5))
	show("floor1.5", math.Floor(1.5))
	show("floor-0", math.Floor(negZero))
	show("floor-inf", math.Floor(-inf))
	show("ceil-0.5", math.Ceil(-0.5))
	show("ceil1.2", math.Ceil(1.2))
	show("trunc-2.7", math.Trunc(-2.7))
	show("trunc-0.5", math.Trunc(-0.5))
	show("trunc1e300", math.Trunc(1e300))
	println("floornan nan", math.IsNaN(math.Floor(nan)))

	// FMA rounds once: 0.1*10-1 is 0 with two roundings, 2^-54 with one.
	x, y, z := 0.1, 10.0, -1.0
	show("fma", math.FMA(x, y, z))
	show("mul-add", x*y+z)
	show("fma-big", math.FMA(1e308, 10, -inf))
	show("fma-exact", math.FMA(3, 4, 5))

	println(math.Float32bits(1.5), math.Float32frombits(0x40490fdb))
	show("frombits", math.Float64frombits(0x400921fb54442d18))
	show("round", math.Round(-2.5))
	show("roundeven", math.RoundToEven(2.5))
	fr, ex := math.Frexp(8)
	println(fr, ex)
	show("ldexp", math.Ldexp(0.5, -1074))
	show("modf", math.Mod(7, 3))
}
