// run

// Size limits: an explicit variable up to 128 KiB and an implicit
// allocation (new, make with constant size) up to 64 KiB may live on the
// stack; past the limit they are heap allocated even though nothing else
// makes them escape. A non-escaping slice literal has no limit.

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

type B65536 [65536]byte
type B65537 [65537]byte

var sinkN int

//go:noinline
func explicitAt(i int) int {
	var buf [128 << 10]byte
	buf[i]++
	return int(buf[i])
}

//go:noinline
func explicitOver(i int) int {
	var buf [128<<10 + 1]byte
	buf[i]++
	return int(buf[i])
}

//go:noinline
func newAt(i int) int {
	p := new(B65536)
	p[i]++
	return int(p[i])
}

//go:noinline
func newOver(i int) int {
	p := new(B65537)
	p[i]++
	return int(p[i])
}

//go:noinline
func makeAt(i int) int {
	s := make([]byte, 65536)
	s[i]++
	return int(s[i])
}

//go:noinline
func makeOver(i int) int {
	s := make([]byte, 65537)
	s[i]++
	return int(s[i])
}

//go:noinline
func sliceLitHuge(i int) int {
	s := []byte{131072: 1}
	s[i]++
	return int(s[i]) + int(s[131072])
}

func main() {
	check("explicitAt", 0, func() { sinkN = explicitAt(sinkN & 7) })
	check("explicitOver", 1, func() { sinkN = explicitOver(sinkN & 7) })
	check("newAt", 0, func() { sinkN = newAt(sinkN & 7) })
	check("newOver", 1, func() { sinkN = newOver(sinkN & 7) })
	check("makeAt", 0, func() { sinkN = makeAt(sinkN & 7) })
	check("makeOver", 1, func() { sinkN = makeOver(sinkN & 7) })
	check("sliceLitHuge", 0, func() { sinkN = sliceLitHuge(sinkN & 7) })
}

// Output:
// explicitAt allocs/op <= 0: true
// explicitOver allocs/op <= 1: true
// newAt allocs/op <= 0: true
// newOver allocs/op <= 1: true
// makeAt allocs/op <= 0: true
// makeOver allocs/op <= 1: true
// sliceLitHuge allocs/op <= 0: true
