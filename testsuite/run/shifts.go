// run

// Shifts: counts at or beyond the width give 0 (or -1 for negative signed
// right shifts); signed right shift is arithmetic.
package main

import "fmt"

func main() {
	var one int = 1
	var s uint = 70
	fmt.Println(one<<s, one<<63, one<<64, -one>>s, one>>s)

	var x8 int8 = -100
	var u8 uint8 = 0xF0
	for _, n := range [...]uint{0, 1, 3, 7, 8, 9, 100} {
		fmt.Println(n, x8<<n, x8>>n, u8<<n, u8>>n)
	}

	var x32 int32 = -1 << 31
	var u32 uint32 = 1 << 31
	for i := uint(28); i < 35; i++ {
		fmt.Println(i, x32>>i, u32>>i, int32(1)<<i, u32<<(i-28))
	}

	var x64 int64 = -12345
	var u64 uint64 = 0x8000000000000001
	var c int = 60
	fmt.Println(x64>>c, x64>>(c+10), x64<<c, u64>>c, u64<<c, u64>>(c+4))

	// Signed shift counts are allowed when non-negative.
	var sc int8 = 4
	fmt.Println(0x1234>>sc, 1<<sc, -256>>sc)

	// Shift assignment operators.
	v := uint16(1)
	v <<= 15
	fmt.Println(v)
	v <<= 1
	fmt.Println(v)
	w := int16(-32768)
	w >>= 15
	fmt.Println(w)

	// Rotate built from shifts.
	var r uint32 = 0x12345678
	for _, k := range [...]uint{0, 4, 8, 16, 31} {
		rot := r<<k | r>>(32-k)
		fmt.Printf("%08x\n", rot)
	}
}

// Output:
// 0 -9223372036854775808 0 -1 0
// 0 -100 -100 240 240
// 1 56 -50 224 120
// 3 -32 -13 128 30
// 7 0 -1 0 1
// 8 0 -1 0 0
// 9 0 -1 0 0
// 100 0 -1 0 0
// 28 -8 8 268435456 2147483648
// 29 -4 4 536870912 0
// 30 -2 2 1073741824 0
// 31 -1 1 -2147483648 0
// 32 -1 0 0 0
// 33 -1 0 0 0
// 34 -1 0 0 0
// -1 -1 8070450532247928832 8 1152921504606846976 0
// 291 16 -16
// 32768
// 0
// -1
// 12345678
// 23456781
// 34567812
// 56781234
// 091a2b3c
