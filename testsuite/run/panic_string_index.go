// run
// Exit: 2
// Panic: runtime error: index out of range [5] with length 5

// Reading one byte past the end of a string panics.
package main

import "fmt"

func main() {
	s := "hello"
	sum := 0
	for i := 0; i <= len(s); i++ {
		sum += int(s[i])
		fmt.Println(i, sum)
	}
}

// Output:
// 0 104
// 1 205
// 2 313
// 3 421
// 4 532
