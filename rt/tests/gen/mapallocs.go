// Command mapallocs prints how many heap allocations and bytes gc spends on maps of various
// sizes (escaping, so the header is on the heap too). src/map/tests.rs checks that gosub never
// allocates more.
//go:build ignore

package main

import (
	"fmt"
	"runtime"
)

var sink map[int]int
var sinkS map[string]string

func measure(name string, f func()) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	fmt.Printf("%s: %d allocs %d bytes\n", name, after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc)
}

func fill(n, hint int) func() {
	return func() {
		sink = make(map[int]int, hint)
		for i := 0; i < n; i++ {
			sink[i] = i
		}
	}
}

func main() {
	measure("empty", fill(0, 0))
	measure("8", fill(8, 0))
	measure("9", fill(9, 0))
	measure("100", fill(100, 0))
	measure("1000", fill(1000, 0))
	measure("100000", fill(100000, 0))
	measure("hint100 100", fill(100, 100))
	measure("hint1000 1000", fill(1000, 1000))
	measure("string 100", func() {
		sinkS = map[string]string{}
		for i := 0; i < 100; i++ {
			sinkS["k"] = "v"
		}
	})
}
