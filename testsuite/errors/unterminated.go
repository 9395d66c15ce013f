// errorcheck

// Malformed string and rune literals. (A "..." annotation cannot follow an
// unterminated "..." string, so that line uses a backquoted regexp.)
package main

func main() {
	_ = "no closing quote // ERROR `newline in string`
	_ = 'ab'             // ERROR "more than one character in rune literal"
	_ = ''               // ERROR "empty rune literal or unescaped '"
	_ = "bad escape \q"  // ERROR "unknown escape"
	_ = '\400'           // ERROR "octal escape value 256 > 255"
	_ = "\xZZ"           // ERROR "invalid character .Z. in hexadecimal escape"
	_ = `this raw string never ends // ERROR "string not terminated"
}
