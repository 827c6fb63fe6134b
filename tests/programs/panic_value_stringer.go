// Checks panic with a custom Stringer value: Go 1.19 prints its String() result, not the underlying int.
package main

import "fmt"

type Level int

func (l Level) String() string {
	return [...]string{"low", "mid", "high"}[l]
}

func main() {
	fmt.Println(Level(1))
	panic(Level(2))
}
