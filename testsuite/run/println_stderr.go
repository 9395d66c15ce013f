// run

// The builtins print and println write to stderr, so stdout holds only the
// fmt output, in order.
package main

import "fmt"

func main() {
	println("to stderr", 1, true)
	fmt.Println("stdout line 1")
	print("also stderr\n")
	x := 42
	println(x, x*2, "end")
	fmt.Println("stdout line 2:", x)
	print(1.5, " ", 'a', "\n")
	fmt.Print("stdout line 3\n")
}

// Output:
// stdout line 1
// stdout line 2: 42
// stdout line 3
