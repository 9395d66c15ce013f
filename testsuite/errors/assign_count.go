// errorcheck

// The number of values must match the number of variables.
package main

func one() int             { return 1 }
func two() (int, string)   { return 2, "two" }
func none()                {}

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	c := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	d, e, f := two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	var g, h int = one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	x := none() // ERROR "none\(\) \(no value\) used as value"
	var i, j int
	i, j = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	_, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, x, i, j
}
