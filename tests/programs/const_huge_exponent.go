// Checks float constants with huge negative exponents: exact as untyped constants, zero as float64.
package main

import "fmt"

const y = 1e-779137

func main() { fmt.Println(y == 0, y*1e779137) }

var x = 1e-779137

func init() { fmt.Println(x) }
