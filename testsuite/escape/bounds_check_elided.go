// errorcheck -0 -m -l

// gc skips the bounds check of an array index (or an index into a constant
// string) that its form alone keeps in range, and says so with -m: a mask
// below the length, an unsigned remainder or shift, an unsigned type whose
// every value is a valid index. gosub does the same, so these indexings
// compile to no check at all.

package escape

const s = "hello, world"

var table [256]byte
var small [8]int

func index(i int, u uint, b byte, u16 uint16, p *[16]int) int { // ERROR "p does not escape$"
	t := 0
	small[i&7] = 1 // ERROR "index bounds check elided$"
	small[7&i] = 2 // ERROR "index bounds check elided$"
	t += small[u%8] // ERROR "index bounds check elided$"
	t += small[u>>61] // ERROR "index bounds check elided$"
	t += int(table[b]) // ERROR "index bounds check elided$"
	t += int(table[u16>>8]) // ERROR "index bounds check elided$"
	t += int(table[u16/256]) // ERROR "index bounds check elided$"
	t += p[i&15] // ERROR "index bounds check elided$"
	t += int(s[u%12]) // ERROR "index bounds check elided$"
	t += small[i&^-8] // ERROR "index bounds check elided$"
	t += small[u&^0xfffffffffffffff8]
	t += small[3]
	t += small[i%8]
	t += small[u%9]
	return t
}
