// asm

// new(T): the same decision as &T{}. Returned, it is a heap allocation;
// written and read locally, it is a zeroed frame slot.

package main

//go:noinline
func escapes() *int {
	// amd64:"call gosub_alloc\t; heap: new.int." arm64:"bl gosub_alloc\t; heap: new.int."
	p := new(int)
	*p = 42
	return p
}

//go:noinline
func local(n int) int {
	// amd64:-"gosub_alloc","; stack: new.int." arm64:-"gosub_alloc","; stack: new.int."
	p := new(int)
	for i := 0; i < n; i++ {
		*p += i
	}
	return *p
}

func main() {
	println(*escapes(), local(10))
}
