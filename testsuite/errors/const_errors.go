// errorcheck

// Errors in constant expressions are found at compile time.
package main

const zero = 0

func main() {
	x := 10
	_ = x / 0       // ERROR "invalid operation: division by zero"
	_ = x % zero    // ERROR "invalid operation: division by zero"
	_ = 1.5 / 0.0   // ERROR "invalid operation: division by zero"
	const big = 1 << 10000 // ERROR "invalid operation: invalid shift count 10000 \(untyped int constant\)"
	_ = 1 << -1     // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	const c = 10
	c = 20          // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
	_ = int8(1) * 200 // ERROR "200 \(untyped int constant\) overflows int8"
	_ = uint(0) - 1 // ERROR "uint\(0\) - 1 \(constant -1 of type uint\) overflows uint"
}
