// errorcheck -0 -m -l

// Conversions that allocate: string(bytes), []byte(s), []rune(s),
// string(rune), string(runes). Each is a location printed as written
// (with the type parenthesised for []byte(s) and []rune(s)).

package escape

var gs string
var gb []byte

func bytesToStringReturned(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

func bytesToStringLocal(b []byte) int { // ERROR "b does not escape$"
	s := string(b) // ERROR "string\(b\) does not escape$"
	return len(s)
}

func bytesToStringGlobal(b []byte) { // ERROR "b does not escape$"
	gs = string(b) // ERROR "string\(b\) escapes to heap$"
}

func stringToBytesReturned(s string) []byte { // ERROR "s does not escape$"
	return []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func stringToBytesMutated(s string) byte { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	b[0] = 'x'
	return b[0]
}

func stringToBytesGlobal(s string) { // ERROR "s does not escape$"
	gb = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func runeToString(r rune) string {
	return string(r) // ERROR "string\(r\) escapes to heap$"
}

func runeToStringLocal(r rune) int {
	s := string(r) // ERROR "string\(r\) does not escape$"
	return len(s)
}

func stringToRunes(s string) int { // ERROR "s does not escape$"
	rs := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape$"
	return len(rs)
}

func runesToString(rs []rune) string { // ERROR "rs does not escape$"
	return string(rs) // ERROR "string\(rs\) escapes to heap$"
}

// A conversion used only as a map key or for comparison needs no copy.
func mapKey(m map[string]int, b []byte) int { // ERROR "m does not escape$" "b does not escape$"
	return m[string(b)] // ERROR "string\(b\) does not escape$"
}

func compare(b []byte) bool { // ERROR "b does not escape$"
	return string(b) == "abc" // ERROR "string\(b\) does not escape$"
}

// Conversion between string types and named byte slices.
type MyBytes []byte

func named(b MyBytes) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}
