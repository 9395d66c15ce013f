// run
// Exit: 2
// Panic: runtime error: slice bounds out of range [:7] with capacity 5

// Re-slicing beyond capacity panics (within capacity it is fine).
package main

import "fmt"

func window(s []int, n int) []int {
	return s[:n]
}

func main() {
	s := make([]int, 2, 5)
	for i := 0; i < 6; i += 2 {
		w := window(s, i)
		fmt.Println(len(w), cap(w))
	}
	w := window(s, 7)
	fmt.Println("unreachable", w)
}

// Output:
// 0 5
// 2 5
// 4 5
