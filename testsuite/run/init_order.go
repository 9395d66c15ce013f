// run

// Package-level variables are initialised in dependency order, not source
// order; init functions run afterwards, in source order, before main.
package main

import "fmt"

var (
	a = c + b // depends on b and c: initialised after them
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum()

var x, y = pair()

func f(name string, v int) int {
	fmt.Println("init", name, "=", v)
	return v
}

func sum() int {
	fmt.Println("sum sees", a, b, c, d)
	return a + b + c + d
}

func pair() (int, int) {
	fmt.Println("pair")
	return total * 2, total * 3
}

var order = log("order")

func log(s string) string {
	fmt.Println("var", s)
	return s
}

func init() {
	fmt.Println("first init:", a, total, x, y, order)
	d = 40
}

func init() {
	fmt.Println("second init: d =", d)
}

func main() {
	fmt.Println("main:", a, b, c, d, total, x, y)
}

// Output:
// init b = 1
// init c = 2
// sum sees 3 1 2 3
// pair
// var order
// first init: 3 9 18 27 order
// second init: d = 40
// main: 3 1 2 40 9 18 27
