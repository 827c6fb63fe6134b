// Checks "result parameter not in scope at return" for bare returns with shadowed named results.
package main

func f() (x int, err error) {
	{
		x := 2
		_ = x
		return // ERROR "result parameter x not in scope at return$"
	}
}

func g() (n int) {
	if n := 3; n > 0 {
		return // ERROR "result parameter n not in scope at return$"
	}
	return
}

func h() (s string) {
	for s := range []string{"a"} {
		_ = s
		return // ERROR "result parameter s not in scope at return$"
	}
	return
}

func main() {
	f()
	g()
	h()
}
