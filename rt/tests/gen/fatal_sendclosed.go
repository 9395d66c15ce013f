// run
// Exit: 2
// Panic: send on closed channel

// gc exits with status 2 after printing to standard error:
//   panic: send on closed channel
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	fmt.Println("closing done")
	c <- 1
}

// Output:
// closing done
