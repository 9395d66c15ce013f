// errorcheck

// Constants must be representable in the type they are converted to.
package main

func takeByte(b byte) {}

func main() {
	var a int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var u uint = -1  // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var c uint8
	c = 256      // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in assignment \(overflows\)"
	takeByte(1000) // ERROR "cannot use 1000 \(untyped int constant\) as byte value in argument to takeByte \(overflows\)"
	x := int16(40000)     // ERROR "cannot convert 40000 \(untyped int constant\) to type int16|constant 40000 overflows int16"
	var i int = 1 << 63   // ERROR "cannot use 1 << 63 \(untyped int constant 9223372036854775808\) as int value in variable declaration \(overflows\)"
	var f int = 2.5       // ERROR "cannot use 2.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	const big = 1 << 100
	var g int64 = big >> 30 // ERROR "overflows"
	_, _, _, _, _, _, _ = a, u, c, x, i, f, g
}
