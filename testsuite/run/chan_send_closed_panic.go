// run
// Exit: 2
// Panic: send on closed channel

// Sending on a closed channel panics (receiving is fine).
package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Printf("%q %v\n", v, ok)
	defer fmt.Println("deferred runs before the crash")
	ch <- "b"
	fmt.Println("unreachable")
}

// Output:
// a true
// "" false
// deferred runs before the crash
