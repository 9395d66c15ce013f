// errorcheck -0 -m

// Devirtualization follows every assignment of a local (gc's concrete-type
// analysis): through type assertions to an interface type (comma-ok or not,
// type switches), conversions between interface types, copies, inlined
// parameters and by-value captures of closures; nil assignments are
// ignored. The receiver's variable then stays on the stack. Parameters,
// different concrete types and types that do not implement the asserted
// interface are left alone.

package escape

type S struct{ n int }

func (s *S) Set(v int) { // ERROR "can inline \(\*S\)\.Set$" "s does not escape$"
	s.n = v
}

func (s *S) Get() int { // ERROR "can inline \(\*S\)\.Get$" "s does not escape$"
	return s.n
}

type Setter interface{ Set(int) }

type GetSetter interface {
	Set(int)
	Get() int
}

type T struct{ n int }

func (t *T) Set(v int) { // ERROR "can inline \(\*T\)\.Set$" "t does not escape$"
	t.n = v
}

func commaOk() int {
	var s S
	var i any = &s
	if st, ok := i.(Setter); ok {
		st.Set(4) // ERROR "devirtualizing st\.Set to \*S$" "inlining call to \(\*S\)\.Set$"
	}
	return s.n
}

func asserted() int { // ERROR "can inline asserted$"
	var s S
	var i any = &s
	i.(Setter).Set(5) // ERROR "devirtualizing i\.\(Setter\)\.Set to \*S$" "inlining call to \(\*S\)\.Set$"
	return s.n
}

func ifaceToIface() int {
	var s S
	var gs GetSetter = &s
	var st Setter = gs
	st.Set(6) // ERROR "devirtualizing st\.Set to \*S$" "inlining call to \(\*S\)\.Set$"
	var a any = st
	a.(GetSetter).Set(7) // ERROR "devirtualizing a\.\(GetSetter\)\.Set to \*S$" "inlining call to \(\*S\)\.Set$"
	return s.n
}

func typeSwitch() int {
	var s S
	var i any = &s
	switch v := i.(type) {
	case Setter:
		v.Set(8) // ERROR "devirtualizing v\.Set to \*S$" "inlining call to \(\*S\)\.Set$"
	}
	return s.n
}

// A nil assignment does not count (the call keeps its nil check).
func maybeNil(c bool) int { // ERROR "can inline maybeNil$"
	var s S
	var st Setter
	if c {
		st = &s
	}
	st.Set(9) // ERROR "devirtualizing st\.Set to \*S$" "inlining call to \(\*S\)\.Set$"
	return s.n
}

func copies(c bool) int {
	var s1, s2 S
	var st Setter = &s1
	var st2 Setter
	if c {
		st2 = st
	} else {
		st2 = &s2
	}
	st2.Set(10) // ERROR "devirtualizing st2\.Set to \*S$" "inlining call to \(\*S\)\.Set$"
	return s1.n + s2.n
}

// A parameter is not followed, even when reassigned.
func param(st Setter) int { // ERROR "can inline param$" "leaking param: st$"
	var s S // ERROR "moved to heap: s$"
	st = &s
	st.Set(11)
	return s.n
}

func differentTypes(c bool) int {
	var s S // ERROR "moved to heap: s$"
	var t T // ERROR "moved to heap: t$"
	var st Setter = &s
	if c {
		st = &t
	}
	st.Set(12)
	return s.n + t.n
}

// *S has no Get(int): the assertion always fails, nothing is devirtualized.
func notImplemented() int {
	var s S // ERROR "moved to heap: s$"
	var i any = &s
	if x, ok := i.(interface{ Get(int) }); ok {
		x.Get(13)
	}
	return s.n
}

//go:noinline
func apply(f func()) { // ERROR "f does not escape$"
	f()
}

// The closure's st is the variable its creator captured.
func captured() int {
	var s S
	var st Setter = &s
	apply(func() { // ERROR "can inline captured\.func1$" "func literal does not escape$"
		st.Set(14) // ERROR "devirtualizing st\.Set to \*S$" "inlining call to \(\*S\)\.Set$"
	})
	return s.n
}

func callers() int {
	return asserted() + maybeNil(true) + param(nil) // ERROR "inlining call to asserted$" "devirtualizing i\.\(Setter\)\.Set to \*S$" "inlining call to \(\*S\)\.Set$" "inlining call to maybeNil$" "devirtualizing st\.Set to \*S$" "inlining call to param$"
}
