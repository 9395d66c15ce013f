// run

// Number <-> string conversion written by hand: itoa in any base, a
// signed parser with overflow detection, and Roman numerals.
package main

import "fmt"

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

func itoa(n int64, base int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [65]byte
	i := len(buf)
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	for u > 0 {
		i--
		buf[i] = digits[u%uint64(base)]
		u /= uint64(base)
	}
	if neg {
		i--
		buf[i] = '-'
	}
	s := ""
	for ; i < len(buf); i++ {
		s += string(buf[i])
	}
	return s
}

func atoi(s string) (int32, string) {
	var n int64
	neg := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i == 0 && (c == '-' || c == '+') {
			neg = c == '-'
			continue
		}
		if c < '0' || c > '9' {
			return 0, "invalid"
		}
		n = n*10 + int64(c-'0')
		if n > 1<<31 {
			return 0, "overflow"
		}
	}
	if neg {
		n = -n
	}
	if n > 1<<31-1 {
		return 0, "overflow"
	}
	return int32(n), "ok"
}

var romanVals = [...]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var romanSyms = [...]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func roman(n int) string {
	s := ""
	for i, v := range romanVals {
		for n >= v {
			s += romanSyms[i]
			n -= v
		}
	}
	return s
}

func main() {
	for _, n := range [...]int64{0, 7, -255, 1 << 40, -9223372036854775808, 9223372036854775807} {
		fmt.Println(itoa(n, 10), itoa(n, 2), itoa(n, 16), itoa(n, 36))
	}
	for _, s := range [...]string{"0", "-2147483648", "2147483647", "2147483648", "+15", "12x", "99999999999"} {
		v, st := atoi(s)
		fmt.Println(s, v, st)
	}
	for _, n := range [...]int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		fmt.Print(roman(n), ";")
	}
	fmt.Println()
}

// Output:
// 0 0 0 0
// 7 111 7 7
// -255 -11111111 -ff -73
// 1099511627776 10000000000000000000000000000000000000000 10000000000 e13wu1og
// -9223372036854775808 -1000000000000000000000000000000000000000000000000000000000000000 -8000000000000000 -1y2p0ij32e8e8
// 9223372036854775807 111111111111111111111111111111111111111111111111111111111111111 7fffffffffffffff 1y2p0ij32e8e7
// 0 0 ok
// -2147483648 -2147483648 ok
// 2147483647 2147483647 ok
// 2147483648 0 overflow
// +15 15 ok
// 12x 0 invalid
// 99999999999 0 overflow
// I;IV;IX;XIV;XL;XC;CD;MCMXCIV;MMXXIV;MMMCMXCIX;
