// errorcheck

// Constant indices are checked against array and string lengths; indices
// must be integers.
package main

func main() {
	var a [3]int
	_ = a[3]   // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = a[-1]  // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = a[1.5] // ERROR "1.5 \(untyped float constant\) truncated to int"
	i := "x"
	_ = a[i] // ERROR "invalid argument: index i \(variable of type string\) must be integer"
	const s = "abc"
	_ = s[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	n := 5
	_ = n[0] // ERROR "cannot index n \(variable of type int\)"
	var m [2][2]int
	_ = m[1][2] // ERROR "invalid argument: index 2 out of bounds \[0:2\]"
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
}
