// errorcheck -0 -m -l

// Dereference counting: p = &x is -1, p = q is 0, p = *q is +1.
// x escapes only if its *address* (net derefs < 0) reaches the heap.

package escape

var sink *int
var sinkpp **int
var sinkv int

// sink = *r where r = &p, p = &x: derefs -1 -1 +1 = -1: x escapes,
// p does not (only its value is copied).
func twoLevelsOneDeref() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	r := &p
	sink = *r
}

// sinkpp = r: p's address reaches the heap, so p escapes; x escapes
// too because the heap can read p.
func twoLevelsNoDeref() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x // ERROR "moved to heap: p$"
	r := &p
	sinkpp = r
}

// sinkv = **r: only the integer value leaves; nothing escapes.
func twoLevelsTwoDerefs() {
	x := 1
	p := &x
	r := &p
	sinkv = **r
}

// Three levels, net -1 after two derefs.
func threeLevels() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	q := &p
	r := &q
	sink = **r
}

// Copy chains keep derefs at 0.
func copies() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	q := p
	r := q
	sink = r
}
