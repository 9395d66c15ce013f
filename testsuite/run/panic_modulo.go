// run
// Exit: 2
// Panic: runtime error: integer divide by zero

// The remainder operator panics on a zero divisor too, here with a
// narrow unsigned type.
package main

import "fmt"

func bucket(h uint8, n uint8) uint8 {
	return h % n
}

func main() {
	var n uint8 = 4
	for h := uint8(250); h != 2; h++ {
		fmt.Println(h, bucket(h, n))
		n--
	}
}

// Output:
// 250 2
// 251 2
// 252 0
// 253 0
