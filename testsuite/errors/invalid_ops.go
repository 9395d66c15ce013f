// errorcheck

// Operators applied to operand types that do not support them.
package main

type P struct{ X int }

func main() {
	n := 1
	s := "s"
	b := true
	f := 1.5
	var p P
	_ = !n     // ERROR "invalid operation: operator ! not defined on n \(variable of type int\)"
	_ = -s     // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = b + b  // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = s * 2  // ERROR "invalid operation: s \* 2 \(mismatched types string and untyped int\)"
	_ = f % 2  // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = f << 1 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = n && b // ERROR "invalid operation: n && b \(mismatched types int and bool\)"
	_ = p < p  // ERROR "invalid operation: p < p \(operator < not defined on struct\)"
	_ = n << s // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
}
