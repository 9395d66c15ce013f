// errorcheck -0 -m

// Methods inline like functions; the names in "can inline" are (*T).M and
// T.M, at call sites the receiver expression is written as in the source.

package escape

type Counter struct{ n int }

func (c *Counter) Inc() { // ERROR "can inline \(\*Counter\)\.Inc$" "c does not escape$"
	c.n++
}

func (c Counter) Get() int { // ERROR "can inline Counter\.Get$"
	return c.n
}

func (c *Counter) Self() *Counter { // ERROR "can inline \(\*Counter\)\.Self$" "leaking param: c to result ~r0 level=0$"
	return c
}

func use() int { // ERROR "can inline use$"
	var c Counter
	c.Inc() // ERROR "inlining call to \(\*Counter\)\.Inc$"
	c.Inc() // ERROR "inlining call to \(\*Counter\)\.Inc$"
	return c.Get() + c.Self().Get() // ERROR "inlining call to Counter\.Get$" "inlining call to \(\*Counter\)\.Self$"
}

var global *Counter

func leak() { // ERROR "can inline leak$"
	var c Counter // ERROR "moved to heap: c$"
	global = c.Self() // ERROR "inlining call to \(\*Counter\)\.Self$"
}
