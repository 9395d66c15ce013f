// run

// Byte versus rune iteration over multi-byte text: range yields byte
// offsets and runes, indexing yields bytes, []rune counts code points,
// invalid UTF-8 decodes to U+FFFD.
package main

import "fmt"

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	r := []rune(s)
	for i := 0; i < len(r)/2; i++ {
		if r[i] != r[len(r)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	texts := []string{"hello", "héllo", "日本語", "naïve café", "😀!", ""}
	for _, t := range texts {
		fmt.Printf("%q bytes=%d runes=%d rev=%q\n", t, len(t), runeCount(t), reverseRunes(t))
	}

	s := "aé日😀"
	for i, r := range s {
		fmt.Printf("%d:%c(%U,%d) ", i, r, r, len(string(r)))
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()

	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(len([]rune(bad)))

	for _, w := range []string{"kayak", "日本日", "abca", "été", "x"} {
		fmt.Println(w, isPalindrome(w))
	}

	// counting categories
	var letters, digits, spaces, other int
	for _, r := range "Go 1.22 — ünïcode 42!" {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ' ':
			spaces++
		case (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r > 127 && r != '—':
			letters++
		default:
			other++
		}
	}
	fmt.Println(letters, digits, spaces, other)

	// upper-casing ASCII by byte arithmetic
	b := []byte("mixed Case ascii")
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	fmt.Println(string(b))
}
