// errorcheck -0 -m

// A function returning a closure: when it is inlined and the result is
// called right away, the func literal no longer escapes in the caller
// (the standalone copy still reports it as escaping).

package escape

func adder(k int) func(int) int { // ERROR "can inline adder$"
	return func(v int) int { return v + k } // ERROR "can inline adder\.func1$" "func literal escapes to heap$"
}

func useAdder() int {
	f := adder(3) // ERROR "inlining call to adder$" "func literal does not escape$"
	return f(4) // ERROR "inlining call to adder\.func1$"
}

var gf func(int) int

func storeAdder() { // ERROR "can inline storeAdder$"
	gf = adder(5) // ERROR "inlining call to adder$" "func literal escapes to heap$"
}

func counter() func() int { // ERROR "can inline counter$"
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "can inline counter\.func1$" "func literal escapes to heap$"
		n++
		return n
	}
}

func useCounter() int {
	c := counter() // ERROR "inlining call to counter$" "func literal does not escape$"
	c() // ERROR "inlining call to counter\.func1$"
	return c() // ERROR "inlining call to counter\.func1$"
}
