// run

// defer in loops via helper functions (release per iteration) versus
// directly in the loop (release at function end); deferred method calls
// on pointers; defer modifying a captured slice; a deferred call inside
// a deferred function.
package main

import "fmt"

type Resource struct {
	id     int
	closed bool
}

var openCount int
var events []string

func open(id int) *Resource {
	openCount++
	events = append(events, fmt.Sprint("open ", id))
	return &Resource{id: id}
}

func (r *Resource) Close() {
	openCount--
	r.closed = true
	events = append(events, fmt.Sprint("close ", r.id))
}

func processOne(id int) int {
	r := open(id)
	defer r.Close()
	return openCount
}

func processAllDeferred(n int) int {
	peak := 0
	for i := 0; i < n; i++ {
		r := open(100 + i)
		defer r.Close()
		peak = max(peak, openCount)
	}
	return peak
}

func outer() {
	defer func() {
		defer fmt.Println("deferred inside deferred")
		fmt.Println("outer's deferred func")
	}()
	fmt.Println("outer body")
}

func main() {
	peak := 0
	for i := 0; i < 3; i++ {
		peak = max(peak, processOne(i))
	}
	fmt.Println("peak per-iteration:", peak, "open:", openCount)
	fmt.Println("peak deferred:", processAllDeferred(3), "open:", openCount)
	for _, e := range events {
		fmt.Println(e)
	}
	outer()

	rs := []*Resource{{id: 1}, {id: 2}}
	func() {
		for _, r := range rs {
			defer r.Close()
		}
	}()
	fmt.Println(rs[0].closed, rs[1].closed, openCount)

	order := []int{}
	func() {
		for i := range 3 {
			defer func() { order = append(order, i) }()
		}
	}()
	fmt.Println(order)
}

// Output:
// peak per-iteration: 1 open: 0
// peak deferred: 3 open: 0
// open 0
// close 0
// open 1
// close 1
// open 2
// close 2
// open 100
// open 101
// open 102
// close 102
// close 101
// close 100
// outer body
// outer's deferred func
// deferred inside deferred
// true true -2
// [2 1 0]
