// errorcheck -0 -m

// Devirtualization and inlining together: once gc knows the concrete type
// behind an interface, the method call becomes direct and can be inlined,
// so the boxed value and the receiver stay on the stack.

package escape

type Shape interface {
	Area() int
}

type Sq struct{ s int }

func (q Sq) Area() int { // ERROR "can inline Sq\.Area$"
	return q.s * q.s
}

type Rect struct{ w, h int }

func (r *Rect) Area() int { // ERROR "can inline \(\*Rect\)\.Area$" "r does not escape$"
	return r.w * r.h
}

func known() int { // ERROR "can inline known$"
	var s Shape = Sq{3} // ERROR "Sq\{\.\.\.\} does not escape$"
	return s.Area() // ERROR "devirtualizing s\.Area to Sq$" "inlining call to Sq\.Area$"
}

func knownPtr() int { // ERROR "can inline knownPtr$"
	r := Rect{2, 3}
	var s Shape = &r
	return s.Area() // ERROR "devirtualizing s\.Area to \*Rect$" "inlining call to \(\*Rect\)\.Area$"
}

func unknown(s Shape) int { // ERROR "can inline unknown$" "leaking param: s$"
	return s.Area()
}

func callUnknown() int { // ERROR "can inline callUnknown$"
	return unknown(Sq{4}) // ERROR "inlining call to unknown$" "devirtualizing s\.Area to Sq$" "inlining call to Sq\.Area$" "Sq\{\.\.\.\} does not escape$"
}
