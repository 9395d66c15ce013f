// errorcheck

// Conditions must be boolean; switch case values must be comparable with
// the tag and not repeated.
package main

func main() {
	n := 1
	if n { // ERROR "non-boolean condition in if statement"
	}
	for n { // ERROR "non-boolean condition in for statement"
	}
	s := "x"
	switch n {
	case 1:
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case s: // ERROR "invalid case s in switch on n \(mismatched types string and int\)"
	}
	switch {
	case n: // ERROR "invalid case n in switch on true \(mismatched types int and bool\)"
	}
	_ = s
}
