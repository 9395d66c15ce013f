// errorcheck -0 -m -l

// []byte(s) that does not escape and is never mutated reuses the string's
// memory: gc prints both "([]byte)(s) does not escape" and
// "zero-copy string->[]byte conversion" at the same position.

package escape

func readOnly(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
	return len(b) + int(b[0])
}

func mutated(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	b[0] = 1
	return int(b[0])
}

func passedToNonMutating(s string) int { // ERROR "s does not escape$"
	return count([]byte(s)) // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
}

func count(b []byte) int { // ERROR "b does not escape$"
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}

func passedToMutating(s string) { // ERROR "s does not escape$"
	clear0([]byte(s)) // ERROR "\(\[\]byte\)\(s\) does not escape$"
}

func clear0(b []byte) { // ERROR "b does not escape$"
	b[0] = 0
}

func rangeOver(s string) int { // ERROR "s does not escape$"
	n := 0
	for _, c := range []byte(s) { // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
		n += int(c)
	}
	return n
}
