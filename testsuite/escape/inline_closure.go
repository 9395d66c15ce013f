// errorcheck -0 -m

// Closures and inlining: a func literal called directly or through a
// never-reassigned local is inlined ("can inline f.func1", "inlining call
// to f.func1"), after which nothing remains to allocate; functions taking a
// func parameter are inlined and the literal they receive is then called
// directly.

package escape

func apply(f func(int) int, v int) int { // ERROR "can inline apply$" "f does not escape$"
	return f(v)
}

func direct() int { // ERROR "can inline direct$"
	x := 2
	return func(v int) int { return v * x }(3) // ERROR "can inline direct\.func1$" "inlining call to direct\.func1$"
}

func viaLocal() int { // ERROR "can inline viaLocal$"
	k := 5
	f := func(v int) int { return v + k } // ERROR "can inline viaLocal\.func1$"
	return f(1) + f(2) // ERROR "inlining call to viaLocal\.func1$"
}

func viaApply() int { // ERROR "can inline viaApply$"
	m := 7
	return apply(func(v int) int { return v - m }, 10) // ERROR "can inline viaApply\.func1$" "inlining call to apply$" "inlining call to viaApply\.func1$"
}

var gf func() int

func escapes() { // ERROR "can inline escapes$"
	n := 9
	gf = func() int { return n } // ERROR "can inline escapes\.func1$" "func literal escapes to heap$"
}
