// run

// runtime.ReadMemStats: an obviously allocating loop (heap-escaping
// pointers kept in a slice, string concatenation) increases Mallocs and
// TotalAlloc; only booleans are printed so the output is deterministic.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
}

var sink []*Node
var strSink []string

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var head *Node
	for i := 0; i < 5000; i++ {
		head = &Node{i, head}
		sink = append(sink, head)
	}
	s := ""
	for i := 0; i < 200; i++ {
		s += "x"
		strSink = append(strSink, s)
	}
	runtime.ReadMemStats(&after)

	allocs := after.Mallocs - before.Mallocs
	bytes := after.TotalAlloc - before.TotalAlloc
	fmt.Println("allocs >= 5000:", allocs >= 5000)
	fmt.Println("bytes >= 80000:", bytes >= 80000)
	fmt.Println("mallocs grew:", after.Mallocs > before.Mallocs)
	fmt.Println("heap alloc positive:", after.HeapAlloc > 0)

	n := 0
	for p := head; p != nil; p = p.Next {
		n++
	}
	fmt.Println(n, len(sink), len(strSink[199]))

	// a loop that does not allocate
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	total := 0
	for i := 0; i < 100000; i++ {
		total += i % 7
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(total, "few allocs:", m2.Mallocs-m1.Mallocs < 100)
}

// Output:
// allocs >= 5000: true
// bytes >= 80000: true
// mallocs grew: true
// heap alloc positive: true
// 5000 5000 200
// 299995 few allocs: true
