// errorcheck -0 -m -l

// Calling a method through an interface: the static callee is unknown, so
// the receiver (and every argument) flows to the heap. Calling the same
// method on the concrete type uses the method's tags, and so does an
// interface call gc can devirtualize (the concrete type of s is known: see
// devirtualize.go), which is why r and q below stay on the stack.

package escape

type Shape interface {
	Area() int
}

type Rect struct{ w, h int }

func (r *Rect) Area() int { // ERROR "r does not escape$"
	return r.w * r.h
}

type Sq struct{ s int }

func (q Sq) Area() int {
	return q.s * q.s
}

func viaInterface(s Shape) int { // ERROR "leaking param: s$"
	return s.Area()
}

func concretePtr() int {
	r := Rect{2, 3}
	return r.Area()
}

func concreteAsIface() int {
	r := Rect{2, 3}
	var s Shape = &r
	return s.Area() // ERROR "devirtualizing s\.Area to \*Rect$"
}

func valueAsIface() int {
	q := Sq{4}
	var s Shape = q // ERROR "q does not escape$"
	return s.Area() // ERROR "devirtualizing s\.Area to Sq$"
}

type Setter interface {
	Set(p *int)
}

func argsViaInterface(s Setter) { // ERROR "leaking param: s$"
	x := 1 // ERROR "moved to heap: x$"
	s.Set(&x)
}
