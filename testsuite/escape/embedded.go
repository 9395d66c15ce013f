// errorcheck -0 -m -l

// Promoted methods through embedded fields and explicit selector chains:
// the receiver is the embedded field's address (&o.Inner) or value.

package escape

type Inner struct{ n int }

func (i *Inner) Ptr() *int { // ERROR "leaking param: i to result ~r0 level=0$"
	return &i.n
}

func (i *Inner) Bump() { // ERROR "i does not escape$"
	i.n++
}

func (i Inner) Val() int {
	return i.n
}

type Outer struct {
	Inner
	tag string
}

type OuterPtr struct {
	*Inner
}

func bumpEmbedded() int {
	var o Outer
	o.Bump()
	return o.Val()
}

func ptrEmbedded() *int {
	var o Outer // ERROR "moved to heap: o$"
	return o.Ptr()
}

func throughPointerEmbed(op OuterPtr) *int { // ERROR "leaking param: op to result ~r0 level=0$"
	return op.Ptr()
}

func embeddedParam(o *Outer) int { // ERROR "o does not escape$"
	o.Bump()
	return o.Val()
}
