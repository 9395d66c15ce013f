// errorcheck -0 -m

// A self-assignment is reported with the assignment statement as gc prints
// it, in the function itself and in each function it is inlined into.

package escape

func swap(s []string) { s[0], s[1] = s[1], s[0] } // ERROR "can inline swap$" "swap ignoring self-assignment in s\[0\], s\[1\] = s\[1\], s\[0\]$" "s does not escape$"

func shift(s []*int) { // ERROR "can inline shift$" "s does not escape$"
	s[0] = s[1] // drop first // ERROR "shift ignoring self-assignment in s\[0\] = s\[1\]$"
	if len(s) > 2 {
		s[1] = s[2] // ERROR "shift ignoring self-assignment in s\[1\] = s\[2\]$"
	}
}

type buf struct{ b []byte }

func (b *buf) skip(n int) { b.b = b.b[n:] } // ERROR "can inline \(\*buf\)\.skip$" "\(\*buf\)\.skip ignoring self-assignment in b\.b = b\.b\[n:\]$" "b does not escape$"

func use(b *buf) { // ERROR "can inline use$" "b does not escape$"
	s := []string{"a", "b"} // ERROR "\[\]string\{\.\.\.\} does not escape$"
	swap(s) // ERROR "inlining call to swap$" "use ignoring self-assignment in s\[0\], s\[1\] = s\[1\], s\[0\]$"
	shift(nil) // ERROR "inlining call to shift$" "use ignoring self-assignment in s\[0\] = s\[1\]$" "use ignoring self-assignment in s\[1\] = s\[2\]$"
	b.skip(1) // ERROR "inlining call to \(\*buf\)\.skip$" "use ignoring self-assignment in b\.b = b\.b\[n:\]$"
	println(s[0])
}
