// run
// Exit: 2
// Panic: runtime error: negative shift amount

// Shifting by a negative signed count panics at run time.
package main

import "fmt"

func main() {
	x := 1
	for s := 3; ; s-- {
		fmt.Println(s, x<<s)
	}
}

// Output:
// 3 8
// 2 4
// 1 2
// 0 1
