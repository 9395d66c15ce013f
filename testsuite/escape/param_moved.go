// errorcheck -0 -m -l

// Taking the address of a parameter (or named result) that then escapes
// moves the parameter itself to the heap: "moved to heap: x" at the
// parameter's declaration.

package escape

var sink *int

func addrOfParam(x int) *int { // ERROR "moved to heap: x$"
	return &x
}

func addrOfParamLocal(x int) int {
	p := &x
	*p++
	return x
}

func addrOfParamGlobal(y int) { // ERROR "moved to heap: y$"
	sink = &y
}

func addrOfPointerParam(p *int) **int { // ERROR "moved to heap: p$"
	return &p
}

func addrOfNamedResult() (r int) { // ERROR "moved to heap: r$"
	sink = &r
	return 5
}

func addrOfStructParamField(s struct{ a, b int }) *int { // ERROR "moved to heap: s$"
	return &s.b
}
