// run
// Exit: 2

// gc exits with status 2 after printing to standard error:
//   fatal error: all goroutines are asleep - deadlock!
package main

import "fmt"

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("sender recovered:", recover()); done <- true }()
		c <- 1
	}()
	go func() { close(c) }()
	<-done
	var d chan int
	go func() { d <- 1 }()
	c2 := make(chan int)
	go func() { c2 <- 1 }()
	go func() { c2 <- 2 }()
	<-c2
	select {}
}

// Output:
// sender recovered: send on closed channel
