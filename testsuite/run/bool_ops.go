// run

// Boolean operators, short-circuit evaluation and comparisons producing bools.
package main

import "fmt"

var calls int

func t(name string) bool {
	calls++
	fmt.Print(name, " ")
	return true
}

func f(name string) bool {
	calls++
	fmt.Print(name, " ")
	return false
}

type flag bool

func (b flag) Text() string {
	if b {
		return "on"
	}
	return "off"
}

func main() {
	a, b := true, false
	fmt.Println(a && b, a || b, !a, !b, a == b, a != b)
	fmt.Println(a && !b || b, !(a && b) == (!a || !b))

	// Short-circuit: the right operand is only evaluated when needed.
	r := f("f1") && t("t1")
	fmt.Println("->", r)
	r = t("t2") || f("f2")
	fmt.Println("->", r)
	r = t("t3") && f("f3") || t("t4")
	fmt.Println("->", r)
	fmt.Println("calls:", calls)

	// Truth table.
	for i := 0; i < 4; i++ {
		x := i&1 == 1
		y := i&2 == 2
		fmt.Printf("%-5t %-5t | and=%-5t or=%-5t xor=%t\n", x, y, x && y, x || y, x != y)
	}

	var zero bool
	fmt.Println("zero value:", zero)
	var on flag = 3 > 2
	fmt.Println(on, !on, bool(on), on.Text(), (!on).Text())
	fmt.Printf("%v %t %5t|%-6t|\n", on, on, true, false)

	n := 7
	isOdd := n%2 == 1
	inRange := n >= 1 && n <= 10
	fmt.Println(isOdd, inRange, isOdd == inRange)
}

// Output:
// false true false true false true
// true true
// f1 -> false
// t2 -> true
// t3 f3 t4 -> true
// calls: 5
// false false | and=false or=false xor=false
// true  false | and=false or=true  xor=true
// false true  | and=false or=true  xor=true
// true  true  | and=true  or=true  xor=false
// zero value: false
// true false true on off
// true true  true|false |
// true true true
