// Command growslice prints the capacities gc gives appended slices, one line per sequence: the
// distinct values of cap() while appending one element (or a batch) at a time to a nil slice.
// Escaping slices (stored in a global) grow on the heap; non-escaping ones start in gc's 32-byte
// stack buffer. The numbers are the expectations in src/slice.rs.
//go:build ignore

package main

import "fmt"

type S24 struct{ A, B, C int }
type S40 struct{ A, B, C, D, E *int }

var sinkInts []int
var sinkBytes []byte
var sinkStrings []string
var sinkS24 []S24

func steps(caps []int) []int {
	var out []int
	for _, c := range caps {
		if len(out) == 0 || out[len(out)-1] != c {
			out = append(out, c)
		}
	}
	return out
}

func main() {
	var caps []int
	for i := 0; i < 2000; i++ {
		sinkInts = append(sinkInts, i)
		caps = append(caps, cap(sinkInts))
	}
	fmt.Println("heap []int", steps(caps))
	caps = nil
	for i := 0; i < 5000; i++ {
		sinkBytes = append(sinkBytes, 1)
		caps = append(caps, cap(sinkBytes))
	}
	fmt.Println("heap []byte", steps(caps))
	caps = nil
	for i := 0; i < 1000; i++ {
		sinkStrings = append(sinkStrings, "x")
		caps = append(caps, cap(sinkStrings))
	}
	fmt.Println("heap []string", steps(caps))
	caps = nil
	for i := 0; i < 1000; i++ {
		sinkS24 = append(sinkS24, S24{})
		caps = append(caps, cap(sinkS24))
	}
	fmt.Println("heap []S24", steps(caps))
	sinkInts, caps = nil, nil
	for i := 0; i < 3; i++ {
		sinkInts = append(sinkInts, 1, 2, 3, 4, 5)
		caps = append(caps, cap(sinkInts))
	}
	fmt.Println("heap []int by 5", steps(caps))
	sinkInts, caps = nil, nil
	for i := 0; i < 4; i++ {
		sinkInts = append(sinkInts, 1, 2, 3)
		caps = append(caps, cap(sinkInts))
	}
	fmt.Println("heap []int by 3", steps(caps))
	sinkBytes, caps = nil, nil
	for i := 0; i < 3; i++ {
		sinkBytes = append(sinkBytes, make([]byte, 100)...)
		caps = append(caps, cap(sinkBytes))
	}
	fmt.Println("heap []byte by 100", steps(caps))

	var ints []int
	caps = nil
	for i := 0; i < 10; i++ {
		ints = append(ints, i)
		caps = append(caps, cap(ints))
	}
	fmt.Println("stack []int", steps(caps))
	var bytes []byte
	caps = nil
	for i := 0; i < 40; i++ {
		bytes = append(bytes, 1)
		caps = append(caps, cap(bytes))
	}
	fmt.Println("stack []byte", steps(caps))
	var strs []string
	caps = nil
	for i := 0; i < 5; i++ {
		strs = append(strs, "x")
		caps = append(caps, cap(strs))
	}
	fmt.Println("stack []string", steps(caps))
	var s24 []S24
	caps = nil
	for i := 0; i < 5; i++ {
		s24 = append(s24, S24{})
		caps = append(caps, cap(s24))
	}
	fmt.Println("stack []S24", steps(caps))
	var a12 [][3]int32
	caps = nil
	for i := 0; i < 5; i++ {
		a12 = append(a12, [3]int32{})
		caps = append(caps, cap(a12))
	}
	fmt.Println("stack [][3]int32", steps(caps))
	var five []int
	five = append(five, 1, 2, 3, 4, 5)
	fmt.Println("stack []int by 5", cap(five))
	var threes []int
	caps = nil
	for i := 0; i < 2; i++ {
		threes = append(threes, 1, 2, 3)
		caps = append(caps, cap(threes))
	}
	fmt.Println("stack []int by 3", steps(caps))
	var s40 []S40
	caps = nil
	for i := 0; i < 3; i++ {
		s40 = append(s40, S40{})
		caps = append(caps, cap(s40))
	}
	fmt.Println("stack []S40", steps(caps))
}
