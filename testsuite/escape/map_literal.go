// errorcheck -0 -m -l

// Map literals: the literal is a location like make(map); its keys and
// values are stored into the map and escape.

package escape

var gm map[string]*int

func literalLocal() int {
	m := map[string]int{"a": 1, "b": 2} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	return m["a"]
}

func literalReturned() map[string]int {
	return map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap$"
}

func literalWithPointers() int {
	x := 1 // ERROR "moved to heap: x$"
	m := map[string]*int{"x": &x} // ERROR "map\[string\]\*int\{\.\.\.\} does not escape$"
	return *m["x"]
}

func literalToGlobal() {
	y := 2 // ERROR "moved to heap: y$"
	gm = map[string]*int{"y": &y} // ERROR "map\[string\]\*int\{\.\.\.\} escapes to heap$"
}

func emptyLiteral() int {
	m := map[int]int{} // ERROR "map\[int\]int\{\} does not escape$"
	m[1] = 1
	return len(m)
}

func literalStringValues(s string) int { // ERROR "leaking param: s$"
	m := map[int]string{1: s} // ERROR "map\[int\]string\{\.\.\.\} does not escape$"
	return len(m[1])
}
