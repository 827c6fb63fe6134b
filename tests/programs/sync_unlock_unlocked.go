// Unlock of an unlocked Mutex is a fatal error (not a panic: deferred calls do not
// run, recover cannot stop it), exit status 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("not printed")
	defer func() { recover() }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
