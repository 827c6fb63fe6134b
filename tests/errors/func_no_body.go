// Checks "missing function body" for a function declared without a body.
package main

func helper() int // ERROR "missing function body$"

func other(x int) // ERROR "missing function body$"

func main() {
	_ = helper()
	other(1)
}
