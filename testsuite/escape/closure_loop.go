// errorcheck -0 -m -l

// Closures and loops (Go 1.22+ per-iteration loop variables).

package escape

func collect(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
	return fs
}

// Taking the loop variable's address in the body: captured by reference,
// each iteration's i moves to the heap.
func collectAddr(n int) []*int {
	var ps []*int
	for i := 0; i < n; i++ { // ERROR "moved to heap: i$"
		ps = append(ps, &i) // ERROR "append escapes to heap$"
	}
	return ps
}

// Calling a closure inside the loop does not make anything escape.
func callInLoop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += func() int { return i * 2 }() // ERROR "func literal does not escape$"
	}
	return s
}

func rangeCollect(xs []int) []func() int { // ERROR "xs does not escape$"
	var fs []func() int
	for _, x := range xs {
		fs = append(fs, func() int { return x }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
	return fs
}
