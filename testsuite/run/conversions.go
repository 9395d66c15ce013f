// run

// Numeric conversions: float->int truncation toward zero, int->float,
// narrowing integer conversions, sign/zero extension and float32 rounding.
package main

import "fmt"

func main() {
	floats := [...]float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.75, -123456.999, 0}
	for _, f := range floats {
		fmt.Println(f, int(f), int32(f), int64(f), uint8(int(f)))
	}
	var pos float32 = 3.99
	var neg float32 = -3.99
	fmt.Println(int(pos), int(neg), uint(pos), int8(neg))

	// int -> float
	var big int64 = 9007199254740993 // 2^53 + 1 is not representable
	fmt.Println(float64(big), float64(big) == 9007199254740992)
	fmt.Println(float32(16777217), float64(int32(-7))/2)
	var u uint64 = 18446744073709551615
	fmt.Println(float64(u), float32(u))

	// Narrowing integer conversions keep the low bits.
	var w int64 = 0x123456789A
	fmt.Println(int8(w), uint8(w), int16(w), uint16(w), int32(w), uint32(w))
	var m int = -1
	fmt.Println(uint8(m), uint16(m), uint32(m), uint64(m), uint(m))
	var h int32 = 200
	fmt.Println(int8(h), byte(h), int8(h+56), int8(h+57))

	// Widening: sign extension for signed sources, zero extension otherwise.
	var sb int8 = -2
	var ub uint8 = 254
	fmt.Println(int64(sb), uint64(sb), int64(ub), uint32(sb), uint32(ub))
	var s16 int16 = -1
	fmt.Println(uint16(s16), int32(uint16(s16)), int32(s16))

	// float32 rounding.
	var f64 float64 = 0.1
	f32 := float32(f64)
	fmt.Println(f32, float64(f32), float64(f32) == f64)
	fmt.Println(float32(1.0/3.0), float64(float32(1.0/3.0)))
	var third float32 = 1
	third /= 3
	fmt.Println(third, third*3, float32(16777216.0)+1)
	fmt.Println(float32(0.1)+float32(0.2), float64(float32(0.1)+float32(0.2)))

	// Conversions between named types and strings.
	type Celsius float64
	type Fahrenheit float64
	c := Celsius(100)
	f := Fahrenheit(c*9/5 + 32)
	fmt.Println(c, f, int(f))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
}

// Output:
// 2.9 2 2 2 2
// -2.9 -2 -2 -2 254
// 0.5 0 0 0 0
// -0.5 0 0 0 0
// 1.00000000075e+09 1000000000 1000000000 1000000000 0
// -123456.999 -123456 -123456 -123456 192
// 0 0 0 0 0
// 3 -3 3 -3
// 9.007199254740992e+15 true
// 1.6777216e+07 -3.5
// 1.8446744073709552e+19 1.8446744e+19
// -102 154 30874 30874 878082202 878082202
// 255 65535 4294967295 18446744073709551615 18446744073709551615
// -56 200 0 1
// -2 18446744073709551614 254 4294967294 254
// 65535 65535 -1
// 0.1 0.10000000149011612 false
// 0.33333334 0.3333333432674408
// 0.33333334 1 1.6777216e+07
// 0.3 0.30000001192092896
// 100 212 212
// A 世 � �
