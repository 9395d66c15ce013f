// run

// Allocation savings from devirtualization (inlining on): a method call on an
// interface whose concrete type gc knows (through a type assertion, or the
// error an inlined errors.New makes) is a direct, inlined call, so the
// receiver stays on the stack; a constant returned by an inlined call is
// boxed as read-only data.

package main

import (
	"errors"
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

type S struct{ n int }

func (s *S) Set(v int) { s.n = v }

type Setter interface{ Set(int) }

type Dog struct{}

func (Dog) Sound() string { return "woof" }

var (
	sinkN int
	sinkS string
	sinkA any
	sinkE error
)

//go:noinline
func apply(f func()) { f() }

func main() {
	check("assert comma-ok", 0, func() {
		var s S
		var i any = &s
		if st, ok := i.(Setter); ok {
			st.Set(sinkN)
		}
		sinkN = s.n
	})
	check("type switch", 0, func() {
		var s S
		var i any = &s
		switch v := i.(type) {
		case Setter:
			v.Set(sinkN)
		}
		sinkN = s.n
	})
	check("captured", 0, func() {
		var s S
		var st Setter = &s
		apply(func() { st.Set(sinkN) })
		sinkN = s.n
	})
	check("errors.New Error", 0, func() {
		err := errors.New("local")
		sinkS = err.Error()
	})
	check("errors.New stored", 1, func() { sinkE = errors.New("stored") })
	check("constant result", 0, func() { sinkA = Dog{}.Sound() })
}

// Output:
// assert comma-ok allocs/op <= 0: true
// type switch allocs/op <= 0: true
// captured allocs/op <= 0: true
// errors.New Error allocs/op <= 0: true
// errors.New stored allocs/op <= 1: true
// constant result allocs/op <= 0: true
