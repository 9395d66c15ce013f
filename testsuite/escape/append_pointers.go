// errorcheck -0 -m -l

// Appending values with pointers: the appended values flow to the heap
// (append may reallocate, gc does not track the new backing store), even
// when the slice itself stays local.

package escape

func appendAddr() int {
	var s []*int
	x := 1 // ERROR "moved to heap: x$"
	s = append(s, &x) // ERROR "append does not escape$"
	return len(s)
}

func appendParamPtr(s []*int, p *int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$" "leaking param: p$"
	return append(s, p) // ERROR "append escapes to heap$"
}

func appendParamPtrLocal(p *int) int { // ERROR "leaking param: p$"
	var s []*int
	s = append(s, p) // ERROR "append does not escape$"
	return len(s)
}

// Element type without pointers: the values are just copied.
func appendInts() int {
	var s []int
	y := 1
	s = append(s, y) // ERROR "append does not escape$"
	return len(s)
}

type Pt struct{ x, y int }

func appendStructs() int {
	var s []Pt
	s = append(s, Pt{1, 2}) // ERROR "append does not escape$"
	return len(s)
}

func appendStrings(t string) int { // ERROR "leaking param: t$"
	var s []string
	s = append(s, t) // ERROR "append does not escape$"
	return len(s)
}
