// errorcheck -0 -m -l

// Keys and values stored into a map escape (the map's storage is treated
// as heap), even when the map itself stays on the stack. Lookup and delete
// keys do not escape.

package escape

type K struct{ a, b int }

func storePointerValue() int {
	m := make(map[int]*int) // ERROR "make\(map\[int\]\*int\) does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	m[0] = &x
	return *m[0]
}

func storePointerKey() int {
	m := make(map[*int]bool) // ERROR "make\(map\[\*int\]bool\) does not escape$"
	y := 1 // ERROR "moved to heap: y$"
	m[&y] = true
	return len(m)
}

func lookupPointerKey(m map[*int]bool) bool { // ERROR "m does not escape$"
	z := 1
	return m[&z]
}

func deletePointerKey(m map[*int]bool) { // ERROR "m does not escape$"
	w := 1
	delete(m, &w)
}

func storeStringKey(m map[string]int, k string) { // ERROR "m does not escape$" "leaking param: k$"
	m[k] = 1
}

func lookupStringKey(m map[string]int, k string) int { // ERROR "m does not escape$" "k does not escape$"
	return m[k]
}

func storeSliceValue(m map[int][]int, s []int) { // ERROR "m does not escape$" "leaking param: s$"
	m[0] = s
}

func storeStructKey(m map[K]int, a, b int) { // ERROR "m does not escape$"
	m[K{a, b}] = 1
}

func storeIfaceValue(m map[int]any, v int) { // ERROR "m does not escape$"
	m[0] = v // ERROR "v escapes to heap$"
}

func commaOk(m map[*int]int) bool { // ERROR "m does not escape$"
	v := 1
	_, ok := m[&v]
	return ok
}
