// Checks binary operations and assignments mixing distinct named types with the same underlying type.
package main

type Celsius float64
type Fahrenheit float64
type ID int

func main() {
	c := Celsius(10)
	f := Fahrenheit(50)
	var i ID = 3
	n := 4
	_ = c + f // ERROR "invalid operation: c \+ f \(mismatched types Celsius and Fahrenheit\)$"
	_ = c == f // ERROR "invalid operation: c == f \(mismatched types Celsius and Fahrenheit\)$"
	_ = i * n // ERROR "invalid operation: i \* n \(mismatched types ID and int\)$"
	c = f // ERROR "cannot use f \(variable of type Fahrenheit\) as type Celsius in assignment$"
	i = n // ERROR "cannot use n \(variable of type int\) as type ID in assignment$"
	_ = c + Celsius(f)
	_ = i + ID(n)
}
