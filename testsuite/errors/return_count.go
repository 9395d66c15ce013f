// errorcheck

// return statements must supply exactly the declared results.
package main

func none() {
	return 1 // ERROR "too many return values"
}

func one() int {
	return // ERROR "not enough return values"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values"
}

func twoMore() (int, string) {
	return 1, "a", true // ERROR "too many return values"
}

func wrongType() (int, bool) {
	return "x", false // ERROR "cannot use .x. \(untyped string constant\) as int value in return statement"
}

func main() {
	none()
	_ = one()
	_, _ = two()
	_, _ = twoMore()
	_, _ = wrongType()
}
