// errorcheck -0 -m -l

// Constants print as gc's literals: a rune as a character, a constant of a
// type other than its kind's default as a conversion (byte and rune kept as
// spelled). An untyped constant shift count has type uint. gc parenthesises a
// unary operand unless it is primary, and a called function literal.

package escape

import "fmt"

type T int

func literals() {
	var b byte = 'b'
	var r rune = 'x'
	var i32 int32 = 5
	var i64 int64 = -7
	var f32 float32 = 1.5
	fmt.Println('x', 'y'+1, '\n', b, r, i32, int32(5), i64, f32, float64(2), T(4), uint(3)) // ERROR "\.\.\. argument does not escape$" "'x' escapes to heap$" "'z' escapes to heap$" "'\\n' escapes to heap$" "byte\(98\) escapes to heap$" "int32\(5\) escapes to heap$" "int64\(-7\) escapes to heap$" "float32\(1\.5\) escapes to heap$" "2 escapes to heap$" "T\(4\) escapes to heap$" "uint\(3\) escapes to heap$"
}

func shifts(x, y int) {
	const C int = 2
	const D uint = 2
	fmt.Println(x>>2, x<<y, x>>T(2), 1<<y, x>>C, x>>D, x>>uint8(1)) // ERROR "\.\.\. argument does not escape$" "x >> uint\(2\) escapes to heap$" "x << y escapes to heap$" "x >> T\(2\) escapes to heap$" "1 << y escapes to heap$" "x >> 2 escapes to heap$" "x >> uint8\(1\) escapes to heap$"
}

func unary(x int, p **int, ok bool) { // ERROR "p does not escape$"
	fmt.Println(- -x, -(-x), ^x, -^x, **p, !!ok, func() int { return x }()) // ERROR "\.\.\. argument does not escape$" "- \(-x\) escapes to heap$" "\^x escapes to heap$" "-\(\^x\) escapes to heap$" "\*\(\*p\) escapes to heap$" "! \(!ok\) escapes to heap$" "\(func literal\)\(\) escapes to heap$" "func literal does not escape$"
}

func concat(a, b, c string) { // ERROR "a does not escape$" "b does not escape$" "c does not escape$"
	fmt.Println(a+b+c, a+(b+c), (a+b)[1:], a+b == c) // ERROR "\.\.\. argument does not escape$" "a \+ b \+ c escapes to heap$" "\(a \+ b\)\[1:\] escapes to heap$" "a \+ b escapes to heap$" "\(a \+ b\) == c escapes to heap$" "a \+ b does not escape$"
}
