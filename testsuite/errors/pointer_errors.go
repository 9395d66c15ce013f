// errorcheck

// Pointer operations on values that are not pointers, and type mismatches
// between pointer types.
package main

type T struct{ v int }

func main() {
	x := 1
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	var p *int = &x
	var q *int64
	_ = p == q // ERROR "invalid operation: p == q \(mismatched types \*int and \*int64\)"
	p = nil
	var t T
	_ = t.v
	pt := &t
	_ = pt.w // ERROR "pt.w undefined \(type \*T has no field or method w\)"
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	var n int = nil // ERROR "cannot use nil as int value in variable declaration"
	_ = n
}
