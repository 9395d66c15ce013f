// asm

// make([]int, n) with n known only at run time. gc decides "does not
// escape" and uses a small stack buffer when n fits; gosub gives the site a
// frame slot (1 KiB) and falls back to the allocator when n*8 is larger, so
// the listing shows both the slot and the fallback call. Returned, the slice
// always comes from the heap.

package main

//go:noinline
func local(n int) int {
	// amd64:"; stack: make..\\]int, n. .* at \\[sp\\+[0-9]+\\]","call gosub_alloc\t; heap fallback: make"
	// arm64:"; stack: make..\\]int, n. .* at \\[sp\\+[0-9]+\\]","bl gosub_alloc\t; heap fallback: make"
	s := make([]int, n)
	t := 0
	for i := range s {
		s[i] = i
		t += s[i]
	}
	return t
}

//go:noinline
func escapes(n int) []int {
	// amd64:"call gosub_alloc\t; heap: make..\\]int, n.",-"stack:" arm64:"bl gosub_alloc\t; heap: make..\\]int, n.",-"stack:"
	return make([]int, n)
}

func main() {
	println(local(5), len(escapes(3)))
}
