// errorcheck -0 -m -l

// Type assertions and type switches. The data word of an interface holding
// a pointer-shaped type *is* the pointer, so i.(*int) is level=0; a
// non-pointer-shaped value is boxed, so a pointer inside it is one
// dereference away (level=1).

package escape

var sink *int

func assertPtr(i any) *int { // ERROR "leaking param: i to result ~r0 level=0$"
	return i.(*int)
}

func assertValue(i any) int { // ERROR "i does not escape$"
	return i.(int)
}

func assertOk(i any) bool { // ERROR "i does not escape$"
	_, ok := i.(*int)
	return ok
}

func switchLeak(i any) { // ERROR "leaking param: i$"
	switch v := i.(type) {
	case *int:
		sink = v
	}
}

func switchNoLeak(i any) int { // ERROR "i does not escape$"
	switch v := i.(type) {
	case int:
		return v
	case *int:
		return *v
	}
	return 0
}

// An interface holding a local pointer, asserted back, stays local.
func roundTrip() int {
	x := 1
	var i any = &x
	return *i.(*int)
}

type Stringer interface{ String() string }

// Asserting to another interface.
func toStringer(i any) Stringer { // ERROR "leaking param: i to result ~r0 level=0$"
	s, _ := i.(Stringer)
	return s
}

type Pair struct{ a, b *int }

func assertBoxed(i any) *int { // ERROR "leaking param: i to result ~r0 level=1$"
	return i.(Pair).a
}

func assertBoxedLeak(i any) { // ERROR "leaking param content: i$"
	sink = i.(Pair).b
}
