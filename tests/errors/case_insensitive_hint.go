// Checks "does not implement" messages whose missing method exists with different case or on the pointer type only.
package main

type Runner interface {
	Run() error
}

type lower struct{}

func (lower) run() error { return nil }

type wrongResults struct{}

func (wrongResults) Run() {}

type ptrOnly struct{}

func (*ptrOnly) Run() error { return nil }

func use(r Runner) {}

func main() {
	use(lower{}) // ERROR "cannot use lower\{\} \(value of type lower\) as type Runner in argument to use:$"
	use(wrongResults{}) // ERROR "cannot use wrongResults\{\} \(value of type wrongResults\) as type Runner in argument to use:$"
	use(ptrOnly{}) // ERROR "cannot use ptrOnly\{\} \(value of type ptrOnly\) as type Runner in argument to use:$"
	var r Runner = &ptrOnly{}
	_ = r.(lower) // ERROR "impossible type assertion: r\.\(lower\)$"
	use(&ptrOnly{})
}
