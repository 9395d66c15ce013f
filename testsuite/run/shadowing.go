// run

// Scopes: block shadowing, := in if/for/switch headers, redeclaration in
// inner blocks, and package names shadowed by locals.
package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := 1
		x++
		fmt.Println(x)
		{
			x := x * 10 // the right side refers to the outer x
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)

	if x := 3.5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x + 100
		fmt.Println("loop", x)
	}
	switch x := true; x {
	case true:
		x := "inner"
		fmt.Println("switch", x)
	}
	fmt.Println(x)

	err := "outer"
	if err := "inner"; err != "" {
		fmt.Println(err)
	}
	fmt.Println(err)

	// len and true are predeclared identifiers and can be shadowed too.
	{
		len := 5
		true := false
		fmt.Println(len, true)
	}
	fmt.Println(len("abc"), true)
	fmt := "fmt shadowed"
	_ = fmt
}

// Output:
// package
// main package
// 2
// 20
// 2
// main
// if 3.5
// loop 100
// loop 101
// switch inner
// main
// inner
// outer
// 5 false
// 3 true
