// errorcheck

// Local variables that are declared but never used; assignment alone is
// not a use. Package-level variables and parameters are exempt.
package main

var unusedGlobal int

func f(unusedParam int) (unusedResult int) {
	a := 1 // ERROR "declared and not used: a"
	b := 2 // ERROR "declared and not used: b"
	b = 3 // assigned, but never read
	var c string // ERROR "declared and not used: c"
	for i := 0; i < 3; i++ {
		d := i // ERROR "declared and not used: d"
	}
	if e := f(0); true { // ERROR "declared and not used: e"
	}
	g, h := 1, 2 // ERROR "declared and not used: g"
	_ = h
	return 0
}

func main() {
	f(1)
}
