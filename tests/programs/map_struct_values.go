// Checks maps of structs (copied out, must be stored back) versus maps of pointers (modified in place).
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func main() {
	byVal := map[string]Account{
		"a1": {"ann", 100},
		"a2": {"ben", 50},
	}
	acc := byVal["a1"]
	acc.Balance += 25
	fmt.Println(byVal["a1"].Balance, acc.Balance)
	byVal["a1"] = acc
	fmt.Println(byVal["a1"].Balance, byVal["a1"].Owner)
	fmt.Println(byVal["zz"].Owner == "", byVal["zz"].Balance)

	byPtr := map[string]*Account{}
	byPtr["a1"] = &Account{"ann", 100}
	byPtr["a1"].Balance -= 30
	p := byPtr["a1"]
	p.Owner = "anne"
	fmt.Println(*byPtr["a1"])
	fmt.Println(byPtr["missing"] == nil)

	type key struct{ x, y int }
	grid := map[key]Account{}
	grid[key{1, 2}] = Account{"pos", 12}
	fmt.Println(grid[key{1, 2}], len(grid))
}
