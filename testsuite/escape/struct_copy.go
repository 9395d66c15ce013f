// errorcheck -0 -m -l

// Assignments of whole values (structs, arrays, multiple assignment,
// swaps): values carry whatever pointers they hold, with derefs 0.

package escape

var sink *int

type S struct {
	p *int
	n int
}

func copyThenLeak() {
	x := 1 // ERROR "moved to heap: x$"
	a := S{p: &x}
	b := a
	sink = b.p
}

func copyNoLeak() int {
	x := 1
	a := S{p: &x}
	b := a
	return *b.p
}

func swap() *int {
	x := 1 // ERROR "moved to heap: x$"
	y := 2 // ERROR "moved to heap: y$"
	p, q := &x, &y
	p, q = q, p
	return q
}

func tupleFromCall() *int {
	a, b := pair()
	_ = a
	return b
}

func pair() (*int, *int) {
	u := 1 // ERROR "moved to heap: u$"
	v := 2 // ERROR "moved to heap: v$"
	return &u, &v
}

func arrayCopy() [2]*int {
	z := 3 // ERROR "moved to heap: z$"
	a := [2]*int{&z}
	b := a
	return b
}

func compositeWithParam(p *int) S { // ERROR "leaking param: p to result ~r0 level=0$"
	return S{p: p, n: 1}
}

func compositeAddrWithParam(p *int) *S { // ERROR "leaking param: p$"
	return &S{p: p} // ERROR "&S\{\.\.\.\} escapes to heap$"
}
