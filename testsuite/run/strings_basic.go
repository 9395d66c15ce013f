// run

// String literals with every escape, len, indexing bytes, concatenation,
// comparison operators and substrings by index arithmetic.
package main

import "fmt"

const greeting = "Hello, 世界"

func main() {
	esc := "a\tb\nc\\d\"e\a\b\f\r\v\x41\101\u00e9\U0001F600\000."
	fmt.Println(len(esc))
	for i := 0; i < len(esc); i++ {
		fmt.Print(" ", esc[i])
	}
	fmt.Println()
	fmt.Printf("%q\n", esc)
	raw := `raw\n "string"
second line`
	fmt.Println(raw, len(raw))
	fmt.Printf("%q\n", raw)

	fmt.Println(greeting, len(greeting), greeting[0], greeting[7], greeting[len(greeting)-1])
	fmt.Printf("%c %x %v\n", greeting[4], greeting[7], string(greeting[1]))

	s := "go"
	t := s + "pher"
	t += "s!"
	fmt.Println(t, len(t), s+s+s)

	words := [...]string{"banana", "apple", "Apple", "apple pie", "", "b", "apples"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			a, b := words[i], words[j]
			fmt.Printf("%q<%q=%t %q==%q=%t %q>=%q=%t\n", a, b, a < b, a, b, a == b, a, b, a >= b)
		}
	}

	// Byte-wise reverse of an ASCII string and a palindrome check.
	word := "racecar"
	rev := ""
	for i := len(word) - 1; i >= 0; i-- {
		rev += string(word[i])
	}
	fmt.Println(rev, rev == word)

	// Count a character.
	text := "the quick brown fox jumps over the lazy dog"
	count := 0
	for i := 0; i < len(text); i++ {
		if text[i] == 'o' {
			count++
		}
	}
	fmt.Println("o:", count)
	var empty string
	fmt.Println(len(empty), empty == "", empty < "a")
	fmt.Println("\u4e16" == "世", "\xe4\xb8\x96" == "世", len("\xff"))
}

// Output:
// 24
//  97 9 98 10 99 92 100 34 101 7 8 12 13 11 65 65 195 169 240 159 152 128 0 46
// "a\tb\nc\\d\"e\a\b\f\r\vAAé😀\x00."
// raw\n "string"
// second line 26
// "raw\\n \"string\"\nsecond line"
// Hello, 世界 13 72 228 140
// o e4 e
// gophers! 8 gogogo
// "banana"<"apple"=false "banana"=="apple"=false "banana">="apple"=true
// "banana"<"Apple"=false "banana"=="Apple"=false "banana">="Apple"=true
// "banana"<"apple pie"=false "banana"=="apple pie"=false "banana">="apple pie"=true
// "banana"<""=false "banana"==""=false "banana">=""=true
// "banana"<"b"=false "banana"=="b"=false "banana">="b"=true
// "banana"<"apples"=false "banana"=="apples"=false "banana">="apples"=true
// "apple"<"Apple"=false "apple"=="Apple"=false "apple">="Apple"=true
// "apple"<"apple pie"=true "apple"=="apple pie"=false "apple">="apple pie"=false
// "apple"<""=false "apple"==""=false "apple">=""=true
// "apple"<"b"=true "apple"=="b"=false "apple">="b"=false
// "apple"<"apples"=true "apple"=="apples"=false "apple">="apples"=false
// "Apple"<"apple pie"=true "Apple"=="apple pie"=false "Apple">="apple pie"=false
// "Apple"<""=false "Apple"==""=false "Apple">=""=true
// "Apple"<"b"=true "Apple"=="b"=false "Apple">="b"=false
// "Apple"<"apples"=true "Apple"=="apples"=false "Apple">="apples"=false
// "apple pie"<""=false "apple pie"==""=false "apple pie">=""=true
// "apple pie"<"b"=true "apple pie"=="b"=false "apple pie">="b"=false
// "apple pie"<"apples"=true "apple pie"=="apples"=false "apple pie">="apples"=false
// ""<"b"=true ""=="b"=false "">="b"=false
// ""<"apples"=true ""=="apples"=false "">="apples"=false
// "b"<"apples"=false "b"=="apples"=false "b">="apples"=true
// racecar true
// o: 4
// 0 true true
// true true 1
