// Checks assignability: identical underlying types with unnamed sides, channel directions, nil, interfaces and untyped values.
package main

import "fmt"

type IntSlice []int
type Callback func(string) int
type Pair struct{ A, B int }
type Meters int

func total(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func send(ch chan<- int, v int) { ch <- v }
func recv(ch <-chan int) int    { return <-ch }

func main() {
	var is IntSlice = []int{1, 2, 3}
	fmt.Println(total(is))
	var plain []int = is
	is = plain
	fmt.Println(len(plain), len(is))
	var cb Callback = func(s string) int { return len(s) }
	var f func(string) int = cb
	fmt.Println(cb("abc"), f("de"))
	var anon struct{ A, B int } = Pair{1, 2}
	var p Pair = anon
	fmt.Println(p, anon)
	ch := make(chan int, 1)
	send(ch, 7)
	fmt.Println(recv(ch))
	var sendOnly chan<- int = ch
	var recvOnly <-chan int = ch
	sendOnly <- 8
	fmt.Println(<-recvOnly)
	var m Meters = 5
	m = m + 2
	var any interface{} = m
	_, isInt := any.(int)
	fmt.Println(m, isInt)
	var ptr *int = nil
	var fn func() = nil
	var mp map[string]int = nil
	var sl []byte = nil
	var ifc error = nil
	var chn chan bool = nil
	fmt.Println(ptr == nil, fn == nil, mp == nil, sl == nil, ifc == nil, chn == nil)
	var arr [2]IntSlice = [2]IntSlice{{1}, []int{2, 3}}
	fmt.Println(len(arr[1]))
	var r rune = 'x'
	var i32 int32 = r
	var b byte = 255
	var u8 uint8 = b
	fmt.Println(i32, u8)
	var e interface{ Error() string } = nil
	var err error = e
	fmt.Println(err == nil)
}
