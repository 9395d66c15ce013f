// run
// Exit: 2
// Panic: runtime error: index out of range [5] with length 0

// gc exits with status 2 after printing to standard error:
//   panic: runtime error: index out of range [5] with length 0
package main

import "fmt"

func say(s string) { fmt.Println(s) }

func main() {
	c := make(chan int)
	go func() {
		defer say("deferred in goroutine")
		var a []int
		_ = a[5]
		c <- 1
	}()
	<-c
}

// Output:
// deferred in goroutine
