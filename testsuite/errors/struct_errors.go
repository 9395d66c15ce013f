// errorcheck

// Struct literals and selectors must agree with the struct's fields.
package main

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Age  int
}

func main() {
	_ = Point{1}          // ERROR "too few values in struct literal of type Point"
	_ = Point{1, 2, 3}    // ERROR "too many values in struct literal of type Point"
	_ = Point{X: 1, 2}    // ERROR "mixture of field:value and value elements in struct literal"
	_ = Point{Z: 1}       // ERROR "unknown field Z in struct literal of type Point"
	_ = Point{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	_ = Named{"ann", "x"} // ERROR "cannot use .x. \(untyped string constant\) as int value in struct literal"
	var p Point
	p.Z = 3         // ERROR "p.Z undefined \(type Point has no field or method Z\)"
	_ = p.x         // ERROR "p.x undefined \(type Point has no field or method x, but does have field X\)"
	_ = Point{}.Len() // ERROR "Point{}.Len undefined \(type Point has no field or method Len\)"
}
