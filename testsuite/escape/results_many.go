// errorcheck -0 -m -l

// A leak tag records flows to the first five results only; a parameter
// reaching the sixth or a later result is treated as leaking to the heap.
// Levels (dereferences) are recorded exactly, well beyond 1.

package escape

func fifth(p *int) (a, b, c, d, e *int) { // ERROR "leaking param: p to result e level=0$"
	e = p
	return
}

func sixth(p *int) (a, b, c, d, e, f *int) { // ERROR "leaking param: p$"
	f = p
	return
}

func seventh(p *int) (a, b, c, d, e, f, g *int) { // ERROR "leaking param: p$"
	g = p
	return
}

// The caller pays: x moves because of sixth's tag, y does not.
func caller() int {
	x := 1 // ERROR "moved to heap: x$"
	y := 2
	_, _, _, _, _, f := sixth(&x)
	_, _, _, _, e := fifth(&y)
	return *f + *e
}

func level3(p ****int) *int { // ERROR "leaking param: p to result ~r0 level=3$"
	return ***p
}

func level4(p *****int) *int { // ERROR "leaking param: p to result ~r0 level=4$"
	return ****p
}
