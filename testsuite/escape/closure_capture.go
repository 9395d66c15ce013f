// errorcheck -0 -m -l

// Capture mode of escaping closures. By value: never address-taken, never
// reassigned after declaration, at most 128 bytes; the variable itself then
// stays on the stack (the closure gets a copy). Otherwise by reference, and
// the variable moves to the heap with the closure.

package escape

type Small struct{ a [16]int64 } // 128 bytes
type Big struct{ a [17]int64 }   // 136 bytes

func readOnlyInt() func() int {
	x := 1
	return func() int { return x } // ERROR "func literal escapes to heap$"
}

func reassignedInClosure() func() int {
	x := 1 // ERROR "moved to heap: x$"
	return func() int { // ERROR "func literal escapes to heap$"
		x++
		return x
	}
}

func reassignedAfterCapture() func() int {
	x := 1 // ERROR "moved to heap: x$"
	f := func() int { return x } // ERROR "func literal escapes to heap$"
	x = 2
	return f
}

func reassignedBeforeCapture() func() int {
	x := 1
	x = 2
	return func() int { return x } // ERROR "func literal escapes to heap$"
}

func addrTaken() func() int {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	*p = 2
	return func() int { return x } // ERROR "func literal escapes to heap$"
}

func small128() func() int64 {
	var s Small
	return func() int64 { return s.a[0] } // ERROR "func literal escapes to heap$"
}

func big136() func() int64 {
	var b Big // ERROR "moved to heap: b$"
	return func() int64 { return b.a[0] } // ERROR "func literal escapes to heap$"
}

// Capturing a pointer by value: the pointer is copied, the pointee escapes
// through it.
func capturesPointer() func() int {
	y := 1 // ERROR "moved to heap: y$"
	p := &y
	return func() int { return *p } // ERROR "func literal escapes to heap$"
}

// A parameter captured by an escaping closure.
func capturesParam(q *int) func() int { // ERROR "leaking param: q$"
	return func() int { return *q } // ERROR "func literal escapes to heap$"
}

func capturesParamReassigned(q *int) func() int { // ERROR "moved to heap: q$"
	return func() int { // ERROR "func literal escapes to heap$"
		q = nil
		return 0
	}
}
