// run

// Unsigned integers: wrap-around, comparisons, division, byte and uintptr.
package main

import "fmt"

type Reg uintptr

func align(p uintptr, a uintptr) uintptr {
	return (p + a - 1) &^ (a - 1)
}

func main() {
	var x uint32 = 7
	var y uint32 = 9
	fmt.Println(x-y, y-x, x-y > y-x)
	fmt.Println(x/y, y/x, y%x, ^x)

	var b byte = 'z'
	b += 10
	fmt.Println(b, b > 'z', 'z'+10-256)

	var p uintptr = 0x1003
	fmt.Println(align(p, 8), align(p, 16), align(0x1000, 4096), align(0x1001, 4096))
	var r Reg = 0x10
	r <<= 4
	r |= 0x7
	fmt.Printf("%#x %d %T\n", r, r, r)

	var u uint = 1
	for i := 0; i < 70; i++ {
		u *= 3
	}
	fmt.Println(u, u%1000)

	var big uint64 = 18446744073709551615
	fmt.Println(big/3, big%7, big>>1, big/big)
	var half uint64 = big / 2
	fmt.Println(half+1 > half, half*2+1 == big, half*2+2)

	// Comparisons near the top of the range.
	var m16 uint16 = 65535
	var m16b uint16 = 32768
	fmt.Println(m16 > m16b, m16b*2, m16b+m16b-1)
}

// Output:
// 4294967294 2 true
// 0 1 2 4294967288
// 132 true -124
// 4104 4112 4096 8192
// 0x107 263 main.Reg
// 2293070008301402073 73
// 6148914691236517205 1 9223372036854775807 1
// true true 0
// true 0 65535
