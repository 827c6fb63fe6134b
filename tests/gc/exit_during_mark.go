// Returns from main while a collection is marking a large heap: the process must exit
// with status 0 and nothing else, though the collector's threads are still working
// (regression: exit ran C++ static destructors under the running mark and crashed).
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  [2]int
}

var head *node

func main() {
	for i := 0; i < 1<<20; i++ {
		head = &node{next: head, val: [2]int{i, i}}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	n0 := ms.NumGC
	// Allocate garbage until the heap reaches its goal and the next cycle starts; the
	// mark of a million live nodes then takes milliseconds, and main returns under it.
	var sink []byte
	for i := 0; i < 1<<16; i++ {
		sink = make([]byte, 1024)
	}
	_ = sink
	fmt.Println("live", head.val[0], ms.NumGC >= n0)
}
