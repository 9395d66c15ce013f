// errorcheck -0 -m -l

// A local function taking any: its tag decides, so boxes passed to a
// parameter that does not escape stay on the stack.

package escape

var sink any

func isZero(v any) bool { // ERROR "v does not escape$"
	return v == nil
}

func keep(v any) { // ERROR "leaking param: v$"
	sink = v
}

func typeName(v any) string { // ERROR "v does not escape$"
	switch v.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return "?"
}

func callIsZero(x int) bool {
	return isZero(x) // ERROR "x does not escape$"
}

func callKeep(x int) {
	keep(x) // ERROR "x escapes to heap$"
}

func callTypeName(s string) string { // ERROR "s does not escape$"
	return typeName(s) // ERROR "s does not escape$"
}

func passPointer() bool {
	y := 1
	return isZero(&y)
}

func passPointerKeep() {
	z := 1 // ERROR "moved to heap: z$"
	keep(&z)
}

// Returning the interface parameter is a leak to the result, and the box
// made by the caller then escapes if the caller's result escapes.
func identity(v any) any { // ERROR "leaking param: v to result ~r0 level=0$"
	return v
}

func callIdentity(x int) any {
	return identity(x) // ERROR "x escapes to heap$"
}

func callIdentityLocal(x int) bool {
	return identity(x) == nil // ERROR "x does not escape$"
}
