// run

// Generics-free containers: singly linked list with in-place reversal,
// BST with nil-receiver methods, and a min-heap on a named slice type.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head, tail *Node
	n          int
}

func (l *List) Push(v int) {
	nd := &Node{Val: v}
	if l.tail == nil {
		l.head, l.tail = nd, nd
	} else {
		l.tail.Next = nd
		l.tail = nd
	}
	l.n++
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	l.tail = cur
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			s += " -> "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(f func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

type MinHeap []int

func (h *MinHeap) Push(v int) {
	*h = append(*h, v)
	a := *h
	i := len(a) - 1
	for i > 0 {
		p := (i - 1) / 2
		if a[p] <= a[i] {
			break
		}
		a[p], a[i] = a[i], a[p]
		i = p
	}
}

func (h *MinHeap) Pop() (int, bool) {
	a := *h
	if len(a) == 0 {
		return 0, false
	}
	top := a[0]
	last := len(a) - 1
	a[0] = a[last]
	a = a[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(a) && a[l] < a[m] {
			m = l
		}
		if r < len(a) && a[r] < a[m] {
			m = r
		}
		if m == i {
			break
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
	*h = a
	return top, true
}


func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.Push(i * i)
	}
	fmt.Println(l.String(), l.n)
	l.Reverse()
	fmt.Println(&l, l.tail.Val)
	var root *Tree
	for _, w := range []string{"m", "c", "x", "a", "e", "c", "z", "m", "m"} {
		root = root.Insert(w)
	}
	root.Walk(func(t *Tree) { fmt.Printf("%s:%d ", t.Key, t.Count) })
	fmt.Println("height", root.Height())
	h := &MinHeap{}
	for _, v := range []int{9, 4, 7, 1, 8, 2, 2, 6} {
		h.Push(v)
	}
	for {
		v, ok := h.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(*h))
}

// Output:
// [1 -> 4 -> 9 -> 16 -> 25] 5
// [25 -> 16 -> 9 -> 4 -> 1] 1
// a:1 c:2 e:1 m:3 x:1 z:1 height 3
// 1 2 2 4 6 7 8 9 0
