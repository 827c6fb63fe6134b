// Checks Unicode letters in identifiers, exported/unexported names with non-ASCII letters, and UTF-8 string content.
package main

import "fmt"

const π = 3.14159

var größe = 10

type Ünit struct{ ñame string }

func (u Ünit) naïve() string { return u.ñame + "!" }

func 日本語(n int) int { return n * 2 }

func main() {
	α, β := 1, 2
	_x9 := α + β
	fmt.Println(π, größe, _x9)
	u := Ünit{ñame: "ü"}
	fmt.Println(u.naïve(), 日本語(21))
	var ǅ = "title-case digraph"
	fmt.Println(ǅ)
	ℓ := "script l"
	fmt.Println(ℓ, len(ℓ))
	s := "naïve café 東京"
	runes := 0
	for range s {
		runes++
	}
	fmt.Println(len(s), runes)
}
