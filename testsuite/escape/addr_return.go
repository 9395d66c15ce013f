// errorcheck -0 -m -l

// Returning the address of a local, of a composite literal or of new(T)
// makes it escape; using the same address only locally does not.

package escape

type T struct{ a, b int }

func retAddrLocal() *int {
	x := 1 // ERROR "moved to heap: x$"
	return &x
}

func useAddrLocal() int {
	x := 1
	p := &x
	*p = 2
	return x
}

func retAddrLit() *T {
	return &T{1, 2} // ERROR "&T\{\.\.\.\} escapes to heap$"
}

func useAddrLit() int {
	p := &T{1, 2} // ERROR "&T\{\.\.\.\} does not escape$"
	return p.a + p.b
}

func retNew() *T {
	return new(T) // ERROR "new\(T\) escapes to heap$"
}

func useNew() int {
	p := new(T) // ERROR "new\(T\) does not escape$"
	p.a = 3
	return p.a
}

func retNewViaVar() *int {
	p := new(int) // ERROR "new\(int\) escapes to heap$"
	q := p
	return q
}

func retFieldAddr() *int {
	var t T // ERROR "moved to heap: t$"
	return &t.b
}

func retArrayElemAddr() *int {
	var a [4]int // ERROR "moved to heap: a$"
	return &a[2]
}
