// errorcheck -0 -m

// Inlining a variadic function: the implicit "... argument" slice is then
// analysed in the caller. Surprise: fmt.Println itself is inlinable (it is
// a wrapper around Fprintln(os.Stdout, a...)), so a small function calling
// it is inlinable too, and every inlined copy reports the "... argument"
// and the boxes again at the call site of the outer function.

package escape

import "fmt"

func sum(xs ...int) int { // ERROR "can inline sum$" "xs does not escape$"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func callSum(a, b int) int { // ERROR "can inline callSum$"
	return sum(a, b, 3) // ERROR "inlining call to sum$" "\.\.\. argument does not escape$"
}

func logInt(x int) { // ERROR "can inline logInt$"
	fmt.Println("v", x) // ERROR "inlining call to fmt\.Println$" "\.\.\. argument does not escape$" ".v. escapes to heap$" "x escapes to heap$"
}

func callLog() {
	logInt(5) // ERROR "inlining call to logInt$" "inlining call to fmt\.Println$" "\.\.\. argument does not escape$" ".v. escapes to heap$" "5 escapes to heap$"
}

var kept []int

func keep(xs ...int) { // ERROR "can inline keep$" "leaking param: xs$"
	kept = xs
}

func callKeep(a int) { // ERROR "can inline callKeep$"
	keep(a, a) // ERROR "inlining call to keep$" "\.\.\. argument escapes to heap$"
}
