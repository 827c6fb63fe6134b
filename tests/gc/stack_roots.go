// Checks stack roots: heap objects reachable only from locals, arguments, results and deferred closures across calls that allocate garbage.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type obj struct {
	id    int
	words []int
	name  string
	child *obj
}

func mk(id int) *obj {
	o := &obj{id: id, words: make([]int, 3+id%17), name: "o" + strconv.Itoa(id)}
	for i := range o.words {
		o.words[i] = id*3 + i
	}
	if id%2 == 0 {
		o.child = &obj{id: -id, name: "c" + strconv.Itoa(id)}
	}
	return o
}

func check(o *obj, id int) int {
	if o == nil || o.id != id || len(o.words) != 3+id%17 || o.name != "o"+strconv.Itoa(id) {
		fmt.Println("FAIL obj", id)
		os.Exit(1)
	}
	s := 0
	for i, w := range o.words {
		if w != id*3+i {
			fmt.Println("FAIL words", id, i)
			os.Exit(1)
		}
		s += w
	}
	if id%2 == 0 && (o.child == nil || o.child.id != -id || o.child.name != "c"+strconv.Itoa(id)) {
		fmt.Println("FAIL child", id)
		os.Exit(1)
	}
	return s
}

// churn allocates about n KB of garbage of mixed shapes.
func churn(n int) int {
	t := 0
	var last *obj
	for i := 0; i < n; i++ {
		b := make([]byte, 512+i%512)
		b[i%len(b)] = byte(i)
		o := &obj{id: i, child: last, words: make([]int, 8)}
		last = o
		t += int(b[i%len(b)]) + len(o.words)
	}
	return t
}

// pass threads a pointer through several frames that allocate garbage and
// returns it from the innermost one.
func pass(o *obj, depth int) *obj {
	if depth == 0 {
		churn(20)
		return o
	}
	other := mk(o.id + 1000000)
	r := pass(o, depth-1)
	check(other, o.id+1000000)
	return r
}

var garbageTotal int

// deep keeps pointers in locals, in a local array, in an interface local and
// in a deferred closure, recursing while garbage is allocated.
func deep(level, base int) (result int) {
	local := mk(base + level)
	var arr [4]*obj
	for i := range arr {
		arr[i] = mk(base + 100 + level*4 + i)
	}
	var iface any = mk(base + 500 + level)
	deferred := mk(base + 700 + level)
	defer func() {
		// Only this closure refers to deferred once deep returns its value.
		garbageTotal += churn(10)
		result += check(deferred, base+700+level)
	}()
	deferred2 := mk(base + 900 + level)
	defer func(o *obj) {
		result += check(o, base+900+level)
	}(deferred2)
	deferred2 = nil
	garbageTotal += churn(30)
	if level > 0 {
		result += deep(level-1, base)
	}
	garbageTotal += churn(30)
	p := pass(arr[level%4], 5)
	result += check(p, base+100+level*4+level%4)
	result += check(local, base+level)
	for i := range arr {
		result += check(arr[i], base+100+level*4+i)
	}
	result += check(iface.(*obj), base+500+level)
	return result
}

// recovered panics with a pointer; the recovering deferred closure checks it
// after garbage has been allocated.
func recovered(id int) (r int) {
	defer func() {
		v := recover()
		churn(20)
		r = check(v.(*obj), id)
	}()
	o := mk(id)
	churn(20)
	panic(o)
}

func main() {
	total := 0
	for round := 1; round <= 60; round++ {
		for k := 0; k < 6; k++ {
			total += deep(12, round*10000+k*1000)
		}
		for k := 0; k < 20; k++ {
			total += recovered(round*100 + k)
		}
		if round%10 == 0 {
			fmt.Println("round", round, "total", total)
		}
	}
	fmt.Println("garbage", garbageTotal)
}
