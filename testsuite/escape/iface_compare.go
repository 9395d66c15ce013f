// errorcheck -0 -m -l

// Mixed interface/concrete comparisons and interface-keyed maps: the
// concrete operand is converted to an interface, and that conversion is a
// box location like any other ("does not escape" for a comparison or a
// lookup key, "escapes to heap" for a stored key).

package escape

type S struct{ a, b int }

func eqInt(i any, n int) bool { // ERROR "i does not escape$"
	return i == n // ERROR "n does not escape$"
}

func eqConst(i any) bool { // ERROR "i does not escape$"
	return i == 5 // ERROR "5 does not escape$"
}

func eqStruct(i any, s S) bool { // ERROR "i does not escape$"
	return i == s // ERROR "s does not escape$"
}

func switchValues(i any, n int) int { // ERROR "i does not escape$"
	switch i {
	case n: // ERROR "n does not escape$"
		return 1
	case "x": // ERROR ".x. does not escape$"
		return 2
	}
	return 0
}

func storeKey(m map[any]int, n int) { // ERROR "m does not escape$"
	m[n] = 1 // ERROR "n escapes to heap$"
}

func lookupKey(m map[any]int, n int) int { // ERROR "m does not escape$"
	return m[n] // ERROR "n does not escape$"
}
