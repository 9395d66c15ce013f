// errorcheck -0 -m -l

// Writing an address through a pointer parameter: the callee cannot know
// where *pp lives, so the stored address escapes; pp itself does not.

package escape

func storeThroughParam(pp **int) { // ERROR "pp does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	*pp = &x
}

func storeValueThroughParam(p *int) { // ERROR "p does not escape$"
	x := 1
	*p = x
}

type Box struct{ p *int }

func storeInParamField(b *Box) { // ERROR "b does not escape$"
	y := 2 // ERROR "moved to heap: y$"
	b.p = &y
}

func storeParamInParam(b *Box, q *int) { // ERROR "b does not escape$" "leaking param: q$"
	b.p = q
}

// Storing into a by-value struct parameter is a local store.
func storeInValueParam(b Box) int { // ERROR "b does not escape$"
	z := 3
	b.p = &z
	return *b.p
}

func caller() int {
	var p *int
	storeThroughParam(&p)
	v := 4 // ERROR "moved to heap: v$"
	var b Box
	storeParamInParam(&b, &v)
	return *p + *b.p
}
