// The Go programs tests/c/recover.c stands for, one per mode (gc's output is in the comments;
// the runtime prints placeholder tracebacks and its own goroutine numbers).
package main

import "fmt"

type T struct{ x int }

var mode = "defers"

// defers: prints "body", "deferred 2", "deferred 1", "recovered: boom", "result 42", "after"
func defers() {
	result := func() (r int) {
		defer func() {
			fmt.Println("recovered:", recover())
			r = 42
		}()
		for i := 1; i <= 2; i++ {
			defer fmt.Println("deferred", i)
		}
		fmt.Println("body")
		panic("boom")
	}()
	fmt.Println("result", result)
	fmt.Println("after")
}

// nil: "panic: runtime error: invalid memory address or nil pointer dereference [recovered]",
// "\tpanic: again", "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]"
func nilDeref() {
	defer func() { recover(); panic("again") }()
	var p *T
	println(p.x)
}

// repanic: "got first", then "panic: first [recovered, repanicked]"
func repanic() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(r)
	}()
	panic("first")
}

// goroutine: "deferred in goroutine", then "panic: runtime error: index out of range [5] with
// length 0" and "goroutine 19 [running]:"
func goroutine() {
	c := make(chan int)
	go func() {
		defer fmt.Println("deferred in goroutine")
		var a []int
		_ = a[5]
		c <- 1
	}()
	<-c
}

// overflow: "runtime: goroutine stack exceeds 1000000000-byte limit", "fatal error: stack
// overflow"
func f(n int) int { var pad [32]int; pad[n%32] = n; return f(n+1) + pad[1] }

func overflow() {
	c := make(chan int)
	go func() { c <- f(0) }()
	<-c
}

func main() {
	switch mode {
	case "defers":
		defers()
	case "nil":
		nilDeref()
	case "repanic":
		repanic()
	case "goroutine":
		goroutine()
	case "overflow":
		overflow()
	}
}
