// asm

// Converting a value to an interface boxes it. A box that does not outlive
// the function (a method called through a local interface) needs no
// allocation; a box that is returned does.

package main

type Shape interface{ Area() int }

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

//go:noinline
func local(n int) int {
	// amd64:-"gosub_alloc" arm64:-"gosub_alloc"
	var s Shape = Square{n}
	return s.Area()
}

//go:noinline
func escapes(n int) Shape {
	// amd64:"call gosub_alloc\t; heap: Square\\{" arm64:"bl gosub_alloc\t; heap: Square\\{"
	return Square{n}
}

func main() {
	println(local(3), escapes(4).Area())
}
