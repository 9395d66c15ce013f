// run
// Exit: 2
// Panic: close of closed channel

// gc exits with status 2 after printing to standard error:
//   panic: close of closed channel
package main

func main() {
	c := make(chan int)
	close(c)
	close(c)
}
