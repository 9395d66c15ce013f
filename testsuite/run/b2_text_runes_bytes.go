// run

// Text processing with runes and byte slices: rune reversal, word splitting on
// byte offsets from range, Caesar cipher on []byte, invalid UTF-8, %q/%U/%x verbs.
package main

import "fmt"

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U':
		return true
	}
	return false
}

func words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if r == ' ' || r == '\t' || r == '\n' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func upper(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

func caesar(s string, k int) string {
	buf := []byte(s)
	for i := range buf {
		c := buf[i]
		switch {
		case c >= 'a' && c <= 'z':
			buf[i] = 'a' + byte((int(c-'a')+k)%26)
		case c >= 'A' && c <= 'Z':
			buf[i] = 'A' + byte((int(c-'A')+k)%26)
		}
	}
	return string(buf)
}

func runeStats(s string) (letters, vowels, multibyte int) {
	for _, r := range s {
		if r >= 0x80 {
			multibyte++
		}
		if (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') {
			letters++
			if isVowel(r) {
				vowels++
			}
		}
	}
	return
}

func main() {
	text := "Héllo, wörld! Go is fun\tand 日本語 too\n"
	fmt.Println(len(text), len([]rune(text)))
	fmt.Printf("%q\n", reverseRunes("héllo 世界"))
	for i, w := range words(text) {
		fmt.Printf("%d:%s(%d) ", i, w, len(w))
	}
	fmt.Println()
	fmt.Println(string(upper([]byte("mixed Case 123 xyz"))))
	fmt.Println(caesar("Hello, World", 3), caesar(caesar("Hello, World", 3), 23))
	l, v, m := runeStats(text)
	fmt.Println("letters", l, "vowels", v, "multibyte", m)

	// byte-level iteration vs rune-level
	s := "aé日"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d:%U:%c ", i, r, r)
	}
	fmt.Println()
	// invalid UTF-8
	bad := string([]byte{0xff, 'a', 0xc3})
	for i, r := range bad {
		fmt.Printf("%d:%d ", i, r)
	}
	fmt.Println(len([]rune(bad)))
	fmt.Printf("%q %+q %x % x\n", "日本", "日本", "hi", "hi")
	rs := []rune{72, 105, 0x1F600}
	fmt.Println(string(rs), len(string(rs)))
	fmt.Println(string(rune(65)), string(rune(-1)) == "\uFFFD")
	bs := []byte("abc")
	bs = append(bs, "def"...)
	fmt.Println(string(bs), cap(bs) >= 6)
	fmt.Printf("%s %v %q\n", bs, bs, bs)
}
