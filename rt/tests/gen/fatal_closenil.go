// run
// Exit: 2
// Panic: close of nil channel

// gc exits with status 2 after printing to standard error:
//   panic: close of nil channel
package main

func main() {
	var c chan string
	close(c)
}
