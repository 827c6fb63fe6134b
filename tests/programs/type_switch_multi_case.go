// Checks type switches with several types per case (the variable keeps the interface type), nil, default and interface cases.
package main

import "fmt"

type Celsius float64
type Named interface{ Name() string }
type Dog struct{}

func (Dog) Name() string { return "dog" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8, int16, int32, int64:
		return fmt.Sprintf("signed %v (%T)", x, x)
	case uint, uint8, uint16:
		return fmt.Sprintf("unsigned %v", x)
	case float64:
		return fmt.Sprintf("float64 %v", x+0.5)
	case Celsius:
		return fmt.Sprintf("celsius %v", float64(x))
	case Named:
		return "named " + x.Name()
	case string, []byte:
		return fmt.Sprintf("text %s", x)
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int8(-2), int64(3), uint8(4), 'r', 2.0, Celsius(36.6),
		Dog{}, "str", []byte("bytes"), fmt.Errorf("bad"), struct{}{}, true, [2]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
}
