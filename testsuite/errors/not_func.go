// errorcheck

// Only functions can be called.
package main

type T struct{ f int }

func main() {
	x := 5
	x() // ERROR "invalid operation: cannot call x \(variable of type int\): int is not a function"
	s := "str"
	_ = s(1) // ERROR "invalid operation: cannot call s \(variable of type string\): string is not a function"
	var t T
	t.f() // ERROR "invalid operation: cannot call t.f \(variable of type int\): int is not a function"
	const c = 3
	_ = c(2) // ERROR "invalid operation: cannot call c \(untyped int constant 3\): untyped int is not a function"
	var ok bool
	if ok() { // ERROR "cannot call ok \(variable of type bool\): bool is not a function"
	}
}
