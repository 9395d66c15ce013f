// errorcheck -0 -m -l

// Returning concrete errors as the error interface: a pointer receiver
// type is pointer-shaped (its &T{} is what escapes), a value type is boxed.

package escape

type PtrErr struct{ msg string }

func (e *PtrErr) Error() string { return e.msg } // ERROR "leaking param: e to result ~r0 level=1$"

type ValErr struct{ code int }

func (e ValErr) Error() string { return "code" }

func ptrErr() error {
	return &PtrErr{"x"} // ERROR "&PtrErr\{\.\.\.\} escapes to heap$"
}

func valErr(c int) error {
	return ValErr{c} // ERROR "ValErr\{\.\.\.\} escapes to heap$"
}

func nilErr() error {
	var e *PtrErr
	return e
}

func checkLocal(c int) bool {
	var err error = ValErr{c} // ERROR "ValErr\{\.\.\.\} does not escape$"
	return err != nil
}

func wrap(err error) error { // ERROR "leaking param: err to result ~r0 level=0$"
	return err
}
