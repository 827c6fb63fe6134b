// Goroutines allocate while the collector runs: the lists live only on their stacks
// (parked in Gosched and Sleep while cycles run), and must survive intact.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type node struct {
	val  int
	next *node
	pad  [4]int
}

const workers = 8

var ok [workers]bool
var finished [workers]bool

func build(n, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: i*seed + 1, next: head}
	}
	return head
}

func check(head *node, n, seed int) bool {
	for i := n - 1; i >= 0; i-- {
		if head == nil || head.val != i*seed+1 {
			return false
		}
		head = head.next
	}
	return head == nil
}

func worker(id int) {
	good := true
	for round := 0; round < 20; round++ {
		l := build(2000, id+round)
		runtime.Gosched()
		garbage := build(3000, 7)
		_ = garbage
		if round%5 == 0 {
			time.Sleep(time.Millisecond)
		}
		if !check(l, 2000, id+round) {
			good = false
		}
	}
	ok[id] = good
	finished[id] = true
}

func main() {
	for i := 0; i < workers; i++ {
		go worker(i)
	}
	for {
		all := true
		for i := 0; i < workers; i++ {
			if !finished[i] {
				all = false
			}
		}
		if all {
			break
		}
		runtime.GC()
		runtime.Gosched()
	}
	fmt.Println(ok)
}
