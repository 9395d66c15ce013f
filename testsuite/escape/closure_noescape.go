// errorcheck -0 -m -l

// Function literals that do not outlive their frame: called directly,
// assigned to a local and called, passed to a parameter that does not
// escape.

package escape

func apply(f func(int) int, v int) int { // ERROR "f does not escape$"
	return f(v)
}

func calledDirectly() int {
	x := 1
	return func() int { return x + 1 }() // ERROR "func literal does not escape$"
}

func localVar() int {
	x := 2
	f := func() int { return x * 2 } // ERROR "func literal does not escape$"
	return f() + f()
}

func passedToNonEscaping() int {
	k := 3
	return apply(func(v int) int { return v + k }, 4) // ERROR "func literal does not escape$"
}

func noCapture() int {
	return apply(func(v int) int { return v }, 5) // ERROR "func literal does not escape$"
}

// Writing a captured variable from a closure that does not escape keeps
// the variable on the stack (it is captured by reference).
func mutate() int {
	n := 0
	inc := func() { n++ } // ERROR "func literal does not escape$"
	inc()
	inc()
	return n
}
