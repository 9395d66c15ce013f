// errorcheck -0 -m -l

// The result of a directly called function literal assigned to _ goes
// nowhere: the literal's parameter leaks only to its result, as its tag
// says, not to the heap.

package escape

func discarded() {
	x := 0
	_ = func(p *int) *int { // ERROR "func literal does not escape$" "leaking param: p to result ~r0 level=0$"
		return p
	}(&x)
	p := &x
	_ = func(q **int) *int { // ERROR "func literal does not escape$" "leaking param: q to result ~r0 level=1$"
		return *q
	}(&p)
}
