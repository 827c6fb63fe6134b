// Wait on a WaitGroup that nobody will bring to zero: deadlock, exit 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	fmt.Println("waiting")
	wg.Wait()
}
