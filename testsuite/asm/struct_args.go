// asm

// Small structs passed and returned by value travel in registers, one per
// field (two-field results fit the two return registers of both ABIs):
// neither function touches memory.

package main

type Vec struct{ x, y int }

//go:noinline
func add(a, b Vec) Vec {
	// amd64:-"\\[rsp",-"\\[rbp",-"gosub_alloc"
	// arm64:-"\\[sp(, #0x[0-9a-f]+)?\\](\\s|$)",-"gosub_alloc"
	return Vec{a.x + b.x, a.y + b.y}
}

//go:noinline
func norm1(v Vec) int {
	// amd64:-"\\[rsp",-"\\[rbp",-"gosub_alloc"
	// arm64:-"\\[sp(, #0x[0-9a-f]+)?\\](\\s|$)",-"gosub_alloc"
	m := v
	if m.x < 0 {
		m.x = -m.x
	}
	if m.y < 0 {
		m.y = -m.y
	}
	return m.x + m.y
}

func main() {
	println(norm1(add(Vec{1, -2}, Vec{-4, 5})))
}
