// Constructs the type checker accepts but code generation does not lower yet: each
// is reported as "not supported" at its position (and nothing is built).
package main

func main() {
	ch := make(chan int)
	go func() {}() // ERROR "go statement not supported$"
	_ = ch
}
