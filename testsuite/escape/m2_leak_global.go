// errorcheck -0 -m=2 -l

// -m=2 for a parameter leaking to a global and for a leak to a result.

package escape

var sink *int

func leak(p *int) { // ERROR "parameter p leaks to \{heap\} for leak with derefs=0:$" "  flow: \{heap\} ← p:$" "    from sink = p \(assign\) at \./m2_leak_global\.go:10:7$" "leaking param: p$"
	sink = p
}

func id(q *int) *int { // ERROR "parameter q leaks to ~r0 for id with derefs=0:$" "  flow: ~r0 ← q:$" "    from return q \(return\) at \./m2_leak_global\.go:14:2$" "leaking param: q to result ~r0 level=0$"
	return q
}
