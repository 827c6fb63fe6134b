// Checks a failed type assertion from interface{} to a concrete type: "interface conversion: interface {} is string, not int".
package main

import "fmt"

func main() {
	var v interface{} = 42
	fmt.Println(v.(int))
	v = "forty-two"
	n := v.(int)
	fmt.Println(n)
}
