// run

// Allocation savings that come from inlining (no //go:noinline here): a
// constructor returning &T{} or a closure, inlined into a caller that keeps
// the result local, allocates nothing; the same calls whose results are
// stored globally allocate as usual.

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

type Point struct{ x, y int }

func NewPoint(x, y int) *Point {
	return &Point{x, y}
}

func adder(k int) func(int) int {
	return func(v int) int { return v + k }
}

var (
	sinkP *Point
	sinkF func(int) int
	sinkN int
)

func main() {
	check("NewPoint local", 0, func() {
		p := NewPoint(sinkN, 2)
		sinkN = p.x + p.y - 2
	})
	check("NewPoint stored", 1, func() { sinkP = NewPoint(sinkN, 2) })
	check("adder local", 0, func() {
		f := adder(sinkN)
		sinkN = f(0)
	})
	check("adder stored", 1, func() { sinkF = adder(sinkN) })
}

// Output:
// NewPoint local allocs/op <= 0: true
// NewPoint stored allocs/op <= 1: true
// adder local allocs/op <= 0: true
// adder stored allocs/op <= 1: true
