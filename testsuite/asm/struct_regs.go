// asm

// A small struct whose address is never taken is not an allocation site at
// all: gosub splits it into one SSA value per field, so its fields live in
// registers. The function has no frame slot and never loads or stores
// through the stack pointer (the frame pointer push in the prologue aside).

package main

type Point struct{ x, y int }

//go:noinline
func dot(a, b int) int {
	// amd64:-"\\[rsp",-"\\[rbp",-"stack:",-"gosub_alloc"
	// arm64:-"\\[sp(, #0x[0-9a-f]+)?\\](\\s|$)",-"stack:",-"gosub_alloc"
	p := Point{a, b}
	q := Point{p.y, p.x}
	q.x += p.x
	return p.x*q.x + p.y*q.y
}

func main() {
	println(dot(3, 4))
}
