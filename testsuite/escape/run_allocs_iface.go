// run

// Interface conversions: a box is allocated only when the interface value
// escapes, the value is not pointer-shaped, and not a constant. A box that
// does not escape lives on the stack up to 1 KiB; a larger one is heap
// allocated although -m says "does not escape". Values 0..255 of small
// integer types come from a static table (no allocation) in gc's runtime,
// and a composite literal of constants converted to an interface is static
// read-only data, hence the variable nSq below.

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

type Pair struct{ a, b int }

type Big struct{ b [2000]byte }

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

var (
	sinkI any
	sinkN int
	big   Big
	nSq   = 1000
)

//go:noinline
func boxEscapes(n int) {
	sinkI = n
}

//go:noinline
func boxLocal(n int) bool {
	var i any = n
	return i == nil
}

//go:noinline
func boxConst() {
	sinkI = 12345
}

//go:noinline
func boxPointer(p *Pair) {
	sinkI = p
}

//go:noinline
func boxStruct(a, b int) {
	sinkI = Pair{a, b}
}

//go:noinline
func boxBigLocal(b *Big) bool {
	var i any = *b
	return i == nil
}

func isNil(v any) bool {
	return v == nil
}

//go:noinline
func toLocalAnyParam(n int) bool {
	return isNil(n)
}

//go:noinline
func devirtualized(n int) int {
	var s Shape = Sq{n}
	return s.Area()
}

//go:noinline
func viaInterface(s Shape) int {
	return s.Area()
}

func main() {
	p := &Pair{1, 2}
	check("boxEscapes(1000)", 1, func() { boxEscapes(1000) })
	check("boxLocal(1000)", 0, func() { sinkN = 0; boxLocal(1000) })
	check("boxConst", 0, func() { boxConst() })
	check("boxPointer", 0, func() { boxPointer(p) })
	check("boxStruct", 1, func() { boxStruct(3, 4) })
	check("boxBigLocal", 1, func() { boxBigLocal(&big) })
	check("toLocalAnyParam(1000)", 0, func() { toLocalAnyParam(1000) })
	check("devirtualized", 0, func() { sinkN = devirtualized(1000) })
	check("viaInterface(Sq)", 1, func() { sinkN = viaInterface(Sq{nSq}) })
}

// Output:
// boxEscapes(1000) allocs/op <= 1: true
// boxLocal(1000) allocs/op <= 0: true
// boxConst allocs/op <= 0: true
// boxPointer allocs/op <= 0: true
// boxStruct allocs/op <= 1: true
// boxBigLocal allocs/op <= 1: true
// toLocalAnyParam(1000) allocs/op <= 0: true
// devirtualized allocs/op <= 0: true
// viaInterface(Sq) allocs/op <= 1: true
