// errorcheck -0 -m=2 -l

// -m=2 for a loop-depth escape: the flow ends in a variable declared
// outside the loop.

package escape

func last(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		x := i // ERROR "x escapes to heap in last:$" "  flow: p ← &x:$" "    from &x \(address-of\) at \./m2_loopdepth\.go:12:7$" "    from p = &x \(assign\) at \./m2_loopdepth\.go:12:5$" "moved to heap: x$"
		p = &x
	}
	return *p
}
