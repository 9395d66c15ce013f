// errorcheck -0 -m -l

// Static devirtualization runs before escape analysis (even with -l):
// when an interface variable is never reassigned and its value is a
// conversion from a known concrete type, the method call becomes a direct
// call, gc prints "devirtualizing X.M to T", and the receiver's tag is used
// instead of "everything escapes".

package escape

type Counter interface {
	Inc(d int) int
}

type C struct{ n int }

func (c *C) Inc(d int) int { // ERROR "c does not escape$"
	c.n += d
	return c.n
}

type V struct{ n int }

func (v V) Inc(d int) int {
	return v.n + d
}

func knownPtr() int {
	c := C{}
	var i Counter = &c
	return i.Inc(1) // ERROR "devirtualizing i\.Inc to \*C$"
}

func knownValue() int {
	v := V{3}
	var i Counter = v // ERROR "v does not escape$"
	return i.Inc(2) // ERROR "devirtualizing i\.Inc to V$"
}

// Reassigned, but every assignment has the same concrete type (*C): still
// devirtualized, and neither c1 nor c2 moves.
func reassignedSameType(b bool) int {
	c1 := C{}
	c2 := C{}
	var i Counter = &c1
	if b {
		i = &c2
	}
	return i.Inc(1) // ERROR "devirtualizing i\.Inc to \*C$"
}

// Assignments of different concrete types: a real interface call, c moves
// and v is boxed onto the heap.
func reassignedOtherType(b bool) int {
	c := C{} // ERROR "moved to heap: c$"
	v := V{1}
	var i Counter = &c
	if b {
		i = v // ERROR "v escapes to heap$"
	}
	return i.Inc(1)
}

// Value coming from a parameter: unknown.
func fromParam(i Counter) int { // ERROR "leaking param: i$"
	return i.Inc(1)
}

// Direct conversion expression in the call.
func inline() int {
	return Counter(V{5}).Inc(1) // ERROR "devirtualizing Counter\(V\{\.\.\.\}\)\.Inc to V$" "Counter\(V\{\.\.\.\}\) does not escape$"
}
