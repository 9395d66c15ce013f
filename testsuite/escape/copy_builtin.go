// errorcheck -0 -m -l

// copy(dst, src): the source's contents flow into the destination's
// contents, which gc treats as the heap when the element type has
// pointers. For pointer-free elements neither side escapes.

package escape

func copyInts(dst, src []int) int { // ERROR "dst does not escape$" "src does not escape$"
	return copy(dst, src)
}

func copyPtrs(dst, src []*int) int { // ERROR "dst does not escape$" "leaking param content: src$"
	return copy(dst, src)
}

func copyString(dst []byte, s string) int { // ERROR "dst does not escape$" "s does not escape$"
	return copy(dst, s)
}

func copyLocal(n int) int {
	a := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape$"
	b := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape$"
	return copy(a, b)
}

func copyLocalPtrs() int {
	x := 1 // ERROR "moved to heap: x$"
	src := []*int{&x} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	dst := make([]*int, 1) // ERROR "make\(\[\]\*int, 1\) does not escape$"
	copy(dst, src)
	return *dst[0]
}
