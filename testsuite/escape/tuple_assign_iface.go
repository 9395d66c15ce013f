// errorcheck -0 -m -l

// Assigning the values of a multi-value expression (a call, a comma-ok
// type assertion, map index or receive) to interface-typed variables boxes
// each value; gc reports the boxes at the assignment, naming its temporaries.

package escape

var sink interface{}

func two() (int, string) { return 7, "x" }

func assert(y interface{}) { // ERROR "y does not escape$"
	var ok bool
	sink, ok = y.(int) // ERROR "\.autotmp_[0-9]+ escapes to heap$"
	_ = ok
}

func forms(mp map[int]int, ch chan int) { // ERROR "mp does not escape$" "ch does not escape$"
	var ok bool
	sink, ok = mp[1] // ERROR "\.autotmp_[0-9]+ escapes to heap$"
	sink, ok = <-ch // ERROR "\.autotmp_[0-9]+ escapes to heap$"
	_ = ok
}

func local() int {
	var a, b interface{}
	a, b = two() // ERROR "\.autotmp_3 does not escape$" "\.autotmp_4 does not escape$"
	_, ok := b.(string)
	if ok {
		return a.(int)
	}
	return 0
}
