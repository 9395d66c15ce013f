// run

// Variadic calls: the implicit slice of a call to a function whose
// variadic parameter does not escape is a stack temporary; one whose
// parameter leaks is heap allocated. f(xs...) passes the caller's slice.

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

var (
	sinkN int
	kept  []int
)

//go:noinline
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

//go:noinline
func keep(xs ...int) {
	kept = xs
}

//go:noinline
func callSum(a, b, c, d, e int) int {
	return sum(a, b, c, d, e)
}

//go:noinline
func callKeep(a, b int) {
	keep(a, b)
}

//go:noinline
func spread(xs []int) int {
	return sum(xs...)
}

func main() {
	xs := []int{1, 2, 3}
	check("callSum", 0, func() { sinkN = callSum(1, 2, 3, 4, 5) })
	check("callKeep", 1, func() { callKeep(1, 2) })
	check("spread", 0, func() { sinkN = spread(xs) })
}

// Output:
// callSum allocs/op <= 0: true
// callKeep allocs/op <= 1: true
// spread allocs/op <= 0: true
