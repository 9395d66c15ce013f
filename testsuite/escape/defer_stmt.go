// errorcheck -0 -m -l

// defer: gc rewrites "defer f(args)" into "defer func() { f(args) }()" with
// the arguments evaluated into temporaries captured by the wrapper (whose
// own diagnostics are suppressed). Outside any loop the wrapper stays on
// the stack; inside a loop it escapes, taking captured addresses with it.
// An argument without side effects, such as new(int), is not evaluated
// early but moved into the wrapper, where it does not escape even in a
// loop; the same new(int) through a variable does escape.

package escape

func cleanup(p *int) { // ERROR "p does not escape$"
	*p = 0
}

func deferCall() int {
	x := 1
	defer cleanup(&x)
	return x
}

func deferClosure() int {
	y := 1
	defer func() { // ERROR "func literal does not escape$"
		y = 0
	}()
	return y
}

func deferInLoop(n int) {
	for i := 0; i < n; i++ {
		z := i // ERROR "moved to heap: z$"
		defer cleanup(&z)
	}
}

func deferClosureInLoop(n int) {
	for i := 0; i < n; i++ {
		defer func() { // ERROR "func literal escapes to heap$"
			_ = i
		}()
	}
}

func deferNew() {
	defer cleanup(new(int)) // ERROR "new\(int\) does not escape$"
}

func deferNewInLoop(n int) {
	for i := 0; i < n; i++ {
		defer cleanup(new(int)) // ERROR "new\(int\) does not escape$"
	}
}

func deferRecover() (err error) {
	defer func() { // ERROR "func literal does not escape$"
		if r := recover(); r != nil {
			err = nil
		}
	}()
	return nil
}

func deferNewVarInLoop(n int) {
	for i := 0; i < n; i++ {
		p := new(int) // ERROR "new\(int\) escapes to heap$"
		defer cleanup(p)
	}
}

func deferNewVar() {
	p := new(int) // ERROR "new\(int\) does not escape$"
	defer cleanup(p)
}

// A defer inside a labelled backward-goto loop counts as "in a loop".
func deferGotoLoop(n int) {
	i := 0
again:
	defer func() { // ERROR "func literal escapes to heap$"
		_ = n
	}()
	i++
	if i < n {
		goto again
	}
}
