// run

// Strings: a concatenation or conversion whose result does not escape uses
// a 32-byte stack buffer when the result fits (no allocation) and the heap
// otherwise; one whose result escapes is always heap allocated. A
// []byte(s) that is never written reuses the string's bytes, and
// string(b) used only as a map key or in a comparison is not copied.
// s += t never gets an escape decision and always allocates in gc.

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
	sinkStr string
	sinkB   []byte
	sinkN   int
	long1   = "abcdefghijklmnopqrstuvwxyz"
	long2   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	long3   = "a string of more than thirty-two bytes, to overflow the stack buffer"
	bytesv  = []byte("some bytes here, more than thirty-two of them")
)

//go:noinline
func concatLocal(a, b string) int {
	s := a + b
	return len(s)
}

//go:noinline
func concatEscapes(a, b string) string {
	return a + b
}

//go:noinline
func plusAssignLocal(a, b string) int {
	s := a
	s += b
	return len(s)
}

//go:noinline
func bytesToStringLocal(b []byte) int {
	s := string(b)
	return len(s)
}

//go:noinline
func bytesToStringEscapes(b []byte) string {
	return string(b)
}

//go:noinline
func compareBytes(b []byte) bool {
	return string(b) == "some bytes"
}

//go:noinline
func zeroCopy(s string) int {
	b := []byte(s)
	return int(b[0]) + len(b)
}

//go:noinline
func mutatedCopyShort(s string) int {
	b := []byte(s)
	b[0] = 'x'
	return int(b[0])
}

//go:noinline
func runeToString(r rune) int {
	s := string(r)
	return len(s)
}

func main() {
	check("concatLocal(short)", 0, func() { sinkN = concatLocal("ab", "cd") })
	check("concatLocal(long)", 1, func() { sinkN = concatLocal(long1, long2) })
	check("plusAssignLocal(short)", 1, func() { sinkN = plusAssignLocal("ab", "cd") })
	check("concatEscapes(short)", 1, func() { sinkStr = concatEscapes("ab", "cd") })
	check("bytesToStringLocal(long)", 1, func() { sinkN = bytesToStringLocal(bytesv) })
	check("bytesToStringEscapes", 1, func() { sinkStr = bytesToStringEscapes(bytesv[:4]) })
	check("compareBytes", 0, func() { sinkN = 0; compareBytes(bytesv) })
	check("zeroCopy(long)", 0, func() { sinkN = zeroCopy(long1) })
	check("mutatedCopyShort", 0, func() { sinkN = mutatedCopyShort("hello") })
	check("mutatedCopyLong", 1, func() { sinkN = mutatedCopyShort(long3) })
	check("runeToString", 0, func() { sinkN = runeToString('x') })
}

// Output:
// concatLocal(short) allocs/op <= 0: true
// concatLocal(long) allocs/op <= 1: true
// plusAssignLocal(short) allocs/op <= 1: true
// concatEscapes(short) allocs/op <= 1: true
// bytesToStringLocal(long) allocs/op <= 1: true
// bytesToStringEscapes allocs/op <= 1: true
// compareBytes allocs/op <= 0: true
// zeroCopy(long) allocs/op <= 0: true
// mutatedCopyShort allocs/op <= 0: true
// mutatedCopyLong allocs/op <= 1: true
// runeToString allocs/op <= 0: true
