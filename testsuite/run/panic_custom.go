// run
// Exit: 2
// Panic: invalid state: 7 exceeds 5

// panic with a string value built by fmt.Sprintf: stdout keeps what was
// printed before, stderr starts with the panic message.
package main

import "fmt"

const limit = 5

func check(n int) int {
	if n > limit {
		panic(fmt.Sprintf("invalid state: %d exceeds %d", n, limit))
	}
	return n * 2
}

func main() {
	for _, n := range [...]int{1, 5, 7, 2} {
		fmt.Println(n, check(n))
	}
}

// Output:
// 1 2
// 5 10
