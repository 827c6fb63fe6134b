// Checks "comment not terminated" for a general comment that runs to the end of the file.
package main

func main() {
	/* unterminated // ERROR "comment not terminated$"
}
