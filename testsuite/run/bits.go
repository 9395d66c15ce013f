// run

// Bitwise operators & | ^ &^ and unary ^ on every width: population count,
// bit reversal, lowest set bit, parity and power-of-two tests.
package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func reverse32(x uint32) uint32 {
	x = (x>>1)&0x55555555 | (x&0x55555555)<<1
	x = (x>>2)&0x33333333 | (x&0x33333333)<<2
	x = (x>>4)&0x0F0F0F0F | (x&0x0F0F0F0F)<<4
	x = (x>>8)&0x00FF00FF | (x&0x00FF00FF)<<8
	return x>>16 | x<<16
}

func lowest(x int32) int32 { return x & -x }

func isPow2(x uint) bool { return x != 0 && x&(x-1) == 0 }

func main() {
	a, b := 0b1100_1010, 0b1010_0110
	fmt.Printf("%08b %08b %08b %08b %08b\n", a&b, a|b, a^b, a&^b, ^a&0xff)
	var i8 int8 = 0x5a
	var u16 uint16 = 0xbeef
	var i64 int64 = -0x0123456789abcdef
	fmt.Println(^i8, ^u16, ^i64, -i64^i64, i8&^0x0f)
	fmt.Printf("%x %x %x\n", u16&0xff00, u16|0x0f0f, u16^0xffff)
	for _, x := range [...]uint64{0, 1, 0xff, 0xdeadbeef, 1<<64 - 1} {
		fmt.Print(popcount(x), ",")
	}
	fmt.Println(popcount(0x8000000000000001))
	fmt.Printf("%08b %08b %08x %08x\n", reverse8(0b00010110), reverse8(1), reverse32(1), reverse32(0x12345678))
	fmt.Println(lowest(12), lowest(-8), lowest(0), lowest(-2147483648))
	for _, v := range [...]uint{0, 1, 2, 3, 64, 96, 1 << 40} {
		fmt.Print(isPow2(v), ",")
	}
	fmt.Println()
	parity := uint32(0xdeadbeef)
	parity ^= parity >> 16
	parity ^= parity >> 8
	parity ^= parity >> 4
	parity ^= parity >> 2
	parity ^= parity >> 1
	fmt.Println("parity", parity&1)
	// Bit flags on a named type.
	type Perm uint8
	const (
		R Perm = 1 << 2
		W Perm = 1 << 1
		X Perm = 1 << 0
	)
	p := R | W
	p |= X
	p &^= W
	fmt.Println(p, p&R != 0, p&W != 0, p&X != 0)
}

// Output:
// 10000010 11101110 01101100 01001000 00110101
// -91 16656 81985529216486894 -2 80
// be00 bfef 4110
// 0,1,8,24,64,2
// 01101000 10000000 80000000 1e6a2c48
// 4 8 0 -2147483648
// false,true,true,false,true,false,true,
// parity 0
// 5 true false true
