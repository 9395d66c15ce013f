// run
// Panic: runtime error: index out of range [2] with length 2

// An out-of-range index held in a constant local of an array kept in
// registers panics at run time.

package main

func main() {
	var a [2]int
	i := 2
	println(a[i])
}

// Output:
