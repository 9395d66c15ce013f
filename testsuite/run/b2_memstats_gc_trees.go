// run

// runtime.GC and ReadMemStats around allocation-heavy code: trees built and
// dropped, non-escaping locals, escaping stores to a global.
package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

//go:noinline
func sumPoints(n int) int {
	pts := make([]Point, 0, 8)
	for i := 0; i < n; i++ {
		pts = append(pts, Point{i, i * 2})
	}
	s := 0
	for _, p := range pts {
		s += p.X + p.Y
	}
	return s
}

func localOnly() int {
	p := Point{3, 4}
	q := &p
	q.X++
	arr := [16]int{}
	for i := range arr {
		arr[i] = i
	}
	return q.X + arr[15]
}

var sink *Point

func escapes(i int) {
	sink = &Point{i, i}
}

func allocs(f func()) uint64 {
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	f()
	runtime.ReadMemStats(&m2)
	return m2.Mallocs - m1.Mallocs
}

type Tree struct {
	L, R *Tree
	V    int
}

func build(d int) *Tree {
	if d == 0 {
		return nil
	}
	return &Tree{build(d - 1), build(d - 1), d}
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.V + t.L.Sum() + t.R.Sum()
}

func main() {
	fmt.Println(sumPoints(100), localOnly())
	n := allocs(func() {
		for i := 0; i < 10; i++ {
			localOnly()
		}
	})
	fmt.Println("localOnly allocs:", n)
	n = allocs(func() {
		for i := 0; i < 10; i++ {
			escapes(i)
		}
	})
	fmt.Println("escapes allocs:", n)
	fmt.Println(sink.X)
	t := build(10)
	fmt.Println(t.Sum())
	t = nil
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC > 0, ms.HeapAlloc > 0, ms.TotalAlloc >= ms.HeapAlloc, ms.Mallocs >= ms.Frees)
	for round := 0; round < 3; round++ {
		tr := build(12)
		fmt.Print(tr.Sum(), " ")
		runtime.GC()
	}
	fmt.Println()
	var live [][]byte
	for i := 0; i < 100; i++ {
		b := make([]byte, 1000+i)
		b[0] = byte(i)
		if i%10 == 0 {
			live = append(live, b)
		}
	}
	runtime.GC()
	s := 0
	for _, b := range live {
		s += int(b[0]) + len(b)
	}
	fmt.Println(len(live), s)
}
