// errorcheck -0 -m -l

// Method receivers are parameters like any other: pointer receivers get
// tags, value receivers holding pointers too.

package escape

type T struct {
	x int
	p *int
}

var sink *T
var sinkp *int

func (t *T) Get() int { // ERROR "t does not escape$"
	return t.x
}

func (t *T) Set(v int) { // ERROR "t does not escape$"
	t.x = v
}

func (t *T) Self() *T { // ERROR "leaking param: t to result ~r0 level=0$"
	return t
}

func (t *T) Leak() { // ERROR "leaking param: t$"
	sink = t
}

func (t *T) Ptr() *int { // ERROR "leaking param: t to result ~r0 level=1$"
	return t.p
}

func (t *T) FieldAddr() *int { // ERROR "leaking param: t to result ~r0 level=0$"
	return &t.x
}

func (t T) Value() int { // ERROR "t does not escape$"
	return t.x
}

func (t T) ValuePtr() *int { // ERROR "leaking param: t to result ~r0 level=0$"
	return t.p
}

// Returning the address of a field of a value receiver moves the receiver.
func (t T) ValueFieldAddr() *int { // ERROR "moved to heap: t$"
	return &t.x
}

func (t T) LeakContent() { // ERROR "leaking param: t$"
	sinkp = t.p
}

func use() int {
	var a T
	a.Set(1)
	var b T // ERROR "moved to heap: b$"
	b.Leak()
	var c T
	return a.Get() + c.Value() + *c.Ptr()
}
