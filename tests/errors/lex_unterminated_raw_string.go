// Checks "string not terminated" for a raw string that runs to the end of the file.
package main

func main() {
	t := `raw // ERROR "string not terminated$"
	_ = t
}
