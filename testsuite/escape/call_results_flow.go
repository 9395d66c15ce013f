// errorcheck -0 -m -l

// Results of calls carry their arguments according to the callee's leak
// tags: f(&x) where f returns its parameter makes x escape only if the
// result escapes.

package escape

var sink *int

func id(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func deref(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

func pick(a, b *int) *int { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b to result ~r0 level=0$"
	if *a > *b {
		return a
	}
	return b
}

func resultDiscarded() int {
	x := 1
	return *id(&x)
}

func resultReturned() *int {
	y := 1 // ERROR "moved to heap: y$"
	return id(&y)
}

func resultStored() {
	z := 1 // ERROR "moved to heap: z$"
	sink = id(&z)
}

func chained() *int {
	w := 1 // ERROR "moved to heap: w$"
	return id(id(id(&w)))
}

// Through a level=1 tag: &p's pointee (v) escapes, p does not.
func throughDeref() *int {
	v := 1 // ERROR "moved to heap: v$"
	p := &v
	return deref(&p)
}

func both() *int {
	a := 1 // ERROR "moved to heap: a$"
	b := 2 // ERROR "moved to heap: b$"
	return pick(&a, &b)
}

func bothLocal() int {
	a := 1
	b := 2
	return *pick(&a, &b)
}
