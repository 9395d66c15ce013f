// run

// Closures: called directly, passed to a parameter that does not escape,
// deferred outside a loop (all free), against closures that are returned
// or stored (one allocation for the closure, one more for each variable
// captured by reference). A closure capturing nothing is static data even
// when gc says "func literal escapes to heap". Method values likewise.

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
	sinkF func() int
)

func apply(f func(int) int, v int) int {
	return f(v)
}

//go:noinline
func direct(k int) int {
	return func() int { return k + 1 }()
}

//go:noinline
func passed(k int) int {
	return apply(func(v int) int { return v * k }, 3)
}

//go:noinline
func deferred(k int) (r int) {
	defer func() { r += k }()
	return 1
}

//go:noinline
func returnedByValue(k int) func() int {
	return func() int { return k }
}

//go:noinline
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

//go:noinline
func noCapture() func() int {
	return func() int { return 7 }
}

type C struct{ n int }

func (c *C) Get() int { return c.n }

//go:noinline
func methodValueLocal() int {
	c := C{4}
	f := c.Get
	return f()
}

//go:noinline
func methodValueEscapes() {
	c := C{5}
	sinkF = c.Get
}

func main() {
	check("direct", 0, func() { sinkN = direct(2) })
	check("passed", 0, func() { sinkN = passed(2) })
	check("deferred", 0, func() { sinkN = deferred(2) })
	check("returnedByValue", 1, func() { sinkF = returnedByValue(2) })
	check("counter", 2, func() { sinkF = counter() })
	check("noCapture", 0, func() { sinkF = noCapture() })
	check("methodValueLocal", 0, func() { sinkN = methodValueLocal() })
	check("methodValueEscapes", 2, func() { methodValueEscapes() })
}

// Output:
// direct allocs/op <= 0: true
// passed allocs/op <= 0: true
// deferred allocs/op <= 0: true
// returnedByValue allocs/op <= 1: true
// counter allocs/op <= 2: true
// noCapture allocs/op <= 0: true
// methodValueLocal allocs/op <= 0: true
// methodValueEscapes allocs/op <= 2: true
