// errorcheck -0 -m -l

// Nested composite literals: every &T{...} is a location of its own; the
// inner one escapes when it is reachable from an escaping outer one.

package escape

type Inner struct{ v int }

type Outer struct {
	in  *Inner
	arr [2]*Inner
}

var sink *Outer

func nestedEscapes() {
	sink = &Outer{in: &Inner{1}} // ERROR "&Outer\{\.\.\.\} escapes to heap$" "&Inner\{\.\.\.\} escapes to heap$"
}

func nestedLocal() int {
	o := &Outer{in: &Inner{2}} // ERROR "&Outer\{\.\.\.\} does not escape$" "&Inner\{\.\.\.\} does not escape$"
	return o.in.v
}

func nestedValueOuter() *Inner {
	o := Outer{in: &Inner{3}} // ERROR "&Inner\{\.\.\.\} escapes to heap$"
	return o.in
}

func arrayField() int {
	o := Outer{arr: [2]*Inner{&Inner{4}, {5}}} // ERROR "&Inner\{\.\.\.\} does not escape$"
	return o.arr[1].v
}

func returnedValue() Outer {
	return Outer{in: &Inner{6}} // ERROR "&Inner\{\.\.\.\} escapes to heap$"
}
