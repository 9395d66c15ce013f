// errorcheck -0 -m=2 -l

// -m=2 explains each escape with the flow path from the root.

package escape

func f() *int {
	x := 1 // ERROR "x escapes to heap in f:$" "  flow: ~r0 ← &x:$" "    from &x \(address-of\) at \./m2_return_addr\.go:9:9$" "    from return &x \(return\) at \./m2_return_addr\.go:9:2$" "moved to heap: x$"
	return &x
}

func g(p *int) int { // ERROR "p does not escape$"
	return *p
}
