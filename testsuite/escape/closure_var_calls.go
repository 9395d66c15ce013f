// errorcheck -0 -m -l

// A call through a func variable is a direct call of each function the
// variable can hold, when every assignment to it is a function literal, a
// function or a method expression (or nil): the arguments then escape only
// as those functions let them.

package escape

type T struct{ n int }

func (t *T) get(u *T) *T { return t } // ERROR "leaking param: t to result ~r0 level=0$" "u does not escape$"

func assignedLater() {
	var f func(p *int)
	f = func(p *int) {} // ERROR "func literal does not escape$" "p does not escape$"
	f(new(int)) // ERROR "new\(int\) does not escape$"
}

func reassigned(b bool) {
	f := func(p *int) {} // ERROR "func literal does not escape$" "p does not escape$"
	if b {
		f = func(p *int) { _ = *p } // ERROR "func literal does not escape$" "p does not escape$"
	}
	f(new(int)) // ERROR "new\(int\) does not escape$"
}

func methodExpr() int {
	var op func(*T, *T) *T
	op = (*T).get
	a := &T{1} // ERROR "&T\{\.\.\.\} does not escape$"
	return op(a, a).n
}

var sink *int

func oneLeaks(b bool) {
	f := func(p *int) {} // ERROR "func literal does not escape$" "p does not escape$"
	if b {
		f = func(p *int) { sink = p } // ERROR "func literal does not escape$" "leaking param: p$"
	}
	f(new(int)) // ERROR "new\(int\) escapes to heap$"
}

func typedNilFirst() {
	var f func(p *int) = (func(*int))(nil)
	f = func(p *int) {} // ERROR "func literal does not escape$" "p does not escape$"
	f(new(int)) // ERROR "new\(int\) does not escape$"
}

func assignedInClosure() {
	var f func(p *int)
	func() { // ERROR "func literal does not escape$"
		f = func(p *int) {} // ERROR "func literal escapes to heap$" "p does not escape$"
	}()
	f(new(int)) // ERROR "new\(int\) does not escape$"
}
