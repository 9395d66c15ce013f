// errorcheck -0 -m -l

// String concatenation allocates its result: "a + b escapes to heap" when
// the result escapes, "does not escape" when it stays local (a small
// result can then use a stack buffer). Concatenations of several operands
// print with the operands separated by " + ".

package escape

import "fmt"

var gs string

func concatReturned(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + b // ERROR "a \+ b escapes to heap$"
}

func concatLocal(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + b // ERROR "a \+ b does not escape$"
	return len(s)
}

func concatToGlobal(a string) { // ERROR "a does not escape$"
	gs = a + "!" // ERROR "a \+ .!. escapes to heap$"
}

func concatThree(a, b, c string) string { // ERROR "a does not escape$" "b does not escape$" "c does not escape$"
	return a + b + c // ERROR "a \+ b \+ c escapes to heap$"
}

func concatCompare(a, b string) bool { // ERROR "a does not escape$" "b does not escape$"
	return a+b == "xy" // ERROR "a \+ b does not escape$"
}

// s += t has no diagnostic at all: escape analysis models it as a plain
// assignment s = t (both operands flow to wherever s goes), and walk later
// builds the concatenation without an escape decision, so it is always
// heap allocated (measured in run_allocs_strings.go), unlike s = s + t.
func plusAssign(a, b string) string { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b to result ~r0 level=0$"
	a += b
	return a
}

// Constant operands are folded by the type checker: no allocation.
func constConcat() string {
	return "ab" + "cd"
}

func plusAssignLocal(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a
	s += b
	return len(s)
}

func concatInLoop(xs []string) string { // ERROR "leaking param: xs to result ~r0 level=1$"
	s := ""
	for _, x := range xs {
		s += x
	}
	return s
}

// Operands are printed as gc's IR has them: a variadic call shows its
// implicit slice as "... argument...".
func concatCall(n int) string {
	return fmt.Sprint(n) + "!" // ERROR "fmt\.Sprint\(\.\.\. argument\.\.\.\) \+ .!. escapes to heap$" "\.\.\. argument does not escape$" "n escapes to heap$"
}

func concatCallLocal(a string) int { // ERROR "a does not escape$"
	s := a + fmt.Sprintf("%d", len(a)) // ERROR "a \+ fmt\.Sprintf\(.%d., \.\.\. argument\.\.\.\) does not escape$" "\.\.\. argument does not escape$" "len\(a\) escapes to heap$"
	return len(s)
}
