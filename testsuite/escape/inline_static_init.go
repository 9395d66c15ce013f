// errorcheck -0 -m

// Package variables initialised by inlined calls with constant arguments
// become static data in gc (its static initialisation sees through the
// inlined body): the inlined allocation sites are not reported. With a
// variable argument the call stays code in the package initialiser and its
// site is reported.

package escape

import (
	"errors"
	"fmt"
)

type T struct{ a int }

func mk() *T { // ERROR "can inline mk$"
	return &T{1} // ERROR "&T\{\.\.\.\} escapes to heap$"
}

var ErrPlain = errors.New("plain") // ERROR "inlining call to errors\.New$"

var made = mk() // ERROR "inlining call to mk$"

var wrapped = fmt.Errorf("wrapped: %w", ErrPlain) // ERROR "inlining call to fmt\.Errorf$" "inlining call to errors\.New$" "&errors\.errorString\{\.\.\.\} escapes to heap$" "\.\.\. argument does not escape$"

func Use() (error, *T, error) { // ERROR "can inline Use$"
	return ErrPlain, made, wrapped
}
