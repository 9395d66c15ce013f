// errorcheck -0 -m -l

// Calls to a local variadic function build an implicit slice literal,
// printed as "... argument"; it escapes or not according to the callee's
// tag for the variadic parameter.

package escape

var gs []int
var gps []*int

func sum(xs ...int) int { // ERROR "xs does not escape$"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keep(xs ...int) { // ERROR "leaking param: xs$"
	gs = xs
}

func keepPtrs(ps ...*int) { // ERROR "leaking param: ps$"
	gps = ps
}

func first(ps ...*int) *int { // ERROR "leaking param: ps to result ~r0 level=1$"
	return ps[0]
}

func callSum(a, b int) int {
	return sum(a, b, 3) // ERROR "\.\.\. argument does not escape$"
}

func callSumNone() int {
	return sum()
}

func callKeep(a int) {
	keep(a, 1) // ERROR "\.\.\. argument escapes to heap$"
}

func callKeepPtrs() {
	x := 1 // ERROR "moved to heap: x$"
	keepPtrs(&x) // ERROR "\.\.\. argument escapes to heap$"
}

func callFirst() int {
	y := 1
	return *first(&y) // ERROR "\.\.\. argument does not escape$"
}

func callFirstEscapes() *int {
	z := 1 // ERROR "moved to heap: z$"
	return first(&z) // ERROR "\.\.\. argument does not escape$"
}
