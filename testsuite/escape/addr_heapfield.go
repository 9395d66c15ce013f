// errorcheck -0 -m -l

// An address stored into a field of a heap object escapes. gc has no notion
// of "points to a stack object": any store through a pointer (p.f = &x is
// (*p).f = &x) is a store to the heap, even when p's object itself stays on
// the stack. Only a store into a field of a local struct *variable* is local.

package escape

type Node struct {
	val  *int
	next *Node
}

var head *Node

func storeInHeapObject() {
	x := 1 // ERROR "moved to heap: x$"
	n := &Node{} // ERROR "&Node\{\} escapes to heap$"
	head = n
	n.val = &x
}

// n does not escape, but n.val = &y still moves y.
func storeInStackObject() int {
	y := 2 // ERROR "moved to heap: y$"
	n := &Node{} // ERROR "&Node\{\} does not escape$"
	n.val = &y
	return *n.val
}

// z stays on the stack: n is a variable, n.val = &z is a local flow.
func storeInStackValue() int {
	z := 3
	var n Node
	n.val = &z
	return *n.val
}

func chainOnStack() int {
	v := 4 // ERROR "moved to heap: v$"
	a := &Node{} // ERROR "&Node\{\} does not escape$"
	b := &Node{next: a} // ERROR "&Node\{\.\.\.\} does not escape$"
	b.next.val = &v
	return *a.val
}

func chainToHeap() {
	w := 5 // ERROR "moved to heap: w$"
	a := &Node{} // ERROR "&Node\{\} escapes to heap$"
	b := &Node{next: a} // ERROR "&Node\{\.\.\.\} escapes to heap$"
	head = b
	a.val = &w
}
