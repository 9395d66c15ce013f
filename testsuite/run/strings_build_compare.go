// run

// Building strings with += in loops, concatenation of many parts,
// comparison operators (lexicographic by bytes), equality, and a
// hand-written join, repeat, split and trim.
package main

import "fmt"

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func trim(s string) string {
	i, j := 0, len(s)
	for i < j && s[i] == ' ' {
		i++
	}
	for j > i && s[j-1] == ' ' {
		j--
	}
	return s[i:j]
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func main() {
	words := split("  alpha, beta,gamma ,  delta  ", ',')
	for i := range words {
		words[i] = trim(words[i])
	}
	fmt.Printf("%q\n", words)
	fmt.Println(join(words, "+"))
	fmt.Println(repeat("ab", 4), len(repeat("日", 3)), repeat("x", 0) == "")

	pairs := [][2]string{
		{"apple", "apple"}, {"apple", "apples"}, {"Zebra", "apple"},
		{"abc", "abd"}, {"", "a"}, {"é", "z"}, {"b", "abc"},
	}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a < b, a <= b, a == b, a != b, a > b, a >= b)
	}

	// build a multiline box
	lines := []string{"gosub", "compiles", "Go"}
	width := 0
	for _, l := range lines {
		width = max(width, len(l))
	}
	box := "+" + repeat("-", width+2) + "+\n"
	for _, l := range lines {
		box += "| " + l + repeat(" ", width-len(l)) + " |\n"
	}
	box += "+" + repeat("-", width+2) + "+"
	fmt.Println(box)

	s := "prefix-body"
	fmt.Println(hasPrefix(s, "prefix"), hasPrefix(s, "body"), hasPrefix("", ""))

	// strings are immutable values: a copy is unaffected by +=
	t := s
	s += "!"
	fmt.Println(t, s, len(t), len(s))

	// concatenation with numbers via strconv-free formatting
	acc := ""
	for i := 0; i < 5; i++ {
		acc += string(rune('0'+i)) + ","
	}
	fmt.Println(acc[:len(acc)-1])
}

// Output:
// ["alpha" "beta" "gamma" "delta"]
// alpha+beta+gamma+delta
// abababab 9 true
// false true true false false true
// true true false true false false
// true true false true false false
// true true false true false false
// true true false true false false
// false false false true true true
// false false false true true true
// +----------+
// | gosub    |
// | compiles |
// | Go       |
// +----------+
// true false true
// prefix-body prefix-body! 11 12
// 0,1,2,3,4
