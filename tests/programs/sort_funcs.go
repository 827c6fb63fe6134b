// Checks sort.Ints, sort.Strings, sort.Float64s, sort.Slice, sort.SliceStable, sort.Sort with a custom Interface, sort.Search and sort.SearchInts.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 2, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sort.Sort(ByAge(people))
	for _, p := range people {
		fmt.Print(p.Age, " ")
	}
	fmt.Println()
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.Stable(ByAge(people))
	fmt.Println(sort.IsSorted(ByAge(people)))

	sorted := []int{1, 3, 5, 7, 9, 11}
	i := sort.Search(len(sorted), func(k int) bool { return sorted[k] >= 7 })
	fmt.Println("search 7:", i)
	i = sort.Search(len(sorted), func(k int) bool { return sorted[k] >= 100 })
	fmt.Println("search 100:", i)
	fmt.Println(sort.SearchInts(sorted, 4), sort.SearchStrings([]string{"a", "c", "e"}, "d"))
}
