// Checks using an imported package name as a value: "use of package fmt without selector".
package main

import "fmt"

func main() {
	x := fmt // ERROR "use of package fmt not in selector$"
	fmt.Println(fmt) // ERROR "use of package fmt not in selector$"
	_ = x
	var y = fmt // ERROR "use of package fmt not in selector$"
	_ = y
}
