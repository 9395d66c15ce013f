// run

// Every integer type: extreme values, zero values, typed arithmetic and printing.
package main

import "fmt"

func main() {
	var i8 int8 = -128
	var i16 int16 = -32768
	var i32 int32 = -2147483648
	var i64 int64 = -9223372036854775808
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var i int = 9223372036854775807
	var u uint = 18446744073709551615
	var up uintptr = 0xdeadbeef
	var by byte = 'A'
	var ru rune = '世'

	fmt.Println(i8, i16, i32, i64)
	fmt.Println(u8, u16, u32, u64)
	fmt.Println(i, u, up, by, ru)
	fmt.Printf("%T %T %T %T %T %T %T %T\n", i8, i16, i32, i64, u8, u16, u32, u64)
	fmt.Printf("%T %T %T %T %T\n", i, u, up, by, ru)

	var z8 int8
	var z64 uint64
	var zp uintptr
	fmt.Println(z8, z64, zp)

	// Arithmetic within range.
	a8 := int8(100)
	b8 := int8(27)
	fmt.Println(a8+b8, a8-b8, -a8, a8/b8, a8%b8)
	a16 := int16(-30000)
	fmt.Println(a16/7, a16%7, a16*1, a16+2767)
	a32 := int32(123456789)
	fmt.Println(a32*10, a32/1000, a32%1000)
	a64 := int64(1) << 62
	fmt.Println(a64, a64-1+a64, a64/3)
	fmt.Println(u16/3, u32/7, u64/10, u64%10)

	// Mixed via explicit conversion.
	total := int64(i8) + int64(i16) + int64(i32)
	fmt.Println(total)
	sum := uint64(u8) + uint64(u16) + uint64(u32)
	fmt.Println(sum)
	fmt.Println(int(by)+1, string(rune(by+1)), ru+1, string(ru+1))
}

// Output:
// -128 -32768 -2147483648 -9223372036854775808
// 255 65535 4294967295 18446744073709551615
// 9223372036854775807 18446744073709551615 3735928559 65 19990
// int8 int16 int32 int64 uint8 uint16 uint32 uint64
// int uint uintptr uint8 int32
// 0 0 0
// 127 73 -100 3 19
// -4285 -5 -30000 -27233
// 1234567890 123456 789
// 4611686018427387904 9223372036854775807 1537228672809129301
// 21845 613566756 1844674407370955161 5
// -2147516544
// 4295033085
// 66 B 19991 丗
