// Type parameters are outside minigo's language.
package main

func Map[T any](s []T) []T { return s } // ERROR "generic function not supported$"

type Box[T any] struct{ v T } // ERROR "generic type not supported$"

func main() {}
