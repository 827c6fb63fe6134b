// Checks float and rune constants: exponents, hex floats, escapes, rune arithmetic.
package main

import "fmt"

const (
	Avogadro = 6.02214076e23
	Tiny     = 1e-10
	HexF     = 0x1p-2
	Under    = 1_000.000_5
	Ratio    = Avogadro / 1e23
)

const (
	A       = 'A'
	Newline = '\n'
	Tab     = '\t'
	Quote   = '\''
	Hex     = '\x41'
	Octal   = '\101'
	Uni     = '\u00e9'
	Big     = '\U0001F600'
	Next    = A + 1
	Lower   = A - 'A' + 'a'
)

func main() {
	fmt.Println(Avogadro, Tiny, HexF, Under)
	fmt.Println(Ratio > 6 && Ratio < 7)
	fmt.Println(A, Newline, Tab, Quote, Hex, Octal, Uni, Big)
	fmt.Println(string(rune(Next)), string(rune(Lower)), string(Uni), string(Big))
	var r rune = Big
	var f float32 = Tiny
	fmt.Println(r, f)
	fmt.Println(Hex == A, Octal == A)
	const half = 1 / 2.0
	const intFromFloat int = 4.0
	fmt.Println(half, intFromFloat)
	var d float64 = 'a'
	fmt.Println(d)
}
