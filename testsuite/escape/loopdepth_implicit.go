// errorcheck -0 -m -l

// Loop depth applies to every allocation site, not only named variables:
// a box, a slice literal, a make, a closure or &T{} created inside a loop
// and stored into a variable declared outside it escapes.

package escape

type T struct{ n int }

func boxInLoop(xs []int) bool { // ERROR "xs does not escape$"
	var i any
	for _, x := range xs {
		i = x // ERROR "x escapes to heap$"
	}
	return i == nil
}

func boxSameDepth(xs []int) int { // ERROR "xs does not escape$"
	n := 0
	for _, x := range xs {
		var i any = x // ERROR "x does not escape$"
		if i != nil {
			n++
		}
	}
	return n
}

func sliceLitInLoop(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = []int{i} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	}
	return len(s)
}

func makeInLoop(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
	}
	return len(s)
}

func compositeInLoop(n int) int {
	var p *T
	for i := 0; i < n; i++ {
		p = &T{i} // ERROR "&T\{\.\.\.\} escapes to heap$"
	}
	return p.n
}

func compositeSameDepth(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := &T{i} // ERROR "&T\{\.\.\.\} does not escape$"
		s += p.n
	}
	return s
}

// A value copy out of the loop is fine: only addresses matter.
func valueOutOfLoop(n int) T {
	var last T
	for i := 0; i < n; i++ {
		t := T{i}
		last = t
	}
	return last
}
