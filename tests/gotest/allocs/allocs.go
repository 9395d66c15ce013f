// Package allocs is benchmarked by tests/gotest.rs: every benchmark allocates a known number
// of heap objects per operation.
package allocs

// T is two words: 16 bytes, one of gc's size classes.
type T struct{ a, b int }

// Global makes what is stored in it escape.
var Global *T

// Sum uses a T locally (it stays on the stack).
func Sum(n int) int {
	t := T{a: n, b: 1}
	return t.a + t.b
}
