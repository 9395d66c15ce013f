// run
// Exit: 2
// Panic: runtime error: integer divide by zero

// Integer division by a zero variable panics at run time; output printed
// before the panic must still appear on stdout.
package main

import "fmt"

func average(total, count int) int {
	return total / count
}

func main() {
	totals := [3]int{10, 20, 30}
	counts := [3]int{2, 5, 0}
	for i := 0; i < 3; i++ {
		fmt.Println("average", i, "=", average(totals[i], counts[i]))
	}
	fmt.Println("not reached")
}

// Output:
// average 0 = 5
// average 1 = 4
