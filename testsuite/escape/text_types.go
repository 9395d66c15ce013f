// errorcheck -0 -m -l

// Types in composite literals and conversions print as gc spells them: an
// alias as the type it stands for, byte, rune and any as written, struct types
// with gc's spacing. A conversion of a constant string to []rune is a slice
// literal.

package escape

type A = []int
type AB = []byte
type T struct{ n int }
type AT = T

func f(x any) {} // ERROR "x does not escape$"

func types() {
	x := A{1, 2} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	f(struct{ F any }{1}) // ERROR "struct \{ F any \}\{\.\.\.\} does not escape$" "1 does not escape$"
	f(struct {
		a, b int
		T
		F any `json:"f"`
	}{}) // ERROR "struct \{ a int; b int; T; F any .json:\\.f\\.. \}\{\} does not escape$"
	f(&struct{ a []byte }{}) // ERROR "&struct \{ a \[\]byte \}\{\} does not escape$"
	f(AB{1}) // ERROR "\[\]byte\{\.\.\.\} does not escape$"
	f(AT{1}) // ERROR "T\{\.\.\.\} does not escape$"
	f([]any{1}) // ERROR "\[\]any\{\.\.\.\} does not escape$" "1 does not escape$"
	f(map[string]any{}) // ERROR "map\[string\]any\{\} does not escape$"
	f(struct{}{}) // ERROR "struct \{\}\{\} does not escape$"
	f([2]rune{}) // ERROR "\[2\]rune\{\} does not escape$"
	r := []rune("héllo") // ERROR "\[\]rune\{\.\.\.\} does not escape$"
	r2 := []rune("") // ERROR "\[\]rune\{\} does not escape$"
	s := []byte("abc") // ERROR "\(\[\]byte\)\(.abc.\) does not escape$" "zero-copy string->\[\]byte conversion$"
	println(len(x), len(r), len(r2), len(s))
}

func conversions(s string, b []byte, x int) { // ERROR "s does not escape$" "b does not escape$"
	f(([]byte)(s)) // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
	f(AB(s)) // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
	f(string(b)) // ERROR "string\(b\) does not escape$"
	f(T{x}) // ERROR "T\{\.\.\.\} does not escape$"
}
