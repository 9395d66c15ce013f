// errorcheck -0 -m -l

// Passing an existing slice with xs...: no implicit slice is built, the
// slice itself is the argument and takes the parameter's tag.

package escape

var gs []int

func sum(xs ...int) int { // ERROR "xs does not escape$"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keep(xs ...int) { // ERROR "leaking param: xs$"
	gs = xs
}

func spreadParam(xs []int) int { // ERROR "xs does not escape$"
	return sum(xs...)
}

func spreadLocal() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return sum(s...)
}

func spreadKeep(xs []int) { // ERROR "leaking param: xs$"
	keep(xs...)
}

func spreadKeepLocal() {
	s := make([]int, 3) // ERROR "make\(\[\]int, 3\) escapes to heap$"
	keep(s...)
}

func forwardVariadic(xs ...int) int { // ERROR "xs does not escape$"
	return sum(xs...)
}
