// run

// recover returns nil when not panicking, when not called directly by a
// deferred function, and after a panic was already recovered; a panic
// with a new value inside a deferred function replaces the original;
// recovery stops the panic at the recovering frame.
package main

import "fmt"

func helper() interface{} { return recover() }

func direct() (got interface{}) {
	defer func() { got = recover() }()
	return "no panic"
}

func indirect() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recover: ", recover())
	}()
	defer func() {
		r := helper() // not called directly by the deferred function: nil
		fmt.Println("helper got", r)
	}()
	panic("P1")
}

func twice() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("once")
}

func replaced() (res string) {
	defer func() {
		res = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		panic("replacement")
	}()
	panic("original")
}

func stops() int {
	n := 1
	func() {
		defer func() { recover() }()
		n = 2
		panic("x")
	}()
	n = 3 // runs: the panic stopped in the inner func
	return n
}

func main() {
	fmt.Println(recover())
	fmt.Println(direct())
	fmt.Println(indirect())
	twice()
	fmt.Println(replaced())
	fmt.Println(stops())
	r := recover()
	fmt.Println(r == nil)
}

// Output:
// <nil>
// <nil>
// helper got <nil>
// outer recover: P1
// first recover: once
// second recover: <nil>
// final: replacement
// 3
// true
