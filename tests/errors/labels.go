// Checks "label L defined and not used" and "label L already defined".
package main

func main() {
Unused: // ERROR "label Unused defined and not used$"
	for {
		break
	}
Dup:
	for {
		break Dup
	}
Dup: // ERROR "label Dup already defined at .*labels\.go:9:1$"
	for {
	}
}
