// run

// Integer wrapping for every width, shifts by large counts, conversions
// between integer and float types, iota bit flags, big untyped constants, FNV hash.
package main

import "fmt"

type Flags uint8

const (
	FRead Flags = 1 << iota
	FWrite
	FExec
	FAll = FRead | FWrite | FExec
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const big = 1 << 100
const huge = big >> 98

func (f Flags) String() string {
	s := ""
	names := []string{"r", "w", "x"}
	for i, n := range names {
		if f&(1<<uint(i)) != 0 {
			s += n
		} else {
			s += "-"
		}
	}
	return s
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func rotl(x uint32, k int) uint32 { return x<<k | x>>(32-k) }

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i16 int16 = -32768
	i16 = -i16
	var i32 int32 = 1 << 30
	i32 *= 4
	var u32 uint32 = 1<<32 - 1
	u32 += 2
	var i64 int64 = 1<<63 - 1
	i64++
	fmt.Println(i8, u8, i16, i32, u32, i64)
	fmt.Println(FRead, FWrite|FExec, FAll, Flags(0), FAll&^FWrite, ^FRead)
	fmt.Println(KB, MB, GB, TB, huge)
	x := 0xdeadbeef
	fmt.Println(int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x))
	f := -3.99
	fmt.Println(int(f), int64(-f), uint8(int(f*-10)), int(float32(f*-1)))
	var big64 uint64 = 1<<64 - 1
	fmt.Println(big64, int64(big64), float64(big64) > 1e19, uint32(big64>>40))
	fmt.Println(popcount(big64), popcount(0xf0f0), rotl(0x80000001, 4))
	var s uint = 70
	one := int32(1)
	fmt.Println(1<<s, one<<31, uint8(one)<<7<<1, -8>>1, -1>>63, uint64(1)<<63>>s)
	y := -17
	fmt.Println(y/4, y%4, -y/4, y>>2, uint(y)>>60, y&0xff, y|1, y^-1)
	fmt.Println(7&^5, ^0, ^uint8(3), -(-128))
	var minI8 int8 = -128
	fmt.Println(minI8/-1, minI8%-1, -minI8)
	var minI64 int64 = -1 << 63
	d := int64(-1)
	fmt.Println(minI64/d, minI64%d)
	a, b := uint16(65535), uint16(2)
	fmt.Println(a*b, a+b, b-a, a/b, a%b)
	fmt.Println(float32(16777217), float64(float32(0.1)), int64(float32(1e10)))
	c := 'A' + 2
	fmt.Printf("%v %c %T\n", c, c, c)
	var r rune = 0x10FFFF + 1
	fmt.Println(string(r) == "\uFFFD", len(string(rune(0x7ff))), len(string(rune(0x800))))
	h := uint32(2166136261)
	for _, ch := range []byte("hash me") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println(h, int32(h), h%1000)
	const k = 'a' * 2.0
	fmt.Println(k, 7/2, 7/2.0, 1e3/8, 10%3)
	var shift uint8 = 200
	fmt.Println(1<<shift == 0, uint64(3)<<shift, int64(-3)>>shift)
}

// Output:
// -128 255 -32768 0 1 -9223372036854775808
// r-- -wx rwx --- r-x -wx
// 1024 1048576 1073741824 1099511627776 4
// -17 239 -16657 48879 -559038737 3735928559
// -3 3 39 3
// 18446744073709551615 -1 true 16777215
// 64 8 24
// 0 -2147483648 0 -4 -1 0
// -4 -1 4 -5 15 239 -17 16
// 2 -1 252 128
// -128 0 -128
// -9223372036854775808 0
// 65534 1 3 32767 1
// 1.6777216e+07 0.10000000149011612 10000000000
// 67 C int32
// true 2 3
// 2372640957 -1922326339 957
// 194 3 3.5 125 1
// true 0 -1
