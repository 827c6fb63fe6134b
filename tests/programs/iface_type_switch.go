// Checks type switches: bound variable per case, several types per case, nil case, default, interfaces as cases.
package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "id" }

type MyErr struct{}

func (MyErr) Error() string { return "my error" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + string(rune('a'+x))
	case int8, int16:
		return "small int"
	case string:
		return "string of len " + string(rune('0'+len(x)))
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer: " + x.String()
	case []interface{}:
		out := "list:"
		for _, e := range x {
			out += " " + classify(e)
		}
		return out
	case bool, float64:
		_ = x
		return "bool or float"
	default:
		return "other"
	}
}

func main() {
	inputs := []interface{}{nil, 1, int8(2), int16(3), "abc", MyErr{}, ID(4), []interface{}{1, "x"}, true, 2.5, uint(1)}
	for _, in := range inputs {
		fmt.Println(classify(in))
	}
	var s Stringer = ID(1)
	switch s.(type) {
	case ID:
		fmt.Println("ID via interface")
	}
	switch v := interface{}(3.5).(type) {
	case float32, float64:
		fmt.Println(v)
	}
}
