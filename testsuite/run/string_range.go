// run

// for range over strings decodes UTF-8: byte offsets and runes, multi-byte
// runes, and invalid bytes giving U+FFFD with a width of one.
package main

import "fmt"

func countRunes(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Printf("%d: %c %U %d\n", i, r, r, r)
	}
	fmt.Println(len(s), countRunes(s))

	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98"
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}
	fmt.Println(countRunes(bad))

	// Index only.
	for i := range "héllo" {
		fmt.Print(" ", i)
	}
	fmt.Println()

	// Upper-casing ASCII letters rune by rune.
	out := ""
	for _, r := range "hello, wörld" {
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		out += string(r)
	}
	fmt.Println(out)

	// Rune widths in bytes.
	for _, r := range "$¢€𐍈" {
		w := 0
		switch {
		case r < 0x80:
			w = 1
		case r < 0x800:
			w = 2
		case r < 0x10000:
			w = 3
		default:
			w = 4
		}
		fmt.Printf("%c=%d bytes, string len %d\n", r, w, len(string(r)))
	}
	var r rune
	for _, r = range "xyz" {
	}
	fmt.Println(string(r))
}

// Output:
// 0: a U+0061 97
// 1: é U+00E9 233
// 3: 世 U+4E16 19990
// 6: 😀 U+1F600 128512
// 10 4
// 0 97 false
// 1 65533 true
// 2 98 false
// 3 65533 true
// 4 65533 true
// 5 99 false
// 6 65533 true
// 7 65533 true
// 8 65533 true
// 9
//  0 1 3 4 5
// HELLO, WöRLD
// $=1 bytes, string len 1
// ¢=2 bytes, string len 2
// €=3 bytes, string len 3
// 𐍈=4 bytes, string len 4
// z
