// run
// Exit: 2

// gc exits with status 2 after printing to standard error:
//   runtime: goroutine stack exceeds 1000000000-byte limit
//   runtime: sp=... stack=[...]
//   fatal error: stack overflow
package main

import "fmt"

func f(n int) int {
	var pad [16]int
	pad[n%16] = n
	return f(n+1) + pad[3]
}

func main() {
	c := make(chan int)
	go func() { c <- f(0) }()
	fmt.Println(<-c)
}
