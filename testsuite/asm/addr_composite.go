// asm

// &T{...}: a pointer that is returned escapes, so the object comes from the
// runtime allocator; one used only inside the function lives in a frame slot.

package main

type T struct{ a, b, c int }

//go:noinline
func escapes(n int) *T {
	// amd64:"call gosub_alloc\t; heap: &T" arm64:"bl gosub_alloc\t; heap: &T"
	return &T{a: n, b: 2, c: 3}
}

//go:noinline
func local(n int) int {
	// amd64:-"gosub_alloc","; stack: &T.* at \\[sp\\+[0-9]+\\]" arm64:-"gosub_alloc","; stack: &T.* at \\[sp\\+[0-9]+\\]"
	p := &T{a: n, b: 2}
	p.c = p.a + p.b
	return p.c
}

func main() {
	println(escapes(1).a, local(2))
}
