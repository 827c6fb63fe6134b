// Checks initialization order through method values, method expressions and package-level function literals.
package main

import "fmt"

type Config struct{ scale int }

func (c Config) Scaled(v int) int { return v * c.scale * factor }

func (c *Config) Limit() int { return limit + c.scale }

var trace string

func note(s string, v int) int {
	trace += s + " "
	return v
}

// scaled depends on factor through the method body of Config.Scaled.
var scaled = Config{2}.Scaled(note("scaled", 5))

// viaExpr depends on limit through the method expression (*Config).Limit.
var viaExpr = (*Config).Limit(&Config{1}) + note("viaExpr", 0)

// lit depends on base through the body of a function literal that is called.
var lit = func() int { return base * 2 }() + note("lit", 0)

var bound = Config{3}.Scaled

var factor = note("factor", 10)
var limit = note("limit", 100)
var base = note("base", 7)

func main() {
	fmt.Println(scaled, viaExpr, lit, bound(1))
	fmt.Println(trace)
}
