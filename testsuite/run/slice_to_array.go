// run

// Converting a slice to an array copies its first elements; converting it to
// a pointer to an array shares its backing array. Both panic when the slice
// is shorter than the array.

package main

import "fmt"

type A [2]int
type P *[2]int

func ptr(s []int) *[2]int { return (*[2]int)(s) }

func arr(s []int) [2]int { return [2]int(s) }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3, 4}
	fmt.Println([3]int(s))
	a := [3]int(s)
	a[0] = 100
	fmt.Println(s[0], a[0])
	p := (*[4]int)(s)
	p[1] = 200
	fmt.Println(s[1], len(p), ptr(s)[1], arr(s[2:]))
	var ns []int
	fmt.Println((*[0]int)(ns) == nil, (*[0]int)(s[:0]) == nil, [0]int(ns))
	var na A = A(s)
	var np P = P(s[1:])
	np[0] = 7
	fmt.Println(na, *np, s)

	big := make([]int, 300)
	big[299] = 5
	b := [300]int(big)
	big[299] = 6
	fmt.Println(b[299], (*[300]int)(big)[299])

	strs := []string{"a", "b"}
	sa := [2]string(strs)
	strs[0] = "z"
	fmt.Println(sa, strs)

	try("array", func() { _ = [8]int(s) })
	try("pointer", func() { _ = (*[5]int)(s[:4:4]) })
	try("nil", func() { _ = (*[1]int)(ns) })
	try("named", func() { _ = A(s[3:]) })
	try("strings", func() { _ = (*[3]string)(strs) })
	try("fits", func() { fmt.Println(*(*[4]int)(s)) })
}

// Output:
// [1 2 3]
// 1 100
// 200 4 200 [3 4]
// true false []
// [1 200] [7 3] [1 7 3 4]
// 5 6
// [a b] [z b]
// array: runtime error: cannot convert slice with length 4 to array or pointer to array with length 8
// pointer: runtime error: cannot convert slice with length 4 to array or pointer to array with length 5
// nil: runtime error: cannot convert slice with length 0 to array or pointer to array with length 1
// named: runtime error: cannot convert slice with length 1 to array or pointer to array with length 2
// strings: runtime error: cannot convert slice with length 2 to array or pointer to array with length 3
// [1 7 3 4]
// fits: <nil>
