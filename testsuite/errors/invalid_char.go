// errorcheck

// Characters that are not valid in Go source outside strings and comments.
// The scanner reports and skips them; the rest of each line still parses.
package main

func main() {
	x := 1
	a := 1 +@ 2 // ERROR "invalid character U\+0040 '@'"
	b := #3     // ERROR "invalid character U\+0023 '#'"
	c := $x     // ERROR "invalid character U\+0024 '\$'"
	d := 4 ?    // ERROR "invalid character U\+003F '\?'"
	e := 5 ‽ + 1 // ERROR "invalid character U\+203D '‽' in identifier" "syntax error: unexpected name ‽ at end of statement"
	_, _, _, _, _ = a, b, c, d, e
}
