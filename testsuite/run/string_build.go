// run

// Strings built at run time compare equal to literals; concatenation in
// loops, padding, repetition and joining done by hand.
package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func pad(s string, w int, left bool) string {
	for len(s) < w {
		if left {
			s = " " + s
		} else {
			s += "."
		}
	}
	return s
}

func join(parts [5]string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func reverseRunes(s string) string {
	out := ""
	for _, r := range s {
		out = string(r) + out
	}
	return out
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		match := true
		for j := 0; j < len(sub); j++ {
			if s[i+j] != sub[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

func main() {
	ab := repeat("ab", 3)
	fmt.Println(ab, ab == "ababab", len(ab))
	fmt.Printf("[%s][%s]\n", pad("7", 4, true), pad("x", 3, false))
	parts := [5]string{"usr", "local", "", "bin", "go"}
	path := join(parts, "/")
	fmt.Println(path, len(path), path == "usr/local//bin/go")
	fmt.Println(reverseRunes("Hello, 世界!"), len(reverseRunes("")))
	fmt.Println(contains(path, "bin"), contains(path, "lib"), contains("", ""), contains("a", "ab"))
	x := "go"
	y := "g"
	y += "o"
	fmt.Println(x == y, x < y+"!", "a"+"b" == "ab")
	big := repeat("0123456789", 100)
	fmt.Println(len(big), big[555], string(big[999]))
	var line string
	for i := 0; i < 5; i++ {
		line += fmt.Sprintf("%d^2=%-3d", i, i*i)
	}
	fmt.Println(line + "|")
}

// Output:
// ababab true 6
// [   7][x..]
// usr/local//bin/go 17 true
// !界世 ,olleH 0
// true false true false
// true true true
// 1000 53 9
// 0^2=0  1^2=1  2^2=4  3^2=9  4^2=16 |
