// Command gcpacing prints gc's NextGC before and after a forced collection, for GOGC=100 (the
// default), GOGC=50 and GOGC=off: the goals src/gc/tests.rs (goals_follow_gogc) expects are
// 4 MiB * GOGC/100 before the first collection and about live * (1 + GOGC/100) after one.
//go:build ignore

package main

import (
	"fmt"
	"runtime"
)

var sink [][]byte

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.NextGC, m.NumGC, m.HeapAlloc, m.Mallocs-m.Frees == m.HeapObjects)
	for i := 0; i < 1000; i++ {
		sink = append(sink, make([]byte, 10000))
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.NextGC, m.NumGC, m.NumForcedGC, m.HeapAlloc)
}
