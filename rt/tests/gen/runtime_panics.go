// Command runtime_panics panics the way tests/c/runtime_panics.c does, one mode per argument;
// gc's messages are the expectations in tests/e2e.rs.
//go:build ignore

package main

import "os"

type I interface {
	M()
	N()
}

type T struct{}

func (T) M() {}

var n = -1
var one = 1

func main() {
	var a, b any = []int(nil), []int(nil)
	switch os.Args[1] {
	case "compare":
		println(a == b)
	case "hash":
		m := map[any]int{}
		m[a] = 1
	case "emptyhash":
		m := map[any]int{}
		println(m[a])
	case "nilmap":
		var m map[any]int
		m[a] = 1
	case "makeslice":
		_ = make([]int, n)
	case "makeslicecap":
		_ = make([]int, 2, one)
	case "assert":
		var x any = T{}
		_ = x.(I)
	}
}
