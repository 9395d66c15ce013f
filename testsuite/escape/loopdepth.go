// errorcheck -0 -m -l

// Loop depth: a variable declared inside a loop body whose address is
// stored in a variable declared outside the loop must escape (each
// iteration needs its own copy). Same-depth flows stay on the stack.

package escape

func outerHoldsInner(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		x := i // ERROR "moved to heap: x$"
		p = &x
	}
	return *p
}

func sameDepth(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		x := i
		p := &x
		s += *p
	}
	return s
}

// A variable declared outside the loop, whose address is taken inside it,
// does not need to escape.
func innerHoldsOuter(n int) int {
	y := 0
	s := 0
	for i := 0; i < n; i++ {
		p := &y
		*p += i
		s += y
	}
	return s
}

// new inside the loop assigned to an outer variable.
func newInLoop(n int) *int {
	var last *int
	for i := 0; i < n; i++ {
		last = new(int) // ERROR "new\(int\) escapes to heap$"
	}
	return last
}

func newInLoopLocal(n int) int {
	var last *int
	s := 0
	for i := 0; i < n; i++ {
		last = new(int) // ERROR "new\(int\) escapes to heap$"
		s += *last
	}
	return s
}

// Nested loops: z lives at depth 3, q at depth 2.
func nested(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		var q *int
		for j := 0; j < n; j++ {
			z := j // ERROR "moved to heap: z$"
			q = &z
		}
		s += *q
	}
	return s
}

// Range loop bodies count too.
func rangeLoop(xs []int) int { // ERROR "xs does not escape$"
	var p *int
	for _, v := range xs {
		w := v // ERROR "moved to heap: w$"
		p = &w
	}
	return *p
}
