// errorcheck -0 -m -l

// Function literals that outlive their frame: returned, stored in a
// global, stored in a heap object, passed to an escaping parameter.

package escape

var gf func() int

type H struct{ f func() int }

var gh *H

func store(f func() int) { // ERROR "leaking param: f$"
	gf = f
}

func returned() func() int {
	x := 1
	return func() int { return x } // ERROR "func literal escapes to heap$"
}

func toGlobal() {
	y := 2
	gf = func() int { return y } // ERROR "func literal escapes to heap$"
}

func toHeapObject() {
	h := &H{} // ERROR "&H\{\} escapes to heap$"
	gh = h
	h.f = func() int { return 3 } // ERROR "func literal escapes to heap$"
}

// A literal capturing nothing is static data (no allocation), but gc still
// reports it as escaping.
func toEscapingParam() {
	store(func() int { return 4 }) // ERROR "func literal escapes to heap$"
}

// A counter: n is reassigned inside the escaping closure, so it is
// captured by reference and moved to the heap.
func counter() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

// The closure is built in a loop and assigned to an outer variable:
// loop depth makes it escape.
func inLoop(k int) int {
	var f func() int
	for i := 0; i < k; i++ {
		f = func() int { return i } // ERROR "func literal escapes to heap$"
	}
	return f()
}
