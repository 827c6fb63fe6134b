// Checks the three forms of for (infinite, condition-only, three-clause) with break and continue.
package main

import "fmt"

func main() {
	i := 0
	for {
		i++
		if i == 3 {
			continue
		}
		if i > 6 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	j := 10
	for j > 0 {
		j -= 3
	}
	fmt.Println("j", j)

	sum := 0
	for k := 0; k < 100; k++ {
		if k%2 == 1 {
			continue
		}
		sum += k
	}
	fmt.Println("sum", sum)

	for k := 0; ; k++ {
		if k == 4 {
			fmt.Println("k", k)
			break
		}
	}
	m := 0
	for m < 3 {
		m++
	}
	fmt.Println("m", m)
	for n := 5; n > 0; n-- {
		fmt.Print(n)
	}
	fmt.Println()
	for a, b := 0, 10; a < b; a, b = a+1, b-1 {
		fmt.Print(a, b, ";")
	}
	fmt.Println()
}
