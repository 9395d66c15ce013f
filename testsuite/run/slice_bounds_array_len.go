// run

// Slicing an array (or a pointer to one) beyond its end reports the limit as
// a length, as for strings; slicing a slice reports its capacity.

package main

import (
	"fmt"
	"os"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	n := len(os.Args) + 4
	try("array", func() { var a [3]int; fmt.Println(a[:n]) })
	try("array 3-index", func() { var a [3]int; fmt.Println(a[1:2:n]) })
	try("pointer", func() { p := &[3]int{}; fmt.Println(p[:n]) })
	try("pointer 3-index", func() { p := &[3]int{}; fmt.Println(p[:1:n]) })
	try("slice", func() { s := make([]int, 2, 3); fmt.Println(s[:n]) })
	try("slice 3-index", func() { s := make([]int, 2, 3); fmt.Println(s[:1:n]) })
	try("string", func() { s := "abc"; fmt.Println(s[:n]) })
	try("low", func() { var a [3]int; fmt.Println(a[n:]) })
}

// Output:
// array: runtime error: slice bounds out of range [:5] with length 3
// array 3-index: runtime error: slice bounds out of range [::5] with length 3
// pointer: runtime error: slice bounds out of range [:5] with length 3
// pointer 3-index: runtime error: slice bounds out of range [::5] with length 3
// slice: runtime error: slice bounds out of range [:5] with capacity 3
// slice 3-index: runtime error: slice bounds out of range [::5] with capacity 3
// string: runtime error: slice bounds out of range [:5] with length 3
// low: runtime error: slice bounds out of range [5:3]
