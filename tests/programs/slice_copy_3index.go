// Checks copy (overlapping, short destination, from string) and three-index slices limiting capacity.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	n = copy(src, src[3:])
	fmt.Println(n, src)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, string(bs))
	fmt.Println(copy([]int{}, src), copy(dst, []int(nil)))
	a := []int{0, 1, 2, 3, 4, 5, 6, 7}
	b := a[2:4:5]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 100)
	fmt.Println(a)
	b = append(b, 200)
	b[0] = -1
	fmt.Println(a, b)
	c := a[:0:0]
	c = append(c, 9)
	fmt.Println(a[0], c)
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s2 := s[:cap(s)]
	fmt.Println(s2)
	full := arr[:]
	full[0] = "z"
	fmt.Println(arr[0], len(full), cap(full[2:]))
}
