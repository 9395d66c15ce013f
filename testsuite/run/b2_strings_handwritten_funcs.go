// run

// Hand-written string helpers (join, split, index, pad, palindrome,
// base conversion), string ordering and slicing, building with []byte.
package main

import (
	"fmt"
	"strconv"
)

func join(parts []string, sep string) string {
	if len(parts) == 0 {
		return ""
	}
	n := len(sep) * (len(parts) - 1)
	for _, p := range parts {
		n += len(p)
	}
	b := make([]byte, 0, n)
	for i, p := range parts {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, p...)
	}
	return string(b)
}

func split(s, sep string) []string {
	var out []string
	for {
		i := index(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[:i])
		s = s[i+len(sep):]
	}
	return append(out, s)
}

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func padLeft(s string, w int) string {
	for len([]rune(s)) < w {
		s = " " + s
	}
	return s
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

func itoaBase(n int, base int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	const digits = "0123456789abcdef"
	var buf [64]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = digits[n%base]
		n /= base
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func main() {
	parts := split("a,b,,c,", ",")
	fmt.Printf("%q %d\n", parts, len(parts))
	fmt.Println(join(parts, "|"), join(nil, "x") == "", join([]string{"solo"}, ", "))
	fmt.Println(index("chicken", "ken"), index("chicken", "dmr"), index("", ""))
	fmt.Println(repeat("ab", 3), len(repeat("", 5)))
	fmt.Printf("[%s] [%s]\n", padLeft("héllo", 8), padLeft("toolongstring", 3))
	for _, w := range []string{"racecar", "日本日", "ab", "", "été"} {
		fmt.Print(isPalindrome(w), " ")
	}
	fmt.Println()
	fmt.Println(itoaBase(255, 16), itoaBase(-10, 2), itoaBase(0, 8), strconv.Itoa(-123)+"!")
	strs := []string{"banana", "Apple", "apple", "", "b", "ba"}
	for i := 0; i < len(strs); i++ {
		for j := i + 1; j < len(strs); j++ {
			if strs[j] < strs[i] {
				strs[i], strs[j] = strs[j], strs[i]
			}
		}
	}
	fmt.Printf("%q\n", strs)
	fmt.Println("a" < "b", "ab" < "a", "Z" < "a", "" < " ", "abc" == "ab"+"c", "x" >= "x")
	s := "hello, world"
	fmt.Println(s[7:], s[:5], s[3:8], len(s[:0]), s[len(s)-1:])
	b := []byte(s)
	for i := range b {
		if b[i] == 'o' {
			b[i] = '0'
		}
	}
	fmt.Println(string(b), s)
	var sb []byte
	for i := 0; i < 5; i++ {
		sb = append(sb, strconv.Itoa(i*i)...)
		sb = append(sb, ';')
	}
	fmt.Println(string(sb))
}
