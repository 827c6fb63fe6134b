// Checks "invalid recursive type" for structs and arrays that contain themselves directly or through another type.
package main

type Direct struct { // ERROR "invalid recursive type Direct$"
	next Direct
}

type A struct{ b B } // ERROR "invalid recursive type A$"
type B struct{ a A }

type Arr [2]Arr // ERROR "invalid recursive type Arr$"

type Fine struct {
	next *Fine
	kids []Fine
	m    map[string]Fine
}

func main() {}
