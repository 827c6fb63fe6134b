// Checks panic with a string built at run time containing a newline, and that println output before it is kept.
package main

func main() {
	msg := "first line"
	msg += "\nsecond line"
	println("about to panic")
	panic(msg)
}
