// asm

// gc keeps frames small: an object larger than 64 KiB (implicit) is
// heap-allocated even when it does not escape ("too large for stack"); a
// small one is not.

package main

//go:noinline
func large() int {
	// amd64:"call gosub_alloc\t; heap: make\\(" arm64:"bl gosub_alloc\t; heap: make\\("
	buf := make([]byte, 1<<20)
	buf[100] = 7
	return int(buf[100])
}

//go:noinline
func small() int {
	// amd64:-"gosub_alloc" arm64:-"gosub_alloc"
	buf := make([]byte, 64)
	buf[10] = 7
	return int(buf[10])
}

func main() {
	println(large(), small())
}
