// run

// os.Exit(0) from a nested call ends the program successfully; the code
// after it never runs.
package main

import (
	"fmt"
	"os"
)

func finish(code int) {
	fmt.Println("finishing with", code)
	os.Exit(code)
}

func main() {
	for i := 0; i < 10; i++ {
		fmt.Println("step", i)
		if i == 2 {
			finish(0)
		}
	}
	fmt.Println("not reached")
	os.Exit(1)
}

// Output:
// step 0
// step 1
// step 2
// finishing with 0
