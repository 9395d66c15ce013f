// run

// Heap allocations caused by taking addresses: returned, stored globally,
// stored through a pointer parameter, or kept across loop iterations, against
// the same addresses used only locally. The measured functions are marked
// //go:noinline so that gc's numbers reflect escape analysis alone.

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

type T struct{ a, b int }

var (
	sinkP  *int
	sinkT  *T
	sinkN  int
	global *int
)

//go:noinline
func retAddr() *int {
	x := 1
	return &x
}

//go:noinline
func useAddr() int {
	x := 1
	p := &x
	*p += 2
	return x
}

//go:noinline
func retNew() *T {
	return new(T)
}

//go:noinline
func useNew() int {
	p := new(T)
	p.a = 3
	return p.a + p.b
}

//go:noinline
func retLit() *T {
	return &T{1, 2}
}

//go:noinline
func useLit() int {
	p := &T{1, 2}
	return p.a * p.b
}

//go:noinline
func toGlobal() {
	x := 5
	global = &x
}

//go:noinline
func storeThrough(pp **int) {
	x := 6
	*pp = &x
}

//go:noinline
func loopKeep(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		x := i
		p = &x
	}
	return *p
}

//go:noinline
func loopLocal(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		x := i
		p := &x
		s += *p
	}
	return s
}

//go:noinline
func structValueField() int {
	z := 3
	var n struct{ p *int }
	n.p = &z
	return *n.p
}

func main() {
	check("retAddr", 1, func() { sinkP = retAddr() })
	check("useAddr", 0, func() { sinkN = useAddr() })
	check("retNew", 1, func() { sinkT = retNew() })
	check("useNew", 0, func() { sinkN = useNew() })
	check("retLit", 1, func() { sinkT = retLit() })
	check("useLit", 0, func() { sinkN = useLit() })
	check("toGlobal", 1, func() { toGlobal() })
	check("storeThrough", 1, func() {
		var p *int
		storeThrough(&p)
		sinkN = *p
	})
	check("loopKeep(4)", 4, func() { sinkN = loopKeep(4) })
	check("loopLocal(4)", 0, func() { sinkN = loopLocal(4) })
	check("structValueField", 0, func() { sinkN = structValueField() })
}

// Output:
// retAddr allocs/op <= 1: true
// useAddr allocs/op <= 0: true
// retNew allocs/op <= 1: true
// useNew allocs/op <= 0: true
// retLit allocs/op <= 1: true
// useLit allocs/op <= 0: true
// toGlobal allocs/op <= 1: true
// storeThrough allocs/op <= 1: true
// loopKeep(4) allocs/op <= 4: true
// loopLocal(4) allocs/op <= 0: true
// structValueField allocs/op <= 0: true
