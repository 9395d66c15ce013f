// errorcheck -0 -m

// Functions that are never inlined get no "can inline" line: those with a
// defer or go statement ("unhandled op DEFER/GO" at -m=2), closures calling
// recover, and //go:noinline functions. Their callers see only their tags;
// the func literals inside them may still be inlinable themselves.
// Surprise: a directly recursive function *is* inlinable; gc inlines one
// level of it, into callers and into its own body ("repeated recursive
// cycle" stops it after that).

package escape

var sink *int

func withDefer(p *int) int { // ERROR "p does not escape$"
	defer func() {}() // ERROR "can inline withDefer\.func1$" "func literal does not escape$"
	return *p
}

func withGo(c chan int) { // ERROR "leaking param: c$"
	go func() { c <- 1 }() // ERROR "can inline withGo\.func1$" "func literal escapes to heap$"
}

func withRecover() (r any) {
	defer func() { r = recover() }() // ERROR "func literal does not escape$"
	return nil
}

func recursive(n int) int { // ERROR "can inline recursive$"
	if n == 0 {
		return 0
	}
	return recursive(n-1) + 1 // ERROR "inlining call to recursive$"
}

//go:noinline
func marked(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func caller() int {
	x := 1
	y := 2
	return withDefer(&x) + *marked(&y) + recursive(3) // ERROR "inlining call to recursive$"
}
