// Unlock of an RWMutex that is not write-locked is a fatal error, exit status 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	fmt.Println("unlocking again")
	rw.Unlock()
}
