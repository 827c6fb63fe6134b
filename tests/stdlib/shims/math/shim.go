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
