// Checks "multiple defaults" in expression switches, type switches and select statements.
package main

func main() {
	x := 1
	switch x {
	default:
	case 1:
	default: // ERROR "multiple defaults \(first at .*multiple_defaults\.go:7:2\)$"
	}
	var v interface{} = x
	switch v.(type) {
	default:
	default: // ERROR "multiple defaults \(first at .*multiple_defaults\.go:13:2\)$"
	}
	ch := make(chan int)
	select {
	case <-ch:
	default:
	default: // ERROR "multiple defaults \(first at .*multiple_defaults\.go:19:2\)$"
	}
}
