// run
// Exit: 2
// Panic: runtime error: invalid memory address or nil pointer dereference [recovered, repanicked]

// gc exits with status 2 after printing to standard error:
//   panic: runtime error: invalid memory address or nil pointer dereference [recovered, repanicked]
//   [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]
package main

import "fmt"

type T struct{ x int }

func main() {
	c := make(chan int)
	var p *T
	go func() {
		defer func() {
			r := recover()
			fmt.Println("recovered", r)
			panic(r)
		}()
		c <- p.x
	}()
	<-c
}

// Output:
// recovered runtime error: invalid memory address or nil pointer dereference
