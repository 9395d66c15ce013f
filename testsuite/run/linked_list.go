// run

// A singly linked list built from *Node pointers: push, append, reverse in
// place, remove by value and length, all through pointer manipulation.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) Append(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	p := l.head
	for p.Next != nil {
		p = p.Next
	}
	p.Next = n
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			s += " -> "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

func (l *List) Sum() (total int) {
	for n := l.head; n != nil; n = n.Next {
		total += n.Val
	}
	return
}

func main() {
	var l List
	fmt.Println(l.String(), l.size)
	for i := 1; i <= 5; i++ {
		l.Append(i * 10)
	}
	l.Push(5)
	fmt.Println(l.String(), l.size, l.Sum())
	l.Reverse()
	fmt.Println(l.String())
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(50), l.Remove(5))
	fmt.Println(l.String(), l.size)
	l.Reverse()
	l.Append(60)
	fmt.Println(l.String(), l.size, l.Sum())
	for l.head != nil {
		l.Remove(l.head.Val)
	}
	fmt.Println(l.String(), l.size)
}

// Output:
// [] 0
// [5 -> 10 -> 20 -> 30 -> 40 -> 50] 6 155
// [50 -> 40 -> 30 -> 20 -> 10 -> 5]
// true false true true
// [40 -> 20 -> 10] 3
// [10 -> 20 -> 40 -> 60] 4 130
// [] 0
