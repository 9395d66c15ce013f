// Package allocs holds the types and globals of allocs_test.go: benchmarks of what allocation
// costs, each allocating a known number of heap objects per operation, measured with
// `gosub test -bench . -benchmem` and `go test -bench . -benchmem` (benches/bench.py).
package allocs

// Small is 4 bytes.
type Small struct{ a int32 }

// Medium is 64 bytes.
type Medium struct{ a [8]int64 }

// Large is 4 KiB.
type Large struct{ a [512]int64 }

// Globals: storing a pointer in one makes the pointee escape.
var (
	GSmall  *Small
	GMedium *Medium
	GLarge  *Large
	GAny    any
	GString string
	GSlice  []int
	GMap    map[int]int
	Sink    int
)

// Operands read from globals, so the compilers cannot fold them.
var (
	Length = 32
	Hello  = "hello, "
	World  = "world"
)
