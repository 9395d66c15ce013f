// run

// Conversions between string, []byte, []rune, rune and byte; mutation
// of converted copies does not affect the source; strconv.Itoa;
// string(rune) for invalid code points.
package main

import (
	"fmt"
	"strconv"
)

func caesar(s string, k int) string {
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r >= 'a' && r <= 'z':
			rs[i] = 'a' + (r-'a'+rune(k))%26
		case r >= 'A' && r <= 'Z':
			rs[i] = 'A' + (r-'A'+rune(k))%26
		}
	}
	return string(rs)
}

func itoaAll(xs []int) string {
	s := ""
	for _, x := range xs {
		s += "[" + strconv.Itoa(x) + "]"
	}
	return s
}

func main() {
	s := "Grüße"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'g'
	r[0] = 'K'
	fmt.Println(s, string(b), string(r))

	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD", string(rune(0x10FFFF+1)) == "\uFFFD")
	var by byte = 'z'
	fmt.Println(string(by), string(rune(by-1)), by)
	var rr rune = '€'
	fmt.Println(rr, string(rr), len(string(rr)), []byte(string(rr)))

	fmt.Println(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), 23))

	fmt.Println(itoaAll([]int{0, -5, 42, 1000000, -2147483648}))
	n := strconv.Itoa(12345)
	fmt.Println(len(n), n[1:3], n+"6")

	// byte slice round trip and comparison
	x := []byte{104, 105}
	y := string(x)
	x[0] = 'H'
	fmt.Println(y, string(x), y == "hi", string(x[:0]) == "")

	// rune slice from string with invalid byte
	inv := string([]byte{0x61, 0xff, 0x62})
	fmt.Println([]rune(inv), len(inv))
	fmt.Printf("%q %x %v\n", inv, inv, []byte(inv))

	// string of rune slice of mixed scripts
	mix := []rune{'Д', 'a', '中', '😀'}
	ms := string(mix)
	fmt.Println(ms, len(ms), len(mix))
	fmt.Printf("%c|%q|%U|%d\n", mix[2], mix[2], mix[2], mix[2])
}

// Output:
// 7 7 5
// [71 114 195 188 195 159 101]
// [71 114 252 223 101]
// Grüße grüße Krüße
// A 世 true true
// z y 122
// 8364 € 3 [226 130 172]
// Khoor, Zruog! Hello, World!
// [0][-5][42][1000000][-2147483648]
// 5 23 123456
// hi Hi true true
// [97 65533 98] 3
// "a\xffb" 61ff62 [97 255 98]
// Дa中😀 10 4
// 中|'中'|U+4E2D|20013
