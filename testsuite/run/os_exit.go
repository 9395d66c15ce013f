// run
// Exit: 3

// os.Exit terminates at once with the given status; everything already
// written with fmt (Print, Printf, Println) must reach stdout.
package main

import (
	"fmt"
	"os"
)

func validate(xs [4]int) int {
	bad := 0
	for i, x := range xs {
		if x < 0 {
			fmt.Printf("item %d is negative: %d\n", i, x)
			bad++
		}
	}
	return bad
}

func main() {
	fmt.Print("checking")
	fmt.Print(" 4 items\n")
	bad := validate([4]int{3, -1, 4, -5})
	if bad > 0 {
		fmt.Println(bad, "bad items")
		fmt.Print("exiting without newline")
		os.Exit(3)
	}
	fmt.Println("all good")
}
