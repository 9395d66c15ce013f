// errorcheck -0 -m -l

// Arrays are values: indexing an array is not a dereference, elements are
// part of the variable. Indexing a slice is a dereference.

package escape

var sink *int

// Returning an element read from a slice parameter: level=1 (content).
func sliceElem(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1$"
	return s[0]
}

// Returning an element of an array parameter: level=0.
func arrayElem(a [3]*int) *int { // ERROR "leaking param: a to result ~r0 level=0$"
	return a[0]
}

// Address of an element of an array parameter: the parameter moves.
func arrayElemAddr(a [3]int) *int { // ERROR "moved to heap: a$"
	return &a[0]
}

// Address of a slice element is just pointer arithmetic on the parameter.
func sliceElemAddr(s []int) *int { // ERROR "leaking param: s to result ~r0 level=0$"
	return &s[0]
}

func arrayOfPointersLocal() int {
	x := 1
	var a [1]*int
	a[0] = &x
	return *a[0]
}

func arrayOfPointersToHeap() {
	y := 1 // ERROR "moved to heap: y$"
	var a [1]*int
	a[0] = &y
	sink = a[0]
}

// Array of arrays, still one variable.
func matrix() int {
	var m [2][2]int
	p := &m[1][1]
	*p = 3
	return m[1][1]
}

func arrayPtrIndex(p *[3]*int) *int { // ERROR "leaking param: p to result ~r0 level=1$"
	return p[1]
}
