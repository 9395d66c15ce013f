// errorcheck

// Syntax errors in top-level declarations.
package main

func f(a int b int) {} // ERROR "syntax error: unexpected name b in parameter list; possibly missing comma or \)"

x := 5 // ERROR "syntax error: non-declaration statement outside function body"

type T struct {
	a int, // ERROR "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"
	b int
}

func main() {}
