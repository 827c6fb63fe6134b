// Checks Printf float verbs %e %E %f %F %g %G %v with precision, width and flags, and Inf/NaN formatting.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := 1234.5678
	fmt.Printf("%e|%E|%f|%F|%g|%G|%v\n", x, x, x, x, x, x, x)
	fmt.Printf("%.2e|%.0f|%.3f|%.3g|%.10g\n", x, x, x, x, x)
	fmt.Printf("[%10.2f][%-10.2f][%010.2f][%+.1f][% .1f]\n", x, x, x, x, x)
	fmt.Printf("%#.0f|%#g|%#.3e\n", 3.0, 2.5, 1.0)
	small := 0.000012345
	fmt.Printf("%v|%g|%e|%f|%.3g\n", small, small, small, small, small)
	big := 1e21
	fmt.Printf("%v|%g|%f\n", big, big, big)
	fmt.Printf("%v %v %v %v\n", 1e20, 1e21, 100000.0, 0.1+0.2)
	var f32 float32 = 0.1
	fmt.Printf("%v %g %.10f %T\n", f32, f32, f32, f32)
	fmt.Printf("%v %v %v\n", float64(f32), float32(1)/3, 1.0/3)
	inf := math.Inf(1)
	fmt.Printf("%v|%f|%5.1f|%+v|%e\n", inf, -inf, inf, inf, math.Inf(-1))
	nan := math.NaN()
	fmt.Printf("%v|%f|%6v|%+v\n", nan, nan, nan, nan)
	fmt.Printf("%v %v\n", math.Copysign(0, -1), 0.0)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Println(3.0, 2.5e-7, -0.5, 1e6, 1e-4, 123456789.0)
	fmt.Printf("%x %X\n", 1.0, 0.5)
	fmt.Printf("%b\n", 8.0)
}
