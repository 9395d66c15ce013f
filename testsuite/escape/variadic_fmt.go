// errorcheck -0 -m -l

// Variadic calls into fmt and other non-inlined library code: the implicit
// slice never escapes (fmt's tags say so), the boxed elements do.

package escape

import "fmt"

func sprintf(a int, b string) string { // ERROR "leaking param: b$"
	return fmt.Sprintf("%d-%s", a, b) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$"
}

func sprint(a, b int) string {
	return fmt.Sprint(a, b) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$"
}

func spreadAny(args []any) string { // ERROR "leaking param content: args$"
	return fmt.Sprint(args...)
}

func spreadAnyLocal() string {
	args := []any{1, "x"} // ERROR "\[\]any\{\.\.\.\} does not escape$" "1 escapes to heap$" ".x. escapes to heap$"
	return fmt.Sprint(args...)
}

func sprintlnSlice(a, b string) string { // ERROR "leaking param: a$" "leaking param: b$"
	return fmt.Sprintln([]string{a, b}) // ERROR "\.\.\. argument does not escape$" "\[\]string\{\.\.\.\} escapes to heap$"
}

func sprintPointer() string {
	x := 5 // ERROR "moved to heap: x$"
	return fmt.Sprint(&x) // ERROR "\.\.\. argument does not escape$"
}
