// errorcheck -0 -m -l

// range loops: the range expression is evaluated once; each iteration's
// key/value variables are per-iteration (Go 1.22) and live at the loop's
// depth. Ranging over a slice of pointers reads contents.

package escape

var sink *int

func rangeSlicePtrs(s []*int) { // ERROR "leaking param content: s$"
	for _, p := range s {
		sink = p
	}
}

func rangeAddrOfValue(s []int) []*int { // ERROR "s does not escape$"
	var out []*int
	for _, v := range s { // ERROR "moved to heap: v$"
		out = append(out, &v) // ERROR "append escapes to heap$"
	}
	return out
}

func rangeAddrOfElem(s []int) []*int { // ERROR "leaking param: s$"
	var out []*int
	for i := range s {
		out = append(out, &s[i]) // ERROR "append escapes to heap$"
	}
	return out
}

func rangeArrayLocal() int {
	a := [3]int{1, 2, 3}
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func rangeLocalSliceLit() int {
	t := 0
	for _, v := range []int{1, 2, 3} { // ERROR "\[\]int\{\.\.\.\} does not escape$"
		t += v
	}
	return t
}

func rangeString(s string) int { // ERROR "s does not escape$"
	n := 0
	for _, r := range s {
		n += int(r)
	}
	return n
}

func rangeInt(n int) *int {
	var last *int
	for i := range n { // ERROR "moved to heap: i$"
		last = &i
	}
	return last
}

func rangeChan(c chan *int) *int { // ERROR "c does not escape$"
	var last *int
	for p := range c {
		last = p
	}
	return last
}
