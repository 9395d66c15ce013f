// Command memstats prints the size of runtime.MemStats (5776 on 64-bit targets with Go 1.27),
// the expectation in src/memstats.rs.
//go:build ignore

package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

func main() {
	var m runtime.MemStats
	fmt.Println(unsafe.Sizeof(m), unsafe.Offsetof(m.PauseNs), unsafe.Offsetof(m.NumGC),
		unsafe.Offsetof(m.GCCPUFraction), unsafe.Offsetof(m.EnableGC), unsafe.Offsetof(m.BySize))
}
