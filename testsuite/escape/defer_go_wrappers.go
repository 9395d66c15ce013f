// errorcheck -0 -m -l

// gc wraps a go or defer call in a closure that makes the call later. A
// deferred call of a function literal that runs once per call of the
// function is seen through: the literal does not escape, and neither does
// the variable whose address it gets. In a loop, or with go, the literal
// escapes with its wrapper. The ... slice of a variadic call is built
// inside the wrapper, so it never escapes.

package escape

func g(x ...interface{}) {} // ERROR "x does not escape$"

func deferLiteral(n int) {
	x := 0
	defer func(p *int, j int) { // ERROR "func literal does not escape$" "p does not escape$"
		*p = j
	}(&x, n)
}

func deferLiteralInLoop(n int) {
	x := 0 // ERROR "moved to heap: x$"
	for i := 0; i < n; i++ {
		defer func(p *int, j int) { // ERROR "func literal escapes to heap$" "p does not escape$"
			*p = j
		}(&x, i)
	}
}

func goLiteral(n int) {
	x := 0 // ERROR "moved to heap: x$"
	go func(p *int, j int) { // ERROR "func literal escapes to heap$" "p does not escape$"
		*p = j
	}(&x, n)
}

func variadicInLoop(n int) {
	for i := 0; i < n; i++ {
		defer g(i) // ERROR "\.\.\. argument does not escape$" "i escapes to heap$"
		go g(i)    // ERROR "\.\.\. argument does not escape$" "i escapes to heap$"
	}
}
