// errorcheck -0 -m -l

// Storing an address into a slice element: a slice index is a dereference
// of the slice's pointer, i.e. a store through a pointer, so the stored
// address escapes, even into a local slice. Storing into an element of a
// local array is a local store.

package escape

func storeIntoLocalSlice() int {
	s := make([]*int, 2) // ERROR "make\(\[\]\*int, 2\) does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	s[0] = &x
	return *s[0]
}

func storeIntoParamSlice(s []*int) { // ERROR "s does not escape$"
	y := 1 // ERROR "moved to heap: y$"
	s[0] = &y
}

func storeIntoLocalArray() int {
	var a [2]*int
	z := 1
	a[0] = &z
	return *a[0]
}

func storeIntoArrayPtr(p *[2]*int) { // ERROR "p does not escape$"
	w := 1 // ERROR "moved to heap: w$"
	p[0] = &w
}

func storeParamIntoSlice(s []*int, p *int) { // ERROR "s does not escape$" "leaking param: p$"
	s[0] = p
}

// Loads from slices of pointers are content leaks when returned.
func loadFromSlice(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1$"
	return s[0]
}

func loadFromArray(a [2]*int) *int { // ERROR "leaking param: a to result ~r0 level=0$"
	return a[1]
}
