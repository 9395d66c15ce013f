// run

// Integer arithmetic wraps around for every sized type (two's complement).
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	a--
	fmt.Println("int8 -128-1 =", a)
	var b int8 = -128
	fmt.Println("int8 -(-128) =", -b, "*-1 =", b*-1)
	var c int8 = 100
	fmt.Println("int8 100*3 =", c*3, "100+100 =", c+c)

	var d int16 = 32767
	d += 1
	fmt.Println("int16 max+1 =", d)
	var e int16 = 300
	fmt.Println("int16 300*300 =", e*e)

	var f int32 = 2147483647
	f++
	fmt.Println("int32 max+1 =", f)
	var g int32 = 65536
	fmt.Println("int32 65536*65536 =", g*g, "65536*32768 =", g*32768)

	var h int64 = 9223372036854775807
	h++
	fmt.Println("int64 max+1 =", h)
	var k int64 = 3037000500
	fmt.Println("int64 3037000500^2 =", k*k)

	var n int = 1 << 62
	fmt.Println("int 2^62*2 =", n*2, "2^62*4 =", n*4)

	var u8 uint8 = 250
	for i := 0; i < 10; i++ {
		u8++
	}
	fmt.Println("uint8 250+10 =", u8)
	var u8b uint8 = 3
	fmt.Println("uint8 3-5 =", u8b-5, "-3 =", -u8b, "16*3*6 =", uint8(16)*u8b*6)

	var u16 uint16 = 0
	u16--
	fmt.Println("uint16 0-1 =", u16)
	var u32 uint32 = 4000000000
	fmt.Println("uint32 4e9+4e9 =", u32+u32, "4e9*3 =", u32*3)
	var u64 uint64 = 1 << 63
	fmt.Println("uint64 2^63*2 =", u64*2, "2^63+2^63-1 =", u64+u64-1)
	var u uint = 0
	fmt.Println("uint 0-1 =", u-1)

	// Accumulated wrap: a multiplicative hash on every width.
	var x8 uint8 = 1
	var x16 uint16 = 1
	var x32 uint32 = 1
	var x64 uint64 = 1
	var s8 int8 = 1
	var s32 int32 = 1
	for i := 0; i < 20; i++ {
		x8 = x8*31 + 7
		x16 = x16*31 + 7
		x32 = x32*31 + 7
		x64 = x64*31 + 7
		s8 = s8*31 + 7
		s32 = s32*31 + 7
	}
	fmt.Println(x8, x16, x32, x64)
	fmt.Println(s8, s32)
}

// Output:
// int8 127+1 = -128
// int8 -128-1 = 127
// int8 -(-128) = -128 *-1 = -128
// int8 100*3 = 44 100+100 = -56
// int16 max+1 = -32768
// int16 300*300 = 24464
// int32 max+1 = -2147483648
// int32 65536*65536 = 0 65536*32768 = -2147483648
// int64 max+1 = -9223372036854775808
// int64 3037000500^2 = -9223372036709301616
// int 2^62*2 = -9223372036854775808 2^62*4 = 0
// uint8 250+10 = 4
// uint8 3-5 = 254 -3 = 253 16*3*6 = 32
// uint16 0-1 = 65535
// uint32 4e9+4e9 = 3705032704 4e9*3 = 3410065408
// uint64 2^63*2 = 0 2^63+2^63-1 = 18446744073709551615
// uint 0-1 = 18446744073709551615
// 65 42561 1119659585 949723570705835585
// 65 1119659585
