// errorcheck -0 -m -l

// gc devirtualizes interface calls whose receiver holds one known concrete
// type even with inlining off (-l): the call becomes a direct call, so the
// value in the interface need not escape, and the result's box is named
// after the direct call.

package escape

type Namer interface{ Name() string }

type Buffer struct{ name string }

func (b *Buffer) Name() string { return b.name } // ERROR "leaking param: b to result ~r0 level=1$"

type Counter struct{ n int }

func (c Counter) Name() string { return "counter" }

func direct() string {
	var n Namer = &Buffer{"b"} // ERROR "&Buffer\{\.\.\.\} does not escape$"
	return n.Name() // ERROR "devirtualizing n.Name to \*Buffer$"
}

func boxed() any {
	var n Namer = Counter{3} // ERROR "Counter\{\.\.\.\} does not escape$"
	return n.Name() // ERROR "devirtualizing n.Name to Counter$" "Counter.Name\(n.\(Counter\)\) escapes to heap$"
}

func unknown(n Namer) string { // ERROR "leaking param: n$"
	return n.Name()
}
