// errorcheck -0 -m -l

// append: its backing store is its own location ("append escapes to heap"
// or "append does not escape"); the appended-to slice flows to the result.

package escape

var gs []int

func appendLocal(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i) // ERROR "append does not escape$"
	}
	return len(s)
}

func appendReturned(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i) // ERROR "append escapes to heap$"
	}
	return s
}

func appendToGlobal(v int) {
	gs = append(gs, v) // ERROR "append escapes to heap$"
}

// The parameter flows through append to the result.
func appendParam(s []int, v int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, v) // ERROR "append escapes to heap$"
}

func appendParamLocal(s []int, v int) int { // ERROR "s does not escape$"
	t := append(s, v) // ERROR "append does not escape$"
	return len(t)
}

func appendSpread(a, b []int) []int { // ERROR "leaking param: a to result ~r0 level=0$" "b does not escape$"
	return append(a, b...) // ERROR "append escapes to heap$"
}

func appendString(b []byte, s string) []byte { // ERROR "leaking param: b to result ~r0 level=0$" "s does not escape$"
	return append(b, s...) // ERROR "append escapes to heap$"
}

func appendToMake() int {
	s := make([]int, 0, 4) // ERROR "make\(\[\]int, 0, 4\) does not escape$"
	s = append(s, 1, 2) // ERROR "append does not escape$"
	return len(s)
}
