// errorcheck -0 -m -l

// Leaks to results: unnamed results are ~r0, ~r1, ...; named results keep
// their names. Every result a parameter reaches is reported separately.

package escape

func second(a, b *int) (*int, *int) { // ERROR "a does not escape$" "leaking param: b to result ~r1 level=0$"
	return nil, b
}

func both(a *int) (*int, *int) { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: a to result ~r1 level=0$"
	return a, a
}

func named(a, b *int) (x, y *int) { // ERROR "leaking param: a to result y level=0$" "leaking param: b to result x level=0$"
	x = b
	y = a
	return
}

func namedDeref(pp **int) (r *int) { // ERROR "leaking param: pp to result r level=1$"
	r = *pp
	return
}

func swapStrings(s, t string) (string, string) { // ERROR "leaking param: s to result ~r1 level=0$" "leaking param: t to result ~r0 level=0$"
	return t, s
}

func errorOnly(p *int) (int, error) { // ERROR "p does not escape$"
	return *p, nil
}

// Returning the address of a named result.
func addrOfNamed() (r int, pr *int) { // ERROR "moved to heap: r$"
	pr = &r
	return
}

func localsToResults() (*int, []int) {
	x := 1 // ERROR "moved to heap: x$"
	s := make([]int, 3) // ERROR "make\(\[\]int, 3\) escapes to heap$"
	return &x, s
}
