// run

// Allocations gc avoids after escape analysis has sent a value to the heap
// or left a non-constant size to run time (these cases hold gosub's runtime
// and code generation to gc's standard, not just its escape decisions):
// boxing an integer 0..255 uses a static table; zero-sized allocations all
// return one address; a non-escaping make([]T, n) with n*size <= 32 bytes
// and the first growth of a local append use a 32-byte stack buffer.

package main

import (
	"fmt"
	"runtime"
)

const runs = 1000

// allocs returns the heap allocations per call of f, rounded to the
// nearest integer so that the odd allocation made by the runtime itself
// during the loop cannot change the answer. f is called once first so
// that one-time initialisation is not counted.
func allocs(f func()) uint64 {
	var before, after runtime.MemStats
	f()
	runtime.ReadMemStats(&before)
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&after)
	return (after.Mallocs - before.Mallocs + runs/2) / runs
}

// check prints whether f allocates at most bound objects per call: bound
// is what gc's code allocates, so gosub passes only if it does no worse.
func check(name string, bound uint64, f func()) {
	got := allocs(f)
	fmt.Printf("%s allocs/op <= %d: %v\n", name, bound, got <= bound)
}

type Empty struct{}

var (
	sinkI any
	sinkE *Empty
	sinkN int
)

//go:noinline
func boxByte(n int) {
	sinkI = n
}

//go:noinline
func newEmpty() *Empty {
	return new(Empty)
}

//go:noinline
func makeVar(n int) int {
	s := make([]int, n)
	s[0] = 1
	return len(s)
}

//go:noinline
func appendLocal(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s)
}

func main() {
	check("boxByte(200)", 0, func() { boxByte(200) })
	check("boxByte(256)", 1, func() { boxByte(256) })
	check("newEmpty", 0, func() { sinkE = newEmpty() })
	check("makeVar(4)", 0, func() { sinkN = makeVar(4) })
	check("makeVar(5)", 1, func() { sinkN = makeVar(5) })
	check("appendLocal(4)", 0, func() { sinkN = appendLocal(4) })
	check("appendLocal(5)", 1, func() { sinkN = appendLocal(5) })
	check("appendLocal(100)", 5, func() { sinkN = appendLocal(100) })
}

// Output:
// boxByte(200) allocs/op <= 0: true
// boxByte(256) allocs/op <= 1: true
// newEmpty allocs/op <= 0: true
// makeVar(4) allocs/op <= 0: true
// makeVar(5) allocs/op <= 1: true
// appendLocal(4) allocs/op <= 0: true
// appendLocal(5) allocs/op <= 1: true
// appendLocal(100) allocs/op <= 5: true
