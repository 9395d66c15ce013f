// run
// Exit: 2
// Panic: makechan: size out of range [recovered, repanicked]

// gc exits with status 2 after printing to standard error:
//   panic: makechan: size out of range [recovered, repanicked]
package main

import "fmt"

func main() {
	n := -1
	defer func() { fmt.Println("recovered:", recover()); m := -2; _ = make(chan string, m) }()
	_ = make(chan int, n)
}

// Output:
// recovered: makechan: size out of range
