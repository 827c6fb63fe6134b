// Checks typed and untyped constants: default types, mixing with typed operands, conversions.
package main

import "fmt"

type Celsius float64
type Count int

const untypedInt = 10
const untypedFloat = 2.5
const typedInt int32 = 7
const typedC Celsius = 36.6

func describe(v interface{}) string {
	switch v.(type) {
	case int:
		return "int"
	case float64:
		return "float64"
	case rune:
		return "rune"
	case string:
		return "string"
	case bool:
		return "bool"
	}
	return "other"
}

func main() {
	fmt.Println(describe(untypedInt), describe(untypedFloat), describe('x'), describe("s"), describe(1 < 2))
	var f float64 = untypedInt
	var c Count = untypedInt * 3
	var t Celsius = untypedFloat + typedC
	fmt.Println(f, c, t)
	fmt.Println(typedInt*2, typedInt/2)
	x := untypedInt / 4
	y := untypedInt / 4.0
	fmt.Println(x, y)
	const z = untypedFloat * 4
	var k int = z
	fmt.Println(k)
	var b byte = 'A' + 2
	fmt.Println(b, string(rune(b)))
	const str = "con" + "cat"
	fmt.Println(str, len(str))
	type MyBool bool
	var mb MyBool = 3 > 2
	fmt.Println(mb)
}
