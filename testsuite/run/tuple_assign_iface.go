// run

// Multi-value assignments into interface-typed variables: each value is
// converted (boxed) on its way into its variable.
package main

import "fmt"

type pair struct{ a, b int }

func two() (int, string) { return 7, "x" }

func three() (pair, error, *pair) { return pair{1, 2}, nil, &pair{3, 4} }

func main() {
	var a, b interface{}
	a, b = two()
	fmt.Println(a, b)
	var any1 any
	var ok bool
	any1, ok = a.(int)
	fmt.Println(any1, ok)
	m := map[string]float64{"pi": 3.14}
	any1, ok = m["pi"]
	fmt.Println(any1, ok)
	ch := make(chan pair, 1)
	ch <- pair{5, 6}
	any1, ok = <-ch
	fmt.Println(any1, ok)
	var x, y, z fmt.Stringer
	_, _, _ = x, y, z
	var e1, e2, e3 interface{}
	e1, e2, e3 = three()
	fmt.Println(e1, e2, e3)
	fmt.Printf("%T %T %T\n", e1, e2, e3)
}

// Output:
// 7 x
// 7 true
// 3.14 true
// {5 6} true
// {1 2} <nil> &{3 4}
// main.pair <nil> *main.pair
