// run

// byte and rune values: arithmetic on characters, conversions to string,
// a Caesar cipher and a manual UTF-8 encoder checked against the compiler's.
package main

import "fmt"

func caesar(s string, k int) string {
	out := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c = 'a' + byte((int(c-'a')+k)%26)
		case c >= 'A' && c <= 'Z':
			c = 'A' + byte((int(c-'A')+k)%26)
		}
		out += string(c)
	}
	return out
}

func encode(r rune) [4]byte {
	var b [4]byte
	switch {
	case r < 0x80:
		b[0] = byte(r)
	case r < 0x800:
		b[0] = 0xC0 | byte(r>>6)
		b[1] = 0x80 | byte(r)&0x3F
	case r < 0x10000:
		b[0] = 0xE0 | byte(r>>12)
		b[1] = 0x80 | byte(r>>6)&0x3F
		b[2] = 0x80 | byte(r)&0x3F
	default:
		b[0] = 0xF0 | byte(r>>18)
		b[1] = 0x80 | byte(r>>12)&0x3F
		b[2] = 0x80 | byte(r>>6)&0x3F
		b[3] = 0x80 | byte(r)&0x3F
	}
	return b
}

func main() {
	var b byte = 'a'
	var r rune = 'a'
	fmt.Println(b, r, b+1, r+1, string(rune(b+1)), string(r+1))
	fmt.Printf("%c %c %q %q %U\n", b, r+0x4dff, b, r, r)
	fmt.Println('\n', '\'', '\\', '\x7f', '\u00e9', '\U0001F600', '\377')

	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, 23))

	for _, r := range [...]rune{'A', 'é', '世', '😀'} {
		b := encode(r)
		s := string(r)
		same := true
		for i := 0; i < len(s); i++ {
			if s[i] != b[i] {
				same = false
			}
		}
		fmt.Printf("%c % x %t\n", r, b, same)
	}

	digits := "0123456789"
	sum := 0
	for i := 0; i < len(digits); i++ {
		sum += int(digits[i] - '0')
	}
	fmt.Println(sum)
	var hex [16]byte
	for i := 0; i < 16; i++ {
		if i < 10 {
			hex[i] = byte('0' + i)
		} else {
			hex[i] = byte('a' + i - 10)
		}
	}
	fmt.Println(string(hex[12]) + string(hex[10]) + string(hex[15]) + string(hex[14]))
	fmt.Printf("%s|%v|%d\n", string(hex[1])+string(hex[2]), hex[15], hex[9])
}

// Output:
// 97 97 98 98 b b
// a 习 'a' 'a' U+0061
// 10 39 92 127 233 128512 255
// Khoor, Zruog! Hello, World!
// A 41 00 00 00 true
// é c3 a9 00 00 true
// 世 e4 b8 96 00 true
// 😀 f0 9f 98 80 true
// 45
// cafe
// 12|102|57
