// run
// Exit: 2
// Panic: runtime error: invalid memory address or nil pointer dereference

// Dereferencing a nil pointer (reading a field through a nil *Node at the
// end of a linked list) panics.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	n := list
	for i := 0; i < 5; i++ {
		fmt.Println("value", n.Val)
		n = n.Next
	}
}

// Output:
// value 1
// value 2
// value 3
