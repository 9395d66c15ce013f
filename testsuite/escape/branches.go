// errorcheck -0 -m -l

// Flow is insensitive to control flow: every assignment on any path counts.

package escape

var sink *int

func either(c bool) *int {
	x := 1 // ERROR "moved to heap: x$"
	y := 2 // ERROR "moved to heap: y$"
	p := &x
	if c {
		p = &y
	}
	return p
}

func onlyOneBranchLeaks(c bool) int {
	x := 1 // ERROR "moved to heap: x$"
	y := 2
	if c {
		sink = &x
	}
	return y
}

// Dead code still counts.
func deadCode() int {
	z := 1
	if false {
		sink = &z
	}
	return z
}

// Overwritten before use: still escapes.
func overwritten() *int {
	w := 1 // ERROR "moved to heap: w$"
	p := &w
	p = nil
	return p
}

func switchFlow(k int) *int {
	a, b, c := 1, 2, 3 // ERROR "moved to heap: a$" "moved to heap: b$"
	var p *int
	switch k {
	case 0:
		p = &a
	case 1:
		p = &b
	default:
		_ = c
	}
	return p
}
