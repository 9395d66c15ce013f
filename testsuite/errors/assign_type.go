// errorcheck

// Assignability: values of one type cannot be used where another is
// expected, in assignments, declarations, arguments and returns.
package main

type Miles float64

func takesString(s string) {}

func retInt() int {
	return "zero" // ERROR "cannot use .zero. \(untyped string constant\) as int value in return statement"
}

func main() {
	x := 5
	var s string
	s = x // ERROR "cannot use x \(variable of type int\) as string value in assignment"
	var f float64 = x // ERROR "cannot use x \(variable of type int\) as float64 value in variable declaration"
	takesString(x)    // ERROR "cannot use x \(variable of type int\) as string value in argument to takesString"
	var m Miles = f   // ERROR "cannot use f \(variable of type float64\) as Miles value in variable declaration"
	var b bool = 1    // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	var p *int = &f   // ERROR "cannot use &f \(value of type \*float64\) as \*int value in variable declaration"
	var arr [3]int = [4]int{} // ERROR "cannot use \[4\]int{} \(value of type \[4\]int\) as \[3\]int value in variable declaration"
	_, _, _, _, _ = s, m, b, p, arr
	_ = retInt()
}
