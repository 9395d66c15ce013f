// Command println shows gc's builtin print formats (Go 1.27: floats in shortest %g form); the
// output (standard error) is the expectation in src/print.rs.
//go:build ignore

package main

import "math"

func main() {
	z := 0.0
	println(1.5, float32(0.1), 1e21, -z*1, math.NaN(), math.Inf(1), math.Inf(-1), complex(1, 2),
		complex64(complex(float32(0.1), -3)), 123456789.0, 1e-7)
	var p *int
	println(p, true, false, -7, uint64(1<<63), "s")
	var e any
	println(e)
	var ns []int
	println(ns)
}
