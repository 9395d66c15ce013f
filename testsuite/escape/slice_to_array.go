// errorcheck -0 -m -l

// A pointer converted from a slice, (*[N]T)(s), is s's backing array: where
// it flows, the array flows. [N]T(s) copies the elements, so only what they
// point to flows.

package escape

var g *[4]int

func toGlobal() {
	s := []int{1, 2, 3, 4} // ERROR "\[\]int{...} escapes to heap$"
	g = (*[4]int)(s)
}

func toResult(n int) *[2]int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return (*[2]int)(s)
}

func local(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape$"
	p := (*[2]int)(s)
	return p[0] + len(p)
}

func param(s []int) int { // ERROR "s does not escape$"
	p := (*[3]int)(s)
	return p[2]
}

func copyPointers() [2]*int {
	x := 1              // ERROR "moved to heap: x$"
	s := []*int{&x, &x} // ERROR "\[\]\*int{...} does not escape$"
	return [2]*int(s)
}

func leakElement(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1$"
	a := [2]*int(s)
	return a[1]
}
