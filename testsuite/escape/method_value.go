// errorcheck -0 -m -l

// Method values (f := t.M) build a closure binding the receiver: printed as
// "t.M escapes to heap" / "t.M does not escape". Method expressions (T.M)
// are plain functions and allocate nothing.

package escape

type T struct{ n int }

func (t *T) Inc() int { // ERROR "t does not escape$"
	t.n++
	return t.n
}

func (t T) Get() int {
	return t.n
}

var gf func() int

func methodValueLocal() int {
	var t T
	f := t.Inc // ERROR "t\.Inc does not escape$"
	return f()
}

func methodValueEscapes() {
	var t T // ERROR "moved to heap: t$"
	gf = t.Inc // ERROR "t\.Inc escapes to heap$"
}

func methodValueReturned(t *T) func() int { // ERROR "leaking param: t$"
	return t.Inc // ERROR "t\.Inc escapes to heap$"
}

func valueMethodValue() func() int {
	t := T{3}
	return t.Get // ERROR "t\.Get escapes to heap$"
}

func methodExpr() int {
	var t T
	f := (*T).Inc
	return f(&t)
}

func call(f func() int) int { // ERROR "f does not escape$"
	return f()
}

func methodValueArg() int {
	var t T
	return call(t.Get) // ERROR "t\.Get does not escape$"
}
