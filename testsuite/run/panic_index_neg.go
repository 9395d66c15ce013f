// run
// Exit: 2
// Panic: runtime error: index out of range [-1]

// A negative variable index panics; the message omits the length.
package main

import "fmt"

func at(a *[4]string, i int) string {
	return a[i]
}

func main() {
	names := [4]string{"w", "x", "y", "z"}
	for i := 3; ; i-- {
		fmt.Println(i, at(&names, i))
	}
}

// Output:
// 3 z
// 2 y
// 1 x
// 0 w
