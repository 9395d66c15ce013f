// asm

// make([]int, 8): a constant-size slice that does not escape gets a frame
// slot for its backing array; returned, the array is heap-allocated.

package main

//go:noinline
func local(k int) int {
	// amd64:-"gosub_alloc","; stack: make..\\]int, 8." arm64:-"gosub_alloc","; stack: make..\\]int, 8."
	s := make([]int, 8)
	for i := range s {
		s[i] = i * k
	}
	return s[3] + s[7]
}

//go:noinline
func escapes() []int {
	// amd64:"call gosub_alloc\t; heap: make..\\]int, 8." arm64:"bl gosub_alloc\t; heap: make..\\]int, 8."
	return make([]int, 8)
}

func main() {
	println(local(2), len(escapes()))
}
