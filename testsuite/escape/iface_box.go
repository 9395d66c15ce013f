// errorcheck -0 -m -l

// Converting a non-pointer-shaped value to an interface allocates a box
// (a location of its own): "x escapes to heap" when the interface value
// escapes, "x does not escape" when it stays local.

package escape

var sink any

type Pair struct{ a, b int }

func boxEscapes(x int) {
	sink = x // ERROR "x escapes to heap$"
}

func boxLocal(x int) bool {
	var i any = x // ERROR "x does not escape$"
	return i == nil
}

func boxStructEscapes(p Pair) {
	sink = p // ERROR "p escapes to heap$"
}

func boxStructLocal(p Pair) string {
	var i any = p // ERROR "p does not escape$"
	_, ok := i.(Pair)
	if ok {
		return "pair"
	}
	return ""
}

func boxStringEscapes(s string) { // ERROR "leaking param: s$"
	sink = s // ERROR "s escapes to heap$"
}

func boxSliceEscapes(s []int) { // ERROR "leaking param: s$"
	sink = s // ERROR "s escapes to heap$"
}

func boxReturned(f float64) any {
	return f // ERROR "f escapes to heap$"
}

// Explicit conversion expressions print in their converted form.
func explicitConv(x int) {
	sink = any(x) // ERROR "any\(x\) escapes to heap$"
}

// The boxed value's contents leak too when they hold pointers.
type HasPtr struct {
	p *int
	n int
}

func boxHasPtr(h HasPtr) { // ERROR "leaking param: h$"
	sink = h // ERROR "h escapes to heap$"
}

func boxLocalVarAddr() {
	v := 1 // ERROR "moved to heap: v$"
	h := HasPtr{p: &v}
	sink = h // ERROR "h escapes to heap$"
}
