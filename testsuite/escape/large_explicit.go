// errorcheck -0 -m -l

// Explicitly declared variables may live on the stack up to 128 KiB
// (131072 bytes); one byte more and they are moved to the heap even though
// nothing else makes them escape.

package escape

func atLimit() byte {
	var buf [128 << 10]byte
	buf[1] = 1
	return buf[1]
}

func overLimit() byte {
	var buf [128<<10 + 1]byte // ERROR "moved to heap: buf$"
	buf[1] = 1
	return buf[1]
}

func bigShift() byte {
	var buf [1 << 17]byte
	buf[2] = 2
	return buf[2]
}

func muchBigger() int64 {
	var a [1 << 15]int64 // ERROR "moved to heap: a$"
	a[0] = 7
	return a[0]
}

func atLimitInts() int64 {
	var a [1 << 14]int64
	a[0] = 7
	return a[0]
}

// Declared with := from a composite literal: still an explicit variable.
type Big struct{ b [200000]byte }

func shortDecl() byte {
	x := Big{} // ERROR "moved to heap: x$"
	return x.b[0]
}
