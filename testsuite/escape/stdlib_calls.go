// errorcheck -0 -m -l

// Calls into the standard library use the leak tags stored in its export
// data (gosub provides these few functions itself and must reproduce the
// same tags): errors.New keeps its string, strconv.Itoa keeps nothing,
// fmt.Errorf leaks its arguments' contents.

package escape

import (
	"errors"
	"fmt"
	"strconv"
)

func newError() error {
	return errors.New("x")
}

func newErrorFrom(msg string) error { // ERROR "leaking param: msg$"
	return errors.New(msg)
}

func newErrorLocal(msg string) bool { // ERROR "leaking param: msg$"
	return errors.New(msg) == nil
}

func itoa(n int) string {
	return strconv.Itoa(n)
}

func itoaLocal(n int) int {
	return len(strconv.Itoa(n))
}

func errorf(code int, p *int) error { // ERROR "leaking param: p$"
	return fmt.Errorf("code %d at %p", code, p) // ERROR "\.\.\. argument does not escape$" "code escapes to heap$"
}

func sprintln(s string) string { // ERROR "leaking param: s$"
	return fmt.Sprintln(s) // ERROR "\.\.\. argument does not escape$" "s escapes to heap$"
}

func print2(a, b int) {
	fmt.Print(a, b) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$"
}
