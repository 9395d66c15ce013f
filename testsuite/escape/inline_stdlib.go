// errorcheck -0 -m

// With inlining on, calls to small standard-library functions are inlined
// and reported: fmt.Print, fmt.Println, fmt.Printf and fmt.Errorf (all thin
// wrappers), errors.New and strconv.Itoa. fmt.Sprint, fmt.Sprintln and
// fmt.Sprintf are not inlinable. An inlined errors.New exposes its
// &errors.errorString{...} allocation to the caller's escape analysis.
// Some inlining lines are printed twice at the same position (once when
// the call is inlined into the function, once more for the nested inline).

package escape

import (
	"errors"
	"fmt"
	"strconv"
)

func printers(x int) {
	fmt.Print(x) // ERROR "inlining call to fmt\.Print$" "\.\.\. argument does not escape$" "x escapes to heap$"
	fmt.Println(x) // ERROR "inlining call to fmt\.Println$" "\.\.\. argument does not escape$" "x escapes to heap$"
	fmt.Printf("%d\n", x) // ERROR "inlining call to fmt\.Printf$" "\.\.\. argument does not escape$" "x escapes to heap$"
}

func sprinters(x int) string {
	return fmt.Sprint(x) + fmt.Sprintf("%d", x) // ERROR "fmt\.Sprint\(\.\.\. argument\.\.\.\) \+ fmt\.Sprintf\(.%d., \.\.\. argument\.\.\.\) escapes to heap$" "\.\.\. argument does not escape$" "x escapes to heap$"
}

func newErr() error { // ERROR "can inline newErr$"
	return errors.New("boom") // ERROR "inlining call to errors\.New$" "&errors\.errorString\{\.\.\.\} escapes to heap$"
}

func errDiscarded() bool { // ERROR "can inline errDiscarded$"
	return errors.New("boom") != nil // ERROR "inlining call to errors\.New$" "&errors\.errorString\{\.\.\.\} does not escape$"
}

func errorfNoArgs() error {
	return fmt.Errorf("plain") // ERROR "inlining call to fmt\.Errorf$" "inlining call to errors\.New$" "&errors\.errorString\{\.\.\.\} escapes to heap$"
}

func itoa(n int) string { // ERROR "can inline itoa$"
	return strconv.Itoa(n) // ERROR "inlining call to strconv\.Itoa$"
}
