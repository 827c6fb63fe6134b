// spectral-norm: estimates the spectral norm (largest singular value) of the
// infinite matrix A with a(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), truncated to N x N,
// by ten rounds of the power method on A^T A, and prints it with 9 decimals.
//
// Usage: spectral-norm [N]   (default 100)
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

// a returns the matrix entry at row i, column j (0-based).
func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

// mulAv sets out = A v.
func mulAv(v, out []float64) {
	n := len(v)
	for i := 0; i < n; i++ {
		sum := 0.0
		for j := 0; j < n; j++ {
			sum += a(i, j) * v[j]
		}
		out[i] = sum
	}
}

// mulAtv sets out = A^T v.
func mulAtv(v, out []float64) {
	n := len(v)
	for i := 0; i < n; i++ {
		sum := 0.0
		for j := 0; j < n; j++ {
			sum += a(j, i) * v[j]
		}
		out[i] = sum
	}
}

// mulAtAv sets out = A^T A v, using tmp as scratch space.
func mulAtAv(v, out, tmp []float64) {
	mulAv(v, tmp)
	mulAtv(tmp, out)
}

func main() {
	n := 100
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 1 {
			panic("usage: spectral-norm [N], N a positive integer")
		}
		n = v
	}
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < n; i++ {
		u[i] = 1.0
	}
	for round := 0; round < 10; round++ {
		mulAtAv(u, v, tmp)
		mulAtAv(v, u, tmp)
	}
	uv, vv := 0.0, 0.0
	for i := 0; i < n; i++ {
		uv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%0.9f\n", math.Sqrt(uv/vv))
}
