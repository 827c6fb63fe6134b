// Checks maps whose values are structs, slices, maps and pointers, and updating them correctly.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func main() {
	accts := map[string]Account{
		"a1": {"ann", 100},
		"a2": {Owner: "ben"},
	}
	acc := accts["a1"]
	acc.Balance += 50
	accts["a1"] = acc
	fmt.Println(accts["a1"].Balance, accts["a2"].Owner, accts["zz"].Balance)
	ptrs := map[string]*Account{"x": {"xena", 1}}
	ptrs["x"].Balance *= 10
	fmt.Println(ptrs["x"].Balance, ptrs["x"].Owner)
	groups := map[string][]string{}
	groups["odd"] = append(groups["odd"], "1", "3")
	groups["even"] = append(groups["even"], "2")
	groups["odd"] = append(groups["odd"], "5")
	fmt.Println(groups["odd"], groups["even"], len(groups["none"]))
	nested := map[string]map[string]int{}
	for _, pair := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}, {"a", "x"}} {
		inner, ok := nested[pair[0]]
		if !ok {
			inner = map[string]int{}
			nested[pair[0]] = inner
		}
		inner[pair[1]]++
	}
	fmt.Println(nested["a"]["x"], nested["a"]["y"], nested["b"]["x"], nested["c"]["x"], len(nested))
	funcs := map[string]func(int) int{
		"inc": func(x int) int { return x + 1 },
		"sq":  func(x int) int { return x * x },
	}
	fmt.Println(funcs["inc"](4), funcs["sq"](4), funcs["none"] == nil)
	sets := map[int]struct{}{1: {}, 2: {}}
	_, has := sets[2]
	fmt.Println(has, len(sets))
	ifaces := map[interface{}]string{1: "int", "1": "string", 1.0: "float"}
	fmt.Println(ifaces[1], ifaces["1"], ifaces[1.0], len(ifaces))
	fmt.Println(accts, groups)
}
