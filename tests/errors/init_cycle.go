// Checks "initialization cycle" for package variables that depend on themselves directly or through functions.
package main

var a = b + 1 // ERROR "initialization loop for a$"
var b = a * 2

var x = f() // ERROR "initialization loop for x$"

func f() int { return x }

var fine = g()

func g() int { return 1 }

func main() {}
