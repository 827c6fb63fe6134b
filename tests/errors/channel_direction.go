// Checks channel direction errors: send on receive-only, receive from send-only, close of receive-only, non-channel ops.
package main

func main() {
	ch := make(chan int, 1)
	var recv <-chan int = ch
	var send chan<- int = ch
	recv <- 1 // ERROR "invalid operation: cannot send to receive-only channel recv \(variable of type <-chan int\)$"
	_ = <-send // ERROR "invalid operation: cannot receive from send-only channel send \(variable of type chan<- int\)$"
	close(recv) // ERROR "invalid operation: cannot close receive-only channel recv \(variable of type <-chan int\)$"
	x := 3
	x <- 1 // ERROR "invalid operation: cannot send to non-channel x \(variable of type int\)$"
	_ = <-x // ERROR "invalid operation: cannot receive from non-channel x \(variable of type int\)$"
	close(x) // ERROR "invalid operation: cannot close non-channel x \(variable of type int\)$"
	var bad chan<- int = recv // ERROR "cannot use recv \(variable of type <-chan int\) as type chan<- int in variable declaration$"
	_ = bad
	var s chan string = ch // ERROR "cannot use ch \(variable of type chan int\) as type chan string in variable declaration$"
	_ = s
}
