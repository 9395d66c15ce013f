// errorcheck -0 -m -l

// Storing an address in a package-level variable makes the pointee escape,
// whatever the shape of the global (pointer, slice element, map, struct field).

package escape

type T struct{ p *int }

var (
	gp  *int
	gs  []*int
	gm  map[string]*int
	gt  T
	gpt *T
	gi  int
)

func toGlobalPtr() {
	x := 1 // ERROR "moved to heap: x$"
	gp = &x
}

func toGlobalSliceElem() {
	y := 2 // ERROR "moved to heap: y$"
	gs[0] = &y
}

func toGlobalMap() {
	z := 3 // ERROR "moved to heap: z$"
	gm["z"] = &z
}

func toGlobalField() {
	w := 4 // ERROR "moved to heap: w$"
	gt.p = &w
}

func toGlobalNew() {
	gpt = &T{} // ERROR "&T\{\} escapes to heap$"
}

// Copying the value (not the address) into a global is fine.
func valueToGlobal() {
	v := 5
	gi = v
	p := &v
	gi = *p
}

// Reading a global pointer and writing through it does not move v.
func writeThroughGlobal() {
	v := 6
	*gp = v
}
