// Constructs the type checker accepts but code generation does not lower yet: each
// is reported as "not supported" at its position (and nothing is built).
package main

func main() {
	ch := make(chan int) // ERROR "make of chan int not supported$"
	select {}            // ERROR "select statement not supported$"
	_ = ch
}
