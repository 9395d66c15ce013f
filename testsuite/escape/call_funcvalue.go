// errorcheck -0 -m -l

// Calls the analysis cannot see through: function values (parameters,
// globals, struct fields). Arguments of such calls escape; the function
// value itself only leaks if it is stored.

package escape

var gfn func(*int) int

type Op struct {
	f func(*int) int
}

func callParam(f func(*int) int) int { // ERROR "f does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	return f(&x)
}

func callGlobal() int {
	y := 2 // ERROR "moved to heap: y$"
	return gfn(&y)
}

func callField(o *Op) int { // ERROR "o does not escape$"
	z := 3 // ERROR "moved to heap: z$"
	return o.f(&z)
}

func twice(p *int) int { // ERROR "p does not escape$"
	return *p * 2
}

// A direct call to the same function is analysable.
func callDirect() int {
	w := 4
	return twice(&w)
}

// A local variable holding a known function is still an indirect call.
func callLocalVar() int {
	v := 5
	f := twice
	return f(&v)
}

// Calling a func literal through a variable: the literal's body is known.
func callLiteralVar() int {
	u := 6
	f := func(p *int) int { return *p } // ERROR "p does not escape$" "func literal does not escape$"
	return f(&u)
}
