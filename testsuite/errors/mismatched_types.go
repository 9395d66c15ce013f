// errorcheck

// Binary operations need operands of identical types (after untyped
// constant conversion); named types are distinct from their underlying type.
package main

type Celsius float64

func main() {
	a := 1
	b := "two"
	var c int64 = 3
	var d int32 = 4
	var t Celsius = 20
	var f float64 = 1.5
	_ = a + b  // ERROR "invalid operation: a \+ b \(mismatched types int and string\)"
	_ = a + c  // ERROR "invalid operation: a \+ c \(mismatched types int and int64\)"
	_ = c * d  // ERROR "invalid operation: c \* d \(mismatched types int64 and int32\)"
	_ = t + f  // ERROR "invalid operation: t \+ f \(mismatched types Celsius and float64\)"
	_ = a == c // ERROR "invalid operation: a == c \(mismatched types int and int64\)"
	_ = b < a  // ERROR "invalid operation: b < a \(mismatched types string and int\)"
	_ = t + 1  // untyped constants convert: fine
	_ = f * 2
	_ = a + int(c) + int(d)
}
