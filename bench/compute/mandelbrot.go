// mandelbrot: computes the N x N bitmap of the Mandelbrot set over the square
// [-1.5, 0.5] x [-1, 1] (50 iterations, escape radius 2), packed as in a PBM
// image: one bit per pixel, most significant bit first, each row padded to a
// whole byte. Instead of the image it prints the number of points in the set
// and a hash of the bitmap bytes, so that the output stays textual.
//
// Usage: mandelbrot [N]   (default 200)
package main

import (
	"fmt"
	"os"
	"strconv"
)

const (
	maxIter = 50
	limit2  = 4.0 // escape radius squared
	hashMod = 2147483647
)

// inSet reports whether c = cr + ci*i stays within the escape radius for
// maxIter iterations of z = z*z + c.
func inSet(cr, ci float64) bool {
	zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
	for i := 0; i < maxIter; i++ {
		zi = 2.0*zr*zi + ci
		zr = tr - ti + cr
		tr = zr * zr
		ti = zi * zi
		if tr+ti > limit2 {
			return false
		}
	}
	return true
}

// row fills bits with the packed pixels of row y of an n x n image and
// returns how many of them are in the set.
func row(y, n int, bits []int) int {
	ci := 2.0*float64(y)/float64(n) - 1.0
	inside := 0
	b, nbits, k := 0, 0, 0
	for x := 0; x < n; x++ {
		cr := 2.0*float64(x)/float64(n) - 1.5
		b <<= 1
		if inSet(cr, ci) {
			b |= 1
			inside++
		}
		nbits++
		if nbits == 8 {
			bits[k] = b
			k++
			b, nbits = 0, 0
		}
	}
	if nbits > 0 {
		bits[k] = b << (8 - nbits)
	}
	return inside
}

func main() {
	n := 200
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 1 {
			panic("usage: mandelbrot [N], N a positive integer")
		}
		n = v
	}
	rowBytes := (n + 7) / 8
	bits := make([]int, rowBytes)
	inside := 0
	hash := 0
	for y := 0; y < n; y++ {
		inside += row(y, n, bits)
		for k := 0; k < rowBytes; k++ {
			hash = (hash*31 + bits[k]) % hashMod
		}
	}
	fmt.Printf("P4 %d x %d: %d points in the set, bitmap hash %d\n", n, n, inside, hash)
}
