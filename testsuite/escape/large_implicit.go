// errorcheck -0 -m -l

// Implicit allocations (new, &T{}, make with a constant size, closures,
// method values) may live on the stack up to 64 KiB (65536 bytes); one more
// byte and escape analysis sends them to the heap by itself. Slice literals
// are the exception (see the end).

package escape

type B65536 [65536]byte
type B65537 [65537]byte

func newAtLimit() byte {
	p := new(B65536) // ERROR "new\(B65536\) does not escape$"
	return p[0]
}

func newOverLimit() byte {
	p := new(B65537) // ERROR "new\(B65537\) escapes to heap$"
	return p[0]
}

func newShift() byte {
	p := new([1<<16 + 1]byte) // ERROR "new\(\[65537\]byte\) escapes to heap$"
	return p[0]
}

func ptrLitAtLimit() byte {
	p := &B65536{} // ERROR "&B65536\{\} does not escape$"
	return p[1]
}

func ptrLitOverLimit() byte {
	p := &B65537{} // ERROR "&B65537\{\} escapes to heap$"
	return p[1]
}

func makeAtLimit() byte {
	s := make([]byte, 65536) // ERROR "make\(\[\]byte, 65536\) does not escape$"
	return s[0]
}

func makeOverLimit() byte {
	s := make([]byte, 65537) // ERROR "make\(\[\]byte, 65537\) escapes to heap$"
	return s[0]
}

func makeIntsAtLimit() int64 {
	s := make([]int64, 8192) // ERROR "make\(\[\]int64, 8192\) does not escape$"
	return s[0]
}

func makeIntsOverLimit() int64 {
	s := make([]int64, 8193) // ERROR "make\(\[\]int64, 8193\) escapes to heap$"
	return s[0]
}

func makeCapOverLimit() int {
	s := make([]byte, 1, 65537) // ERROR "make\(\[\]byte, 1, 65537\) escapes to heap$"
	return len(s)
}

// The size is a never-reassigned local: propagated, then over the limit.
func makePropagated() byte {
	n := 100000
	s := make([]byte, n) // ERROR "make\(\[\]byte, 100000\) escapes to heap$"
	return s[0]
}

// Slice literals have no size limit at all: a non-escaping slice literal's
// backing array becomes a stack temporary of any size (walk does not check
// it either; measured: []byte{131072: 1} local makes no heap allocation).
func sliceLitAtLimit() byte {
	s := []byte{65535: 1} // ERROR "\[\]byte\{\.\.\.\} does not escape$"
	return s[0]
}

func sliceLitOverLimit() byte {
	s := []byte{65536: 1} // ERROR "\[\]byte\{\.\.\.\} does not escape$"
	return s[0]
}

// A non-constant size escapes only if the slice does; the allocation limit
// is then enforced at run time (stack buffer up to 32 bytes).
func makeVar(n int) byte {
	s := make([]byte, n) // ERROR "make\(\[\]byte, n\) does not escape$"
	return s[0]
}
