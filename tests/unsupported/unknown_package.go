// Importing a package minigo's standard library does not have.
package main

import "net/http" // ERROR "package net/http not supported \(minigo's standard library has no net/http\)$"

func main() { _ = http.StatusOK }
