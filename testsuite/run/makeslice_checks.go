// run

// make([]T, len, cap) panics as gc's makeslice does: a bad length (negative or
// too large) first, then a bad capacity (negative, too large or below len).

package main

import (
	"fmt"
	"os"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	n := len(os.Args) + 1
	m := -n
	try("cap below len", func() { _ = make([]int, 5, n) })
	try("negative len", func() { _ = make([]int, m) })
	try("negative len with cap", func() { _ = make([]int, m, 10) })
	try("negative cap", func() { _ = make([]int, 1, m) })
	try("both negative", func() { _ = make([]int, m-3, m) })
	try("huge len", func() { _ = make([]int, n<<60) })
	try("huge cap", func() { _ = make([]int, n, n<<60) })
	try("huge len and cap", func() { _ = make([]int, n<<60, n<<61) })
	try("constant local cap", func() { k := 3; _ = make([]int, 5, k) })
	try("constant local len", func() { k := -3; _ = make([]int, k) })
	try("uint8 cap", func() { var k uint8 = 3; _ = make([]int, 5, k) })
	try("fits", func() {
		s := make([]int, n, n+1)
		var k uint8 = 3
		t := make([]byte, k, 2*k)
		u := make([]string, k)
		fmt.Println(len(s), cap(s), len(t), cap(t), len(u), cap(u))
	})
}

// Output:
// cap below len: runtime error: makeslice: cap out of range
// negative len: runtime error: makeslice: len out of range
// negative len with cap: runtime error: makeslice: len out of range
// negative cap: runtime error: makeslice: cap out of range
// both negative: runtime error: makeslice: len out of range
// huge len: runtime error: makeslice: len out of range
// huge cap: runtime error: makeslice: cap out of range
// huge len and cap: runtime error: makeslice: len out of range
// constant local cap: runtime error: makeslice: cap out of range
// constant local len: runtime error: makeslice: len out of range
// uint8 cap: runtime error: makeslice: cap out of range
// 2 3 3 6 3 3
// fits: <nil>
