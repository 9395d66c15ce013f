// run
// Exit: 2
// Panic: interface conversion: interface {} is string, not int

// A failed single-value type assertion panics with a runtime error
// naming both types.
package main

import "fmt"

func toInt(v interface{}) int {
	return v.(int)
}

func main() {
	vals := []interface{}{1, 2, "three", 4}
	sum := 0
	for _, v := range vals {
		sum += toInt(v)
		fmt.Println("sum", sum)
	}
}

// Output:
// sum 1
// sum 3
