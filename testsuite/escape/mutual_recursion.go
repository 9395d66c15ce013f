// errorcheck -0 -m -l

// Mutually recursive functions form one SCC: a leak in one of them is seen
// by the other through the shared graph.

package escape

var sink *int

func even(p *int, n int) bool { // ERROR "leaking param: p$"
	if n == 0 {
		return true
	}
	return odd(p, n-1)
}

func odd(p *int, n int) bool { // ERROR "leaking param: p$"
	if n == 0 {
		sink = p
		return false
	}
	return even(p, n-1)
}

func pingNoLeak(p *int, n int) int { // ERROR "p does not escape$"
	if n == 0 {
		return *p
	}
	return pongNoLeak(p, n-1)
}

func pongNoLeak(p *int, n int) int { // ERROR "p does not escape$"
	if n == 0 {
		return *p + 1
	}
	return pingNoLeak(p, n-1)
}

// Surprise: p reaches the *other* function's result (returnB's ~r0 through
// the call inside the same batch). A result parameter of another function
// outlives everything, and a leak is only recorded as "to result" for the
// parameter's own function: both params are reported as leaking to the
// heap, so y in caller below moves.
func returnA(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return p
	}
	return returnB(p, n-1)
}

func returnB(p *int, n int) *int { // ERROR "leaking param: p$"
	return returnA(p, n)
}

func caller() int {
	x := 1
	y := 2 // ERROR "moved to heap: y$"
	return pingNoLeak(&x, 3) + *returnA(&y, 2)
}

func callerLeak() bool {
	z := 1 // ERROR "moved to heap: z$"
	return even(&z, 4)
}
