// Checks package-level declarations of init and main that are not functions.
package main

var init = 1 // ERROR "cannot declare init - must be func$"

const main = 2 // ERROR "cannot declare main - must be func$"

type T struct{}

func (T) init() {}
