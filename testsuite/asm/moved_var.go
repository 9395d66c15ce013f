// asm

// A variable whose address outlives the function is "moved to heap"; one
// whose address is only passed to a function that does not keep it stays in
// the frame.

package main

//go:noinline
func sum(p *[4]int) int {
	return p[0] + p[1] + p[2] + p[3]
}

//go:noinline
func escapes(v int) *int {
	// amd64:"call gosub_alloc\t; heap: x " arm64:"bl gosub_alloc\t; heap: x "
	x := v
	return &x
}

//go:noinline
func local(v int) int {
	// amd64:-"gosub_alloc","; stack: a " arm64:-"gosub_alloc","; stack: a "
	var a [4]int
	a[1] = v
	return sum(&a)
}

func main() {
	println(*escapes(1), local(2))
}
