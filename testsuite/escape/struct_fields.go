// errorcheck -0 -m -l

// No field sensitivity: a struct variable is one location, so storing an
// address into one field and leaking another field leaks both.

package escape

var sink *int

type Pair struct {
	a, b *int
}

func leakOtherField() {
	x := 1 // ERROR "moved to heap: x$"
	y := 2 // ERROR "moved to heap: y$"
	var p Pair
	p.a = &x
	p.b = &y
	sink = p.b
}

func leakNoField() int {
	x := 1
	y := 2
	var p Pair
	p.a = &x
	p.b = &y
	return *p.a + *p.b
}

// The same with an array: elements are not distinguished either.
func leakOtherElem() {
	x := 1 // ERROR "moved to heap: x$"
	y := 2 // ERROR "moved to heap: y$"
	var a [2]*int
	a[0] = &x
	a[1] = &y
	sink = a[1]
}

// Params: returning one field of a struct value leaks the whole struct.
func fieldB(p Pair) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p.b
}

type Nested struct {
	in  Pair
	pad int
}

func nestedField() {
	z := 3 // ERROR "moved to heap: z$"
	var n Nested
	n.in.a = &z
	sink = n.in.b
}

// Copying a struct value copies the taint.
func copyStruct() {
	w := 4 // ERROR "moved to heap: w$"
	var p Pair
	p.a = &w
	q := p
	sink = q.b
}
