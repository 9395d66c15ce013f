// run

// Untyped constants use exact arithmetic: huge intermediate values, exact
// rational float constants, and conversion only at the point of use.
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big
	Back  = Huge / Big / Big
	Tera  = 1 << 40
	Third = 1.0 / 3
	Exact = Third * 3 // exactly 1 in constant arithmetic
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Avo   = 6.02214076e23
	Mask  = ^uint32(0)
	Neg   = -1 << 63
	Fl    = 1e300 * 1e300 / 1e300 // 1e600 fits in a constant
	Char  = 'a' + 2               // untyped rune
	Mixed = 'a' * 2.5             // untyped float
)

func main() {
	fmt.Println(Small, Back, Tera, Tera*1024)
	fmt.Println(Big/(1<<90), Huge>>190, Big%1000007)
	fmt.Println(Exact == 1, Third, float32(Third))
	fmt.Println(Pi, float32(Pi), Pi*2)
	fmt.Println(Avo, Avo/1e23)
	fmt.Println(Mask, Neg, Fl)
	fmt.Println(Char, string(rune(Char)), Mixed)
	fmt.Printf("%T %T %T %T\n", Char, Mixed, Tera, Third)

	var i8 int8 = 1<<7 - 1
	var u8 uint8 = 1<<8 - 1
	var f32 float32 = 1 << 24
	var i64 int64 = Big >> 40
	fmt.Println(i8, u8, f32, i64)

	const maxU64 = 1<<64 - 1
	var u uint64 = maxU64
	fmt.Println(u, maxU64/3, maxU64%10)
	const x = 10 / 4
	const y = 10 / 4.0
	const z = 10.0 / 4
	fmt.Println(x, y, z, 7/2*2, 7/2.0*2)
	const s = "const" + "ant"
	const n = len(s)
	var arr [n]int
	fmt.Println(s, n, len(arr))
	fmt.Println(1e21 == 1000000000000000000000, 0.1+0.2 == 0.3, 5%3, -5%3, -5/3)
	fmt.Println(1<<62/3, uint64(1<<63)/3)
}

// Output:
// 4 1 1099511627776 1125899906842624
// 1024 1024 698635
// true 0.3333333333333333 0.33333334
// 3.141592653589793 3.1415927 6.283185307179586
// 6.02214076e+23 6.02214076
// 4294967295 -9223372036854775808 1e+300
// 99 c 242.5
// int32 float64 int float64
// 127 255 1.6777216e+07 1152921504606846976
// 18446744073709551615 6148914691236517205 5
// 2 2.5 2.5 6 7
// constant 8 8
// true true 2 -2 -1
// 1537228672809129301 3074457345618258602
