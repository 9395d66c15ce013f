// errorcheck -0 -m -l

// gc ignores reassignments that happen before the first capture when the
// capturing closure is at the same loop depth as the variable: such a
// variable is still captured by value and does not move. A reassignment
// after the capture, or a capture inside a deeper loop, forces capture by
// reference.

package escape

func condReassignBefore(c bool) func() int {
	x := 1
	if c {
		x = 2
	}
	return func() int { return x } // ERROR "func literal escapes to heap$"
}

func loopReassignBefore(n int) func() int {
	x := 0
	for i := 0; i < n; i++ {
		x += i
	}
	return func() int { return x } // ERROR "func literal escapes to heap$"
}

// The capture happens at loop depth 2, the variable lives at depth 1.
func captureInLoop(n int) []func() int {
	x := 0 // ERROR "moved to heap: x$"
	var fs []func() int
	for i := 0; i < n; i++ {
		x = i
		fs = append(fs, func() int { return x }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
	return fs
}

// Second capture after a reassignment: the first capture already happened.
func reassignBetweenCaptures() (func() int, func() int) {
	x := 1 // ERROR "moved to heap: x$"
	f := func() int { return x } // ERROR "func literal escapes to heap$"
	x = 2
	g := func() int { return x } // ERROR "func literal escapes to heap$"
	return f, g
}

// A variable declared without initial value and assigned once.
func declThenAssign() func() int {
	var x int
	x = 5
	return func() int { return x } // ERROR "func literal escapes to heap$"
}
