// Checks channels of channels: clients send requests carrying their own reply
// channel to a server goroutine that owns the state (request/response).
package main

import (
	"fmt"
	"sort"
	"sync"
)

type request struct {
	op    string
	key   string
	value int
	reply chan response
}

type response struct {
	value int
	found bool
}

func server(reqs <-chan request) {
	data := map[string]int{}
	for r := range reqs {
		switch r.op {
		case "put":
			data[r.key] += r.value
			r.reply <- response{data[r.key], true}
		case "get":
			v, ok := data[r.key]
			r.reply <- response{v, ok}
		case "len":
			r.reply <- response{len(data), true}
		}
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	call := func(op, key string, value int) response {
		reply := make(chan response)
		reqs <- request{op, key, value, reply}
		return <-reply
	}
	var wg sync.WaitGroup
	for c := 0; c < 6; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				call("put", fmt.Sprint("key", i%4), c+1)
			}
		}(c)
	}
	wg.Wait()
	var lines []string
	for i := 0; i < 5; i++ {
		r := call("get", fmt.Sprint("key", i), 0)
		lines = append(lines, fmt.Sprintf("key%d=%d/%v", i, r.value, r.found))
	}
	sort.Strings(lines)
	fmt.Println(lines)
	fmt.Println("keys:", call("len", "", 0).value)

	// A chan chan int: each receive hands out a fresh channel that later gets
	// exactly one value.
	tickets := make(chan chan int)
	go func() {
		for i := 1; ; i++ {
			c := make(chan int, 1)
			c <- i * 100
			tickets <- c
		}
	}()
	total := 0
	for i := 0; i < 5; i++ {
		total += <-<-tickets
	}
	fmt.Println("tickets total:", total)
	close(reqs)
}
