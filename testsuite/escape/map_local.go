// errorcheck -0 -m -l

// make(map) that does not escape gets "does not escape" (its header and
// first bucket group can live on the stack); one that escapes is reported.

package escape

var gm map[int]int

func localMap() int {
	m := make(map[int]int) // ERROR "make\(map\[int\]int\) does not escape$"
	m[1] = 2
	return m[1]
}

func localMapHint(n int) int {
	m := make(map[int]int, n) // ERROR "make\(map\[int\]int, n\) does not escape$"
	m[n] = n
	return len(m)
}

func returnedMap() map[int]int {
	return make(map[int]int) // ERROR "make\(map\[int\]int\) escapes to heap$"
}

func globalMap() {
	gm = make(map[int]int) // ERROR "make\(map\[int\]int\) escapes to heap$"
}

func mapParam(m map[string]int) { // ERROR "m does not escape$"
	m["a"] = 1
}

func passLocalToParam() int {
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape$"
	mapParam(m)
	return len(m)
}

func rangeMap(m map[int]*int) int { // ERROR "m does not escape$"
	s := 0
	for k, v := range m {
		s += k + *v
	}
	return s
}
