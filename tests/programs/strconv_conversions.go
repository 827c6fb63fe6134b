// Checks strconv.Itoa, Atoi with its error values, FormatInt in several bases, ParseInt, ParseFloat, ParseBool and Quote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9223372036854775807))
	for _, s := range []string{"42", "-7", "+3", "abc", "", "12a", "99999999999999999999", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	_, err := strconv.Atoi("x1")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36), strconv.FormatUint(1<<63, 10))
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(v, err)
	for _, s := range []string{"3.25", "1e10", "-0.5", "inf", "NaN", "1e400", "x.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', 3, 64))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("yes")
	fmt.Println(b, err)
	fmt.Println(strconv.Quote("hello \"world\"\n\ttab é \x00"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	u, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", u, err)
	fmt.Println(strconv.FormatBool(false), string(strconv.AppendInt([]byte("n="), -5, 10)))
}
