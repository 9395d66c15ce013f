// errorcheck -0 -m

// An inlined errors.New makes an error whose concrete type gc knows:
// err.Error() is devirtualized to *errors.errorString and inlined (it
// returns the string field), so the errorString stays on the stack unless
// the error itself escapes. fmt.Errorf's result is not known (it may come
// from the formatting path). The box of an inlined call's result is named
// after the result variable (~r0, or the named result), or is the constant
// the call returns.

package escape

import (
	"errors"
	"fmt"
)

func local() {
	err := errors.New("local") // ERROR "inlining call to errors\.New$" "&errors\.errorString\{\.\.\.\} does not escape$"
	fmt.Println(err.Error())   // ERROR "devirtualizing err\.Error to \*errors\.errorString$" "inlining call to errors\.\(\*errorString\)\.Error$" "inlining call to fmt\.Println$" "\.\.\. argument does not escape$" "~r0 escapes to heap$"
}

func message() string { // ERROR "can inline message$"
	err := errors.New("msg") // ERROR "inlining call to errors\.New$" "&errors\.errorString\{\.\.\.\} does not escape$"
	return err.Error()       // ERROR "devirtualizing err\.Error to \*errors\.errorString$" "inlining call to errors\.\(\*errorString\)\.Error$"
}

func copied() {
	err := errors.New("b") // ERROR "inlining call to errors\.New$" "&errors\.errorString\{\.\.\.\} escapes to heap$"
	var e2 error = err
	fmt.Println(e2.Error()) // ERROR "devirtualizing e2\.Error to \*errors\.errorString$" "inlining call to errors\.\(\*errorString\)\.Error$" "inlining call to fmt\.Println$" "\.\.\. argument does not escape$" "~r0 escapes to heap$"
	fmt.Println(err)        // ERROR "inlining call to fmt\.Println$" "\.\.\. argument does not escape$"
}

func returned() error { // ERROR "can inline returned$"
	err := errors.New("c") // ERROR "inlining call to errors\.New$" "&errors\.errorString\{\.\.\.\} escapes to heap$"
	_ = err.Error()        // ERROR "devirtualizing err\.Error to \*errors\.errorString$" "inlining call to errors\.\(\*errorString\)\.Error$"
	return err
}

func errorf() {
	err := fmt.Errorf("plain") // ERROR "inlining call to fmt\.Errorf$" "inlining call to errors\.New$" "&errors\.errorString\{\.\.\.\} escapes to heap$"
	fmt.Println(err.Error())   // ERROR "inlining call to fmt\.Println$" "\.\.\. argument does not escape$" "err\.Error\(\) escapes to heap$"
}

type Dog struct{ name string }

func (d Dog) Name() string { // ERROR "can inline Dog\.Name$" "leaking param: d to result ~r0 level=0$"
	return d.name
}

func (d Dog) Sound() string { // ERROR "can inline Dog\.Sound$" "d does not escape$"
	return "woof"
}

func plus(x int) int { // ERROR "can inline plus$"
	return x + 1
}

func same(x int) int { // ERROR "can inline same$"
	return x
}

func named(x int) (res int) { // ERROR "can inline named$"
	res = x * 2
	return
}

var sink any

func results(d Dog, n int) { // ERROR "leaking param: d$"
	fmt.Println(d.Name())  // ERROR "inlining call to Dog\.Name$" "inlining call to fmt\.Println$" "\.\.\. argument does not escape$" "~r0 escapes to heap$"
	sink = plus(n)         // ERROR "inlining call to plus$" "~r0 escapes to heap$"
	sink = any(plus(n))    // ERROR "inlining call to plus$" "any\(~r0\) escapes to heap$"
	sink = named(n)        // ERROR "inlining call to named$" "res escapes to heap$"
	fmt.Println(d.Sound()) // ERROR "inlining call to Dog\.Sound$" "inlining call to fmt\.Println$" "\.\.\. argument does not escape$" ".woof. escapes to heap$"
	sink = same(3)         // ERROR "inlining call to same$" "3 escapes to heap$"
}
