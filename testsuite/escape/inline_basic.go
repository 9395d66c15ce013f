// errorcheck -0 -m

// With inlining on, small functions print "can inline f" at their
// declaration and "inlining call to f" at each inlined call site, and the
// inlined body is analysed inside the caller: a constructor returning &x
// no longer forces x to the heap when the caller keeps the result local.

package escape

type Point struct{ x, y int }

func NewPoint(x, y int) *Point { // ERROR "can inline NewPoint$"
	return &Point{x, y} // ERROR "&Point\{\.\.\.\} escapes to heap$"
}

func add(a, b int) int { // ERROR "can inline add$"
	return a + b
}

func usePointLocally() int { // ERROR "can inline usePointLocally$"
	p := NewPoint(1, 2) // ERROR "inlining call to NewPoint$" "&Point\{\.\.\.\} does not escape$"
	return add(p.x, p.y) // ERROR "inlining call to add$"
}

var keep *Point

func usePointGlobally() { // ERROR "can inline usePointGlobally$"
	keep = NewPoint(3, 4) // ERROR "inlining call to NewPoint$" "&Point\{\.\.\.\} escapes to heap$"
}

func id(p *int) *int { // ERROR "can inline id$" "leaking param: p to result ~r0 level=0$"
	return p
}

func local() int { // ERROR "can inline local$"
	x := 1
	return *id(&x) // ERROR "inlining call to id$"
}
