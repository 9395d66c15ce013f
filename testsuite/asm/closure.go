// asm

// Function literals: a closure returned to the caller (with the variable it
// captures) is heap-allocated; one called only inside its function is not
// allocated at all.

package main

//go:noinline
func counter() func() int {
	// amd64:"call gosub_alloc\t; heap: func literal" arm64:"bl gosub_alloc\t; heap: func literal"
	n := 0
	return func() int {
		n++
		return n
	}
}

//go:noinline
func local(k int) int {
	// amd64:-"gosub_alloc" arm64:-"gosub_alloc"
	add := func(v int) int { return v + k }
	return add(1) + add(2)
}

func main() {
	c := counter()
	c()
	println(c(), local(3))
}
