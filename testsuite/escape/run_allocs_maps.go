// run

// Maps: a make(map) or map literal that does not escape keeps its header
// (and, with few entries, its storage) on the stack; a returned one is heap
// allocated. Keys and values stored into any map escape, lookups do not.

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
	sinkM map[int]int
	sinkN int
)

//go:noinline
func makeLocal(k int) int {
	m := make(map[int]int)
	m[k] = 1
	m[k+1] = 2
	return len(m)
}

//go:noinline
func litLocal(k int) int {
	m := map[int]int{1: 10, 2: 20}
	return m[k]
}

//go:noinline
func makeReturned() map[int]int {
	m := make(map[int]int)
	m[1] = 1
	return m
}

//go:noinline
func storeAddrValue() int {
	m := make(map[int]*int)
	x := 1
	m[0] = &x
	return *m[0]
}

//go:noinline
func lookupAddrKey(m map[*int]int) int {
	x := 1
	return m[&x]
}

//go:noinline
func stringKeyFromBytes(m map[string]int, b []byte) int {
	return m[string(b)]
}

func main() {
	pm := map[*int]int{}
	sm := map[string]int{"hello, world, this is a long key": 1}
	key := []byte("hello, world, this is a long key")
	check("makeLocal", 0, func() { sinkN = makeLocal(3) })
	check("litLocal", 0, func() { sinkN = litLocal(2) })
	check("makeReturned", 2, func() { sinkM = makeReturned() })
	check("storeAddrValue", 1, func() { sinkN = storeAddrValue() })
	check("lookupAddrKey", 0, func() { sinkN = lookupAddrKey(pm) })
	check("stringKeyFromBytes", 0, func() { sinkN = stringKeyFromBytes(sm, key) })
}

// Output:
// makeLocal allocs/op <= 0: true
// litLocal allocs/op <= 0: true
// makeReturned allocs/op <= 2: true
// storeAddrValue allocs/op <= 1: true
// lookupAddrKey allocs/op <= 0: true
// stringKeyFromBytes allocs/op <= 0: true
