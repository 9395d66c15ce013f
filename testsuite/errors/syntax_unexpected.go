// errorcheck

// Syntax errors inside a function body: gc reports the first error of
// each bad statement and continues with the next one.
package main

func main() {
	x := 1 +
	y := 2 // ERROR "syntax error: unexpected := at end of statement"
	if x == 1 {
	}
	var a int = ) // ERROR "syntax error: unexpected \), expected expression"
	for i := 0; i < 10; i++ // ERROR "syntax error: unexpected newline, expected { after for clause"
	{
	}
	z := [3]int{1, 2, 3 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	}
}
