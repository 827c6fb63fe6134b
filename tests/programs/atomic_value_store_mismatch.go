// An unrecovered atomic.Value misuse: Go's panic text and exit status 2.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store(1.5)
	fmt.Println(v.Load())
	v.Store(2)
}
