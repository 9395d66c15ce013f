// errorcheck -0 -m

// The inlining budget is 80 cost units. A function over budget gets no
// inlining diagnostic at -m=1 (only -m=2 says "cannot inline"); callers see
// its tags like with -l. Inlinable functions still get their own parameter
// diagnostics (their standalone bodies are compiled too).

package escape

func small(p *int) int { // ERROR "can inline small$" "p does not escape$"
	return *p + 1
}

// Cost 106 (-m=2: "cannot inline big: function too complex: cost 106
// exceeds budget 80").
func big(p *int) int { // ERROR "p does not escape$"
	s := 0
	for i := 0; i < 10; i++ {
		s += *p * i
		switch {
		case s > 100:
			s -= 7
		case s%3 == 0:
			s += 11
		case s%5 == 0:
			s += 13
		case s%7 == 0:
			s += 17
		case s%11 == 0:
			s += 19
		case s%13 == 0:
			s += 23
		case s%17 == 0:
			s += 29
		case s%19 == 0:
			s += 31
		}
		s ^= s >> 3
		s ^= s << 5
	}
	return s
}

// A call to a function that cannot be inlined costs 57 + its arguments:
// two of them exceed the budget.
func twoCalls(p *int) int { // ERROR "p does not escape$"
	return big(p) + big(p)
}

// One call plus a little work fits.
func oneCall(p *int) int { // ERROR "can inline oneCall$" "p does not escape$"
	return big(p) + 1
}

func caller() int {
	x := 1
	y := 2
	z := 3
	w := 4
	return small(&x) + big(&y) + twoCalls(&z) + oneCall(&w) // ERROR "inlining call to small$" "inlining call to oneCall$"
}
