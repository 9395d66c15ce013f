// errorcheck -0 -m -l

// make([]T, n): constant and non-constant sizes, escaping or not.
// The diagnostic prints the make expression as written, except that a
// length coming from a local that is never reassigned is replaced by its
// constant value.

package escape

var gs []int

func constLocal() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	s[0] = 1
	return s[0]
}

func constReturned() []int {
	return make([]int, 10) // ERROR "make\(\[\]int, 10\) escapes to heap$"
}

func varLocal(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape$"
	return len(s)
}

func varReturned(n int) []int {
	return make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
}

func lenCap(n int) int {
	s := make([]int, 0, n) // ERROR "make\(\[\]int, 0, n\) does not escape$"
	return cap(s)
}

func toGlobal(n int) {
	gs = make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
}

// n is a local never reassigned: the size prints as the constant 8.
func propagatedConst() int {
	n := 8
	s := make([]int, n) // ERROR "make\(\[\]int, 8\) does not escape$"
	return len(s)
}

// m is reassigned: it stays a variable.
func notPropagated(c bool) int {
	m := 8
	if c {
		m = 16
	}
	s := make([]int, m) // ERROR "make\(\[\]int, m\) does not escape$"
	return len(s)
}

func propagatedConstCap() int {
	c := 4
	s := make([]byte, 0, c) // ERROR "make\(\[\]byte, 0, 4\) does not escape$"
	return cap(s)
}

// len of a never-reassigned slice literal is propagated too.
func propagatedLen() int {
	lit := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	s := make([]int, len(lit)) // ERROR "make\(\[\]int, 3\) does not escape$"
	return len(s) + lit[0]
}

// Zero-sized elements always go to the heap (allocation of size 0).
func zeroSized(n int) int {
	s := make([]struct{}, n) // ERROR "make\(\[\]struct \{\}, n\) escapes to heap$"
	return len(s)
}
