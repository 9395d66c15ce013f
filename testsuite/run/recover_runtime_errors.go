// run

// Runtime errors are panics with values implementing error: index out
// of range, nil map write, integer divide by zero, nil pointer
// dereference, slice bounds, failed type assertion, closed channel
// send; all recovered and printed with their messages.
package main

import "fmt"

type T struct{ x int }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%-8s error: %v\n", name, err)
		} else {
			fmt.Printf("%-8s value: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	idx := 5
	catch("index", func() { _ = s[idx] })
	catch("negidx", func() { i := -1; _ = s[i+0] })
	var m map[string]int
	catch("nilmap", func() { m["a"] = 1 })
	zero := 0
	catch("divide", func() { fmt.Println(10 / zero) })
	var p *T
	catch("nilptr", func() { fmt.Println(p.x) })
	hi := 4
	catch("slice", func() { _ = s[1:hi] })
	lo := 3
	catch("slice2", func() { _ = s[lo:2:3] })
	var i interface{} = "str"
	catch("assert", func() { _ = i.(int) })
	ch := make(chan int, 1)
	close(ch)
	catch("chan", func() { ch <- 1 })
	catch("close2", func() { close(ch) })
	var nilch chan int
	catch("closenil", func() { close(nilch) })
	str := "abc"
	catch("strindex", func() { _ = str[idx] })
	arr := [3]int{}
	catch("array", func() { arr[idx%4] = 1 })
	catch("custom", func() { panic(fmt.Sprintf("custom %d", 1)) })
	fmt.Println("all recovered")
}

// Output:
// index    error: runtime error: index out of range [5] with length 3
// negidx   error: runtime error: index out of range [-1]
// nilmap   error: assignment to entry in nil map
// divide   error: runtime error: integer divide by zero
// nilptr   error: runtime error: invalid memory address or nil pointer dereference
// slice    error: runtime error: slice bounds out of range [:4] with capacity 3
// slice2   error: runtime error: slice bounds out of range [3:2:]
// assert   error: interface conversion: interface {} is string, not int
// chan     error: send on closed channel
// close2   error: close of closed channel
// closenil error: close of nil channel
// strindex error: runtime error: index out of range [5] with length 3
// array    value: <nil>
// custom   value: custom 1
// all recovered
