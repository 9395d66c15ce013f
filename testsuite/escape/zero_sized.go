// errorcheck -0 -m -l

// Zero-sized values: gc still reports their allocation sites like any
// other (the runtime hands out a shared zero-size address).

package escape

type Empty struct{}

var sink any
var gp *Empty

func newEmpty() *Empty {
	return new(Empty) // ERROR "new\(Empty\) escapes to heap$"
}

func addrEmptyLit() *Empty {
	return &Empty{} // ERROR "&Empty\{\} escapes to heap$"
}

func localEmpty() *Empty {
	var e Empty // ERROR "moved to heap: e$"
	return &e
}

func boxEmpty() {
	sink = Empty{} // ERROR "Empty\{\} escapes to heap$"
}

func zeroArray() *[0]int {
	var a [0]int // ERROR "moved to heap: a$"
	return &a
}

func makeZeroLen() []int {
	return make([]int, 0) // ERROR "make\(\[\]int, 0\) escapes to heap$"
}

func emptyStructSlice(n int) []Empty {
	return make([]Empty, n) // ERROR "make\(\[\]Empty, n\) escapes to heap$"
}
