// run
// Panic: runtime error: makeslice: cap out of range

// A capacity below the length, known only at run time.

package main

import "os"

func main() {
	n := len(os.Args) + 1
	s := make([]int, 5, n)
	println(len(s))
}

// Output:
