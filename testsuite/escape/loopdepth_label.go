// errorcheck -0 -m -l

// A label targeted by a backward goto starts an unstructured loop and
// raises the loop depth just like a for statement. A label only targeted
// by forward gotos does not.

package escape

func backwardGoto(n int) int {
	var p *int
	i := 0
loop:
	x := i // ERROR "moved to heap: x$"
	p = &x
	i++
	if i < n {
		goto loop
	}
	return *p
}

func forwardGoto(n int) int {
	var p *int
	if n > 0 {
		goto done
	}
	n++
done:
	y := n
	p = &y
	return *p
}
