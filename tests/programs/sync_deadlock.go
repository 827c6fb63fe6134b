// Locking a Mutex twice in the only goroutine: Go's deadlock fatal error, exit 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locking again")
	mu.Lock()
}
