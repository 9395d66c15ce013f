// run

// defer runs in LIFO order at function return; arguments (and the
// receiver of a method value) are evaluated when the defer statement
// executes; deferred closures see the latest values; defer in loops
// piles up; defers run also on early return.
package main

import "fmt"

type Tracer struct{ name string }

func (t Tracer) Done(step int) { fmt.Println("done", t.name, step) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func early(n int) int {
	defer fmt.Println("early deferred", n)
	if n > 0 {
		return n * 2
	}
	defer fmt.Println("not reached when n>0")
	return -1
}

func loop() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop body done: ")
}

func main() {
	defer fmt.Println("main deferred 1")
	defer fmt.Println("main deferred 2")

	x := 10
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 20

	t := Tracer{"a"}
	defer t.Done(1)
	t.name = "b"
	defer t.Done(2)

	nested()
	fmt.Println(early(3), early(0))
	loop()
	fmt.Println()

	s := []int{1, 2, 3}
	defer fmt.Println("slice at defer:", s, len(s))
	s[0] = 100 // shares backing array: visible
	s = append(s, 4)

	func() {
		defer fmt.Println("inner func deferred")
		fmt.Println("inner func body")
	}()
	fmt.Println("main body end")
}
