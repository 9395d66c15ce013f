// errorcheck -0 -m -l

// gc's self-assignment rule looks at whole selector chains: the two sides
// may differ only in their last field or index, and an index must not touch
// memory (a call in it disqualifies the statement).

package escape

type Pair struct{ p1, p2 *int }
type Box struct{ pair *Pair }
type Arr struct{ a [2]*int }

func zero() int { return 0 }

func chain(box *Box) { // ERROR "box does not escape$"
	box.pair.p1 = box.pair.p2 // ERROR "chain ignoring self-assignment in box.pair.p1 = box.pair.p2$"
}

func callInIndex(p *Arr) { // ERROR "leaking param content: p$"
	p.a[zero()] = p.a[1]
}

func plainIndex(p *Arr, i int) { // ERROR "p does not escape$"
	p.a[i] = p.a[i+1] // ERROR "plainIndex ignoring self-assignment in p.a\[i\] = p.a\[i \+ 1\]$"
}
