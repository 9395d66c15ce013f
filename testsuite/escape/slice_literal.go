// errorcheck -0 -m -l

// Slice literals allocate a backing array (a location); array literals are
// plain values.

package escape

var gs []*int

func literalLocal() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return s[0] + len(s)
}

func literalReturned() []int {
	return []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

func literalOfPointers() int {
	x := 1
	s := []*int{&x} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	return *s[0]
}

func literalOfPointersToGlobal() {
	y := 2 // ERROR "moved to heap: y$"
	gs = []*int{&y} // ERROR "\[\]\*int\{\.\.\.\} escapes to heap$"
}

func arrayLiteral() *int {
	z := 3 // ERROR "moved to heap: z$"
	a := [2]*int{&z, nil}
	return a[0]
}

func arrayLiteralLocal() int {
	w := 4
	a := [2]*int{&w, nil}
	return *a[0]
}

func emptyLiteral() []int {
	return []int{} // ERROR "\[\]int\{\} escapes to heap$"
}

// Each inner literal is a location of its own.
func nestedLiteral() [][]int {
	return [][]int{ // ERROR "\[\]\[\]int\{\.\.\.\} escapes to heap$"
		{1}, // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
		[]int{2, 3}, // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	}
}

func nestedLiteralLocal() int {
	s := [][]int{ // ERROR "\[\]\[\]int\{\.\.\.\} does not escape$"
		{1}, // ERROR "\[\]int\{\.\.\.\} does not escape$"
		{2, 3}, // ERROR "\[\]int\{\.\.\.\} does not escape$"
	}
	return s[1][1]
}
