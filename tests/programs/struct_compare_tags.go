// Checks struct equality (including nested and array fields), structs as map keys, and struct tags.
package main

import "fmt"

type Version struct {
	Major, Minor, Patch int
}

type Release struct {
	V    Version
	Name string
	Tags [2]string
}

type Tagged struct {
	ID   int    `json:"id"`
	Name string `json:"name,omitempty" db:"name"`
}

type Untagged struct {
	ID   int
	Name string
}

func less(a, b Version) bool {
	if a.Major != b.Major {
		return a.Major < b.Major
	}
	if a.Minor != b.Minor {
		return a.Minor < b.Minor
	}
	return a.Patch < b.Patch
}

func main() {
	v1 := Version{1, 2, 3}
	v2 := Version{Major: 1, Minor: 2, Patch: 3}
	v3 := Version{1, 3, 0}
	fmt.Println(v1 == v2, v1 != v3, less(v1, v3), less(v3, v1))
	r1 := Release{v1, "first", [2]string{"a", "b"}}
	r2 := r1
	fmt.Println(r1 == r2)
	r2.Tags[1] = "c"
	fmt.Println(r1 == r2)
	seen := map[Version]bool{}
	for _, v := range []Version{v1, v3, v2, {}, v3} {
		if seen[v] {
			fmt.Println("dup", v)
		}
		seen[v] = true
	}
	fmt.Println(len(seen))
	t := Tagged{1, "x"}
	u := Untagged(t)
	t2 := Tagged(u)
	fmt.Println(u, t2 == t)
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
	var i1, i2 interface{} = v1, v2
	fmt.Println(i1 == i2, i1 == interface{}(v3))
	p1, p2 := &Version{}, &Version{}
	fmt.Println(p1 == p2, *p1 == *p2)
}
