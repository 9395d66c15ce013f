// errorcheck -0 -m -l

// gc's escape analysis replaces the operand of an interface conversion by a
// literal when it is (through parentheses and representation-preserving
// conversions) a never-reassigned local holding a constant, and does the same
// for the size of make([]T, n). Larger expressions keep the variable's name.

package escape

import "fmt"

type T int

func sink(x any) {} // ERROR "x does not escape$"

func g(a any) int { return 0 } // ERROR "a does not escape$"

func propagated() {
	x := 5
	s := "abc"
	f := 3.99
	var b byte = 'b'
	var u uint8 = 200
	fmt.Println(x, s, f, b, u, T(x), (x), any(x), byte(u)) // ERROR "\.\.\. argument does not escape$" "5 escapes to heap$" ".abc. escapes to heap$" "3\.99 escapes to heap$" "byte\(98\) escapes to heap$" "uint8\(200\) escapes to heap$" "T\(5\) escapes to heap$" "any\(5\) escapes to heap$" "byte\(200\) escapes to heap$"
	sink(any(x)) // ERROR "any\(5\) does not escape$"
	sink(T(x)) // ERROR "T\(5\) does not escape$"
	fmt.Println(g(x)) // ERROR "\.\.\. argument does not escape$" "g\(5\) escapes to heap$" "5 does not escape$"
}

func notPropagated() {
	x := 5
	s := "abc"
	f := 3.99
	var u uint8 = 200
	fmt.Println(x+1, s[x-4], len(s), -x, int64(-f), int(u), s[1:], string(s[0])) // ERROR "\.\.\. argument does not escape$" "x \+ 1 escapes to heap$" "s\[x - 4\] escapes to heap$" "len\(s\) escapes to heap$" "-x escapes to heap$" "int64\(-f\) escapes to heap$" "int\(u\) escapes to heap$" "s\[1:\] escapes to heap$" "string\(s\[0\]\) escapes to heap$"
}

func sizes() {
	n := 4
	m := 7
	a := make([]int, n, m) // ERROR "make\(\[\]int, n, 7\) does not escape$"
	c := make([]int, n) // ERROR "make\(\[\]int, 4\) does not escape$"
	l := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	d := make([]int, len(l)) // ERROR "make\(\[\]int, 3\) does not escape$"
	e := make([]int, len(l)+1) // ERROR "make\(\[\]int, len\(l\) \+ 1\) does not escape$"
	fmt.Println(len(l)) // ERROR "\.\.\. argument does not escape$" "len\(l\) escapes to heap$"
	_, _, _, _ = a, c, d, e
}
