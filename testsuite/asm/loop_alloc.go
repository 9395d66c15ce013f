// asm

// An object created in a loop: kept in a global list it must be allocated
// on every iteration; used only within the iteration it reuses one frame
// slot.

package main

type Node struct {
	v    int
	next *Node
}

var list *Node

//go:noinline
func keep(n int) {
	// amd64:"call gosub_alloc\t; heap: &Node" arm64:"bl gosub_alloc\t; heap: &Node"
	for i := 0; i < n; i++ {
		list = &Node{v: i, next: list}
	}
}

//go:noinline
func scratch(n int) int {
	// amd64:-"gosub_alloc","; stack: &Node" arm64:-"gosub_alloc","; stack: &Node"
	t := 0
	for i := 0; i < n; i++ {
		p := &Node{v: i}
		t += p.v
	}
	return t
}

func main() {
	keep(3)
	println(list.v, scratch(4))
}
