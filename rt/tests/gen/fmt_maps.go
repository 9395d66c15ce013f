// Command fmt_maps prints maps with fmt; the output is the expectation of the map tests in
// src/fmt/tests.rs (maps_print_sorted_like_go).
//go:build ignore

package main

import "fmt"

type T struct{ A int }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Printf("%v|%#v|%d|%x|%+v|%s|%q|%5d\n", m, m, m, m, m, m, m, m)
	var nilMap map[string]int
	fmt.Printf("%v %#v %d\n", nilMap, nilMap, nilMap)
	fmt.Println(map[float64]string{2: "two", -1: "m1", 0.5: "half"})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	ts := map[T][]int{{2}: {1}, {1}: nil}
	fmt.Printf("%v %#v\n", ts, ts)
	fmt.Printf("%v %+v\n", &m, &m)
	fmt.Println(map[bool]int{true: 1, false: 0})
	nested := map[string]map[string]int{"x": {"y": 1}}
	fmt.Printf("%v %#v\n", nested, nested)
	fmt.Printf("%v %#v\n", map[any]int{3: 3, 1: 1, nil: 0, 2: 2}, map[any]uint{uint(2): 2})
	fmt.Println(map[int]int{})
}
