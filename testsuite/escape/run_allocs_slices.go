// run

// Slices: constant-size make and slice literals stay on the stack when they
// do not escape; returned ones are heap allocated. Storing an address into
// a slice element (a store through a pointer) moves the variable, even for
// a local slice; storing into an array element does not. A local append's
// first 32 bytes come from a stack buffer (gc 1.25+), so appendPtrLocal
// allocates only the moved x.

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
	sinkS  []int
	sinkPS []*int
	sinkN  int
)

//go:noinline
func makeLocal() int {
	s := make([]int, 16)
	s[3] = 4
	return s[3]
}

//go:noinline
func makeReturned() []int {
	return make([]int, 16)
}

//go:noinline
func litLocal() int {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	return s[7]
}

//go:noinline
func litReturned() []int {
	return []int{1, 2, 3}
}

//go:noinline
func storeAddrInSlice() int {
	s := make([]*int, 2)
	x := 1
	s[0] = &x
	return *s[0]
}

//go:noinline
func storeAddrInArray() int {
	var a [2]*int
	x := 1
	a[0] = &x
	return *a[0]
}

//go:noinline
func arraySliceReturned() []int {
	var a [4]int
	return a[:]
}

//go:noinline
func arraySliceLocal() int {
	var a [4]int
	s := a[1:]
	s[0] = 5
	return a[1]
}

//go:noinline
func appendPtrLocal() int {
	var s []*int
	x := 1
	s = append(s, &x)
	return *s[0]
}

//go:noinline
func copyLocal() int {
	a := make([]int, 8)
	b := []int{1, 2, 3}
	copy(a, b)
	return a[2]
}

func main() {
	check("makeLocal", 0, func() { sinkN = makeLocal() })
	check("makeReturned", 1, func() { sinkS = makeReturned() })
	check("litLocal", 0, func() { sinkN = litLocal() })
	check("litReturned", 1, func() { sinkS = litReturned() })
	check("storeAddrInSlice", 1, func() { sinkN = storeAddrInSlice() })
	check("storeAddrInArray", 0, func() { sinkN = storeAddrInArray() })
	check("arraySliceReturned", 1, func() { sinkS = arraySliceReturned() })
	check("arraySliceLocal", 0, func() { sinkN = arraySliceLocal() })
	check("appendPtrLocal", 1, func() { sinkN = appendPtrLocal() })
	check("copyLocal", 0, func() { sinkN = copyLocal() })
}

// Output:
// makeLocal allocs/op <= 0: true
// makeReturned allocs/op <= 1: true
// litLocal allocs/op <= 0: true
// litReturned allocs/op <= 1: true
// storeAddrInSlice allocs/op <= 1: true
// storeAddrInArray allocs/op <= 0: true
// arraySliceReturned allocs/op <= 1: true
// arraySliceLocal allocs/op <= 0: true
// appendPtrLocal allocs/op <= 1: true
// copyLocal allocs/op <= 0: true
