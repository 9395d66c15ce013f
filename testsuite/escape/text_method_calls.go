// errorcheck -0 -m -l

// gc prints a method call as a call of the method expression with the receiver
// first (implicit & and * dropped, explicit ones kept), and spells out the
// embedded fields a promoted field or method goes through.

package escape

import "fmt"

type B struct{ n int }

func (b B) Get() int   { return b.n }
func (b *B) PGet() int { return b.n } // ERROR "b does not escape$"

type I interface{ M() int }

type base struct{ id int }

type Rect struct {
	base
	w int
}

type Sq struct{ *Rect }

type R struct {
	B
	I
}

func (r R) Own() int { return 0 } // ERROR "r does not escape$"

func mk() B { return B{} }

func calls(r R, p *B, sq Sq) { // ERROR "leaking param: r$" "p does not escape$" "sq does not escape$"
	fmt.Println(r.Get(), p.Get(), r.n, r.PGet(), p.PGet()) // ERROR "\.\.\. argument does not escape$" "B\.Get\(r\.B\) escapes to heap$" "B\.Get\(p\) escapes to heap$" "r\.B\.n escapes to heap$" "\(\*B\)\.PGet\(r\.B\) escapes to heap$" "\(\*B\)\.PGet\(p\) escapes to heap$"
	fmt.Println(sq.Rect.base.id, sq.id, sq.w) // ERROR "\.\.\. argument does not escape$" "sq\.Rect\.base\.id escapes to heap$" "sq\.Rect\.w escapes to heap$"
	fmt.Println(r.I.M(), r.M(), r.Own(), B.Get(r.B), (*B).PGet(p), mk().Get(), (&r.B).Get()) // ERROR "\.\.\. argument does not escape$" "r\.I\.M\(\) escapes to heap$" "R\.Own\(r\) escapes to heap$" "B\.Get\(r\.B\) escapes to heap$" "\(\*B\)\.PGet\(p\) escapes to heap$" "B\.Get\(mk\(\)\) escapes to heap$" "B\.Get\(&r\.B\) escapes to heap$"
	fmt.Println((*p).n, (*p).Get()) // ERROR "\.\.\. argument does not escape$" "\(\*p\)\.n escapes to heap$" "B\.Get\(\*p\) escapes to heap$"
}

func values(r R, p *B) { // ERROR "leaking param: r$" "leaking param: p$"
	f := r.Get // ERROR "r\.B\.Get escapes to heap$"
	g := p.PGet // ERROR "p\.PGet escapes to heap$"
	h := r.I.M // ERROR "r\.I\.M escapes to heap$"
	fmt.Println(f, g, h, r.B.Get) // ERROR "\.\.\. argument does not escape$" "r\.B\.Get escapes to heap$"
}
