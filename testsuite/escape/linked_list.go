// errorcheck -0 -m -l

// Building linked structures: a node allocated in a loop and linked from a
// variable outside the loop escapes (loop depth); nodes allocated at the
// same depth and never leaked stay on the stack.

package escape

type Node struct {
	next *Node
	v    int
}

func build(n int) int {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{next: head, v: i} // ERROR "&Node\{\.\.\.\} escapes to heap$"
	}
	s := 0
	for p := head; p != nil; p = p.next {
		s += p.v
	}
	return s
}

func pair() int {
	a := Node{v: 1}
	b := Node{v: 2, next: &a}
	return b.next.v
}

func pairPtr() int {
	a := &Node{v: 1} // ERROR "&Node\{\.\.\.\} does not escape$"
	b := &Node{v: 2, next: a} // ERROR "&Node\{\.\.\.\} does not escape$"
	return b.next.v
}

func push(head *Node, v int) *Node { // ERROR "leaking param: head$"
	return &Node{next: head, v: v} // ERROR "&Node\{\.\.\.\} escapes to heap$"
}

func walk(head *Node) int { // ERROR "head does not escape$"
	s := 0
	for p := head; p != nil; p = p.next {
		s += p.v
	}
	return s
}
