// Checks that legal but unreachable code and empty constructs are accepted: code after return/panic, empty blocks and bodies.
package main

import "fmt"

func afterReturn() int {
	return 1
	fmt.Println("never printed")
	return 2
}

func afterPanic() (n int) {
	defer func() { recover(); n = 7 }()
	panic("stop")
	n = 3
	return
}

func infinite() int {
	for {
		return 5
	}
}

func switchTerminal(x int) string {
	switch {
	case x > 0:
		return "pos"
	default:
		return "non-pos"
	}
}

func empty() {}

func emptyBlocks(b bool) {
	{
	}
	if b {
	} else {
	}
	for false {
	}
	switch {
	}
	;
}

func main() {
	fmt.Println(afterReturn(), afterPanic(), infinite(), switchTerminal(-1))
	empty()
	emptyBlocks(true)
	for i := 0; i < 3; i++ {
		continue
		fmt.Println("skipped")
	}
	{
		{
			fmt.Println("nested blocks")
		}
	}
	if false {
		fmt.Println("dead branch")
	}
	const debug = false
	if debug {
		fmt.Println("debug")
	}
	select {
	default:
	}
	fmt.Println("done")
	return
	fmt.Println("after main's return")
}
