// errorcheck -0 -m -l

// Pointer-shaped values (pointers, maps, channels, funcs, single-pointer
// structs and arrays) are stored directly in the interface data word:
// there is no box and no diagnostic for the conversion itself; the value
// just flows on.

package escape

var sink any

type One struct{ p *int }
type Arr1 [1]*int
type Two struct{ p, q *int }

func pointer() {
	x := 1 // ERROR "moved to heap: x$"
	sink = &x
}

func pointerParam(p *int) { // ERROR "leaking param: p$"
	sink = p
}

func mapChanFunc(m map[int]int, c chan int, f func()) { // ERROR "leaking param: m$" "leaking param: c$" "leaking param: f$"
	sink = m
	sink = c
	sink = f
}

func oneField(o One) { // ERROR "leaking param: o$"
	sink = o
}

func oneElemArray(a Arr1) { // ERROR "leaking param: a$"
	sink = a
}

// Two pointer fields: not pointer-shaped, boxed.
func twoFields(t Two) { // ERROR "leaking param: t$"
	sink = t // ERROR "t escapes to heap$"
}

func localPointerNoEscape() bool {
	y := 2
	var i any = &y
	return i != nil
}
