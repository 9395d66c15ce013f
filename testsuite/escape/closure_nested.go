// errorcheck -0 -m -l

// Nested closures: inner literals are analysed with their parent; a
// variable declared in an outer function outlives a closure nested in it.

package escape

var sink *int

func nested() func() func() int {
	x := 1
	return func() func() int { // ERROR "func literal escapes to heap$"
		return func() int { return x } // ERROR "func literal escapes to heap$"
	}
}

func nestedNoEscape() int {
	x := 1
	f := func() int { // ERROR "func literal does not escape$"
		g := func() int { return x } // ERROR "func literal does not escape$"
		return g()
	}
	return f()
}

// The inner closure stores the address of its parent's local in a global.
func innerLeaksOuter() {
	y := 2 // ERROR "moved to heap: y$"
	func() { // ERROR "func literal does not escape$"
		sink = &y
	}()
}

// A closure writing the address of one of its own locals into a variable
// of the enclosing function: the local must outlive the closure call.
func closureLocalToParent() int {
	var p *int
	func() { // ERROR "func literal does not escape$"
		z := 3 // ERROR "moved to heap: z$"
		p = &z
	}()
	return *p
}
