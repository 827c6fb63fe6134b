// Checks float to integer conversions of every size for out-of-range values, infinities and NaN, as Go on amd64 computes them.
package main

import (
	"fmt"
	"math"
)

//go:noinline
func id(f float64) float64 { return f }

//go:noinline
func id32(f float32) float32 { return f }

func main() {
	vals := []float64{0, 1.5, -1.5, 127.9, 128, 255.5, 256, -129, 32767.5, 65535.9, 65536, 1e10, -1e10,
		2147483647.5, 2147483648, 4294967295.5, 4294967296, 9.3e18, 1.8e19, 2e19, 1e30, -1e30,
		math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range vals {
		f := id(v)
		fmt.Println(v, int(f), int8(f), int16(f), int32(f), int64(f), uint(f), uint8(f), uint16(f), uint32(f), uint64(f), uintptr(f))
		g := id32(float32(v))
		fmt.Println(" f32", int(g), int8(g), int16(g), int32(g), int64(g), uint8(g), uint16(g), uint32(g), uint64(g))
	}
}
