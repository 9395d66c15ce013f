// asm

// Slice literals: the backing array of []int{...} is an allocation site of
// its own. Summed locally it stays in the frame; returned, it is allocated.

package main

//go:noinline
func local(x int) int {
	// amd64:-"gosub_alloc","; stack: \\[\\]int\\{" arm64:-"gosub_alloc","; stack: \\[\\]int\\{"
	s := []int{x, x + 1, x + 2, x + 3}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

//go:noinline
func escapes(x int) []int {
	// amd64:"call gosub_alloc\t; heap: \\[\\]int\\{" arm64:"bl gosub_alloc\t; heap: \\[\\]int\\{"
	return []int{x, x * 2}
}

func main() {
	println(local(1), len(escapes(2)))
}
