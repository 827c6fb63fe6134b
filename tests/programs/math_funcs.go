// Checks math.Sqrt, Floor, Ceil, Trunc, Round, Abs, Mod, Inf, NaN, IsNaN, IsInf, Max/Min and the integer limit constants as printed by fmt.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1))
	fmt.Println(math.Floor(2.7), math.Floor(-2.2), math.Ceil(2.1), math.Ceil(-2.9))
	fmt.Println(math.Trunc(-3.99), math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-7.25), math.Mod(7, 3), math.Mod(-7, 3), math.Max(3, 8), math.Min(3, 8))
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan, inf-inf, inf > math.MaxFloat64)
	fmt.Println(math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(inf, -1), nan == nan, nan != nan)
	fmt.Println(math.Max(nan, 1), math.Min(-0.0, 0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint8)
	var u uint64 = math.MaxUint64
	fmt.Println(u, math.MaxInt8, math.MinInt16)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.Pi)
	fmt.Printf("%.4f %.4f\n", math.Pi, math.E)
	f := 1e300
	fmt.Println(f*1e10, -f*1e10, int64(math.Floor(1e15+0.5)))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp, math.Float64bits(1.0))
	x := 10
	fmt.Println(math.Sqrt(float64(x*x+1)) > float64(x), int(math.Sqrt(float64(x))))
}
