// Checks many goroutines building and discarding linked lists and trees while
// another goroutine calls runtime.GC() repeatedly: every structure keeps its
// values (checksums match).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type node struct {
	val  int
	next *node
	data []int
}

type tree struct {
	left, right *tree
	key         int
	name        string
}

func buildList(seed, n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: seed + i, next: head, data: make([]int, i%8+1)}
		head.data[0] = i
	}
	return head
}

func sumList(l *node) int {
	s := 0
	for ; l != nil; l = l.next {
		s += l.val + l.data[0]
	}
	return s
}

func buildTree(depth, key int) *tree {
	if depth == 0 {
		return nil
	}
	return &tree{buildTree(depth-1, 2*key), buildTree(depth-1, 2*key+1), key, fmt.Sprint("k", key)}
}

func checkTree(t *tree) int {
	if t == nil {
		return 0
	}
	if t.name != fmt.Sprint("k", t.key) {
		return -1000000
	}
	return t.key + checkTree(t.left) + checkTree(t.right)
}

func main() {
	var stop int32
	gcDone := make(chan int)
	go func() {
		n := 0
		for atomic.LoadInt32(&stop) == 0 {
			runtime.GC()
			n++
			runtime.Gosched()
		}
		gcDone <- n
	}()
	var wg sync.WaitGroup
	sums := make([]int, 8)
	trees := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			keep := buildList(g*1000, 500)
			for round := 0; round < 20; round++ {
				tmp := buildList(round, 200)
				if sumList(tmp) != 200*round+199*200/2+199*200/2 {
					sums[g] = -1
					return
				}
				runtime.Gosched()
			}
			t := buildTree(10, 1)
			runtime.Gosched()
			sums[g] = sumList(keep)
			trees[g] = checkTree(t)
		}(g)
	}
	wg.Wait()
	atomic.StoreInt32(&stop, 1)
	collections := <-gcDone
	fmt.Println(sums)
	fmt.Println(trees)
	fmt.Println("collector ran:", collections > 0)
}
