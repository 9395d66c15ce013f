// run

// defer: a defer outside any loop keeps its closure and record on the
// stack, so deferring a function or a closure costs no allocation, and the
// variables a deferred closure reads or writes stay on the stack too.
// (Defers inside loops and go statements are heap allocated, but gc's
// runtime recycles defer records and goroutines from free lists, so their
// counts say more about the runtime than about escape analysis: not
// measured here.)

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

var sinkN int

func bump(p *int) {
	*p++
}

//go:noinline
func deferCall() int {
	x := 1
	defer bump(&x)
	return x
}

//go:noinline
func deferClosure() (r int) {
	y := 2
	defer func() {
		r = y * 2
	}()
	return 0
}

func main() {
	check("deferCall", 0, func() { sinkN = deferCall() })
	check("deferClosure", 0, func() { sinkN = deferClosure() })
}

// Output:
// deferCall allocs/op <= 0: true
// deferClosure allocs/op <= 0: true
