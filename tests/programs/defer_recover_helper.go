// Checks recover is effective only when called directly by the deferred function: a helper's recover gets nil and the panic continues.
package main

import "fmt"

func helper() {
	r := recover()
	fmt.Println("helper recover got:", r)
}

func direct() {
	defer func() {
		fmt.Println("direct recover got:", recover())
	}()
	panic("direct panic")
}

func indirect() {
	defer func() {
		helper()
	}()
	panic("indirect panic")
}

func main() {
	direct()
	fmt.Println("after direct")
	indirect()
	fmt.Println("unreachable")
}
