// Checks shifting by a negative signed variable amount: "negative shift amount".
package main

import "fmt"

func main() {
	x := 1
	for s := 2; s >= -1; s-- {
		fmt.Println(s, x<<s)
	}
}
