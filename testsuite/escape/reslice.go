// errorcheck -0 -m -l

// Slicing: s[i:j] of a slice is the same pointer (derefs 0); slicing a
// local array takes its address, so returning a[:] moves the array.

package escape

func subslice(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func subsliceLocal(s []int) int { // ERROR "s does not escape$"
	t := s[1:3]
	return len(t)
}

func arraySliceReturned() []int {
	var a [4]int // ERROR "moved to heap: a$"
	return a[:]
}

func arraySliceLocal() int {
	var a [4]int
	s := a[1:]
	s[0] = 5
	return a[1]
}

func arrayPtrSlice(p *[4]int) []int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p[:2]
}

func substring(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func threeIndex(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[0:1:1]
}

func makeThenReslice(n int) []int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return s[:n/2]
}
