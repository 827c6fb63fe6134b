// Checks the empty interface and any: holding any value, dynamic type comparison, nil interfaces.
package main

import "fmt"

type T struct{ A int }

func kind(v any) string {
	switch v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return "integer"
	case string:
		return "string"
	case []int:
		return "slice"
	case T, *T:
		return "T"
	case func():
		return "func"
	case error:
		return "error"
	}
	return "unknown"
}

func main() {
	values := []interface{}{1, int64(2), "three", []int{4}, T{5}, &T{6}, func() {}, nil, 7.5, map[string]int{}}
	for _, v := range values {
		fmt.Print(kind(v), " ")
	}
	fmt.Println()
	var x any
	fmt.Println(x == nil, x)
	x = 3
	fmt.Println(x == 3, x == 3.0, x == int64(3), x != nil)
	x = "s"
	fmt.Println(x == "s")
	var y interface{} = T{1}
	fmt.Println(y == T{1}, y == T{2})
	var pt *T
	var z interface{} = pt
	fmt.Println(pt == nil, z == nil, z == (*T)(nil))
	mixed := map[string]interface{}{"n": 1, "s": "str", "b": true}
	fmt.Println(mixed["n"], mixed["s"], mixed["b"], mixed["none"])
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	fmt.Println(values[0], values[2], values[4], values[7])
}
