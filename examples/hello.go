package main

import "fmt"

type Point struct{ X, Y int }

// newPoint returns a pointer to a fresh Point: the Point escapes to the heap.
func newPoint(x, y int) *Point {
	return &Point{x, y}
}

// sum adds the coordinates of a Point that never leaves this function: it stays on the stack.
func sum(x, y int) int {
	p := Point{x, y}
	q := &p
	return q.X + q.Y
}

func main() {
	p := newPoint(1, 2)
	fmt.Println("hello, gosub", p.X, p.Y, sum(3, 4))
	fmt.Printf("%v %+v %T %.2f %q\n", *p, *p, p, 3.14159, "go")
}
