// errorcheck -0 -m -l

// panic(v) takes an interface and always makes it escape (the panic value
// outlives the frame); recover's result is heap data.

package escape

type E struct{ code int }

func panicInt(n int) {
	panic(n) // ERROR "n escapes to heap$"
}

func panicString() {
	panic("boom") // ERROR ".boom. escapes to heap$"
}

func panicStruct(c int) {
	panic(E{c}) // ERROR "E\{\.\.\.\} escapes to heap$"
}

func panicPtr() {
	e := E{1} // ERROR "moved to heap: e$"
	panic(&e)
}

func panicErr(err error) { // ERROR "leaking param: err$"
	panic(err)
}

func recoverIt() (r any) {
	defer func() { // ERROR "func literal does not escape$"
		r = recover()
	}()
	panicInt(1)
	return nil
}
