// errorcheck -0 -m -l

// Boxing constants. gc still prints "escapes to heap" for constants stored
// in an escaping interface even though they are served from static data,
// and it rewrites locals that are never reassigned to their constant value
// before printing (x := 3; sink = x prints "3 escapes to heap").

package escape

var sink any

func literal() {
	sink = 42 // ERROR "42 escapes to heap$"
}

func stringLiteral() {
	sink = "hello" // ERROR ".hello. escapes to heap$"
}

func namedConst() {
	const c = 7
	sink = c // ERROR "7 escapes to heap$"
}

func localNeverReassigned() {
	x := 3
	sink = x // ERROR "3 escapes to heap$"
}

func localStringNeverReassigned() {
	s := "cat"
	sink = s // ERROR ".cat. escapes to heap$"
}

func localReassigned(c bool) {
	y := 1
	if c {
		y = 2
	}
	sink = y // ERROR "y escapes to heap$"
}

// A zero value that comes from a var declaration is not a literal.
func zeroVar() {
	var z int
	sink = z // ERROR "z escapes to heap$"
}

func typedConst() {
	sink = int64(5) // ERROR "int64\(5\) escapes to heap$"
}

func localConstNoEscape() bool {
	var i any = 9 // ERROR "9 does not escape$"
	return i == nil
}

func boolConst() {
	sink = true // ERROR "true escapes to heap$"
}
