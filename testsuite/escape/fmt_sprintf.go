// errorcheck -0 -m -l

// fmt.Sprintf and friends from user code: the arguments are boxed and
// escape, the format string is not reported (a string parameter of fmt
// does not escape), and the returned string is fmt's own allocation.

package escape

import (
	"fmt"
	"strconv"
)

type P struct{ x, y int }

func format(p P) string {
	return fmt.Sprintf("(%d,%d)", p.x, p.y) // ERROR "\.\.\. argument does not escape$" "p\.x escapes to heap$" "p\.y escapes to heap$"
}

func formatStruct(p P) string {
	return fmt.Sprintf("%v", p) // ERROR "\.\.\. argument does not escape$" "p escapes to heap$"
}

func formatPtr(p *P) string { // ERROR "leaking param: p$"
	return fmt.Sprintf("%v", p) // ERROR "\.\.\. argument does not escape$"
}

func formatLocalPtr() string {
	p := P{1, 2} // ERROR "moved to heap: p$"
	return fmt.Sprintf("%v", &p) // ERROR "\.\.\. argument does not escape$"
}

// strconv takes no interfaces: nothing escapes.
func itoa(n int) string {
	return strconv.Itoa(n)
}

func errorString(err error) string { // ERROR "leaking param: err$"
	return fmt.Sprint(err) // ERROR "\.\.\. argument does not escape$"
}

func (p P) String() string {
	return fmt.Sprintf("P(%d)", p.x) // ERROR "\.\.\. argument does not escape$" "p\.x escapes to heap$"
}
