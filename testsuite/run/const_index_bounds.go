// run

// An index held in a never-reassigned local is a constant after gc's constant
// propagation, but it is still checked at run time (it is not a compile error).

package main

import "fmt"

type T struct {
	s int
	a [3]int
}

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	try("read", func() {
		var a [3]int
		i := 5
		fmt.Println(a[i])
	})
	try("write", func() {
		var a [3]int
		i := 5
		a[i] = 1
		fmt.Println(a)
	})
	try("negative", func() {
		var a [3]int
		i := -1
		fmt.Println(a[i])
	})
	try("one past", func() {
		var a [2]int
		i := 2
		println(a[i])
	})
	try("string", func() {
		s := "ab"
		i := 2
		fmt.Println(s[i])
	})
	try("string in range", func() {
		s := "ab"
		i := 1
		fmt.Println(s[i])
	})
	try("pointer to array", func() {
		p := &[3]int{1, 2, 3}
		i := 3
		fmt.Println(p[i])
	})
	try("field", func() {
		var t T
		i := 4
		t.a[i] = 2
		fmt.Println(t.a)
	})
	try("slice", func() {
		s := []int{1, 2}
		i := 7
		fmt.Println(s[i])
	})
	try("in range", func() {
		a := [3]int{1, 2, 3}
		i := 2
		fmt.Println(a[i])
	})
	try("zero length", func() {
		var a [0]int
		i := 0
		fmt.Println(a[i])
	})
	try("int8", func() {
		var a [3]int
		var i int8 = 100
		fmt.Println(a[i])
	})
	try("address taken", func() {
		var a [3]int
		p := &a
		i := 3
		a[i] = 1
		fmt.Println(p)
	})
	try("large array", func() {
		var a [100]int
		i := 100
		a[i] = 1
		fmt.Println(a[0])
	})
	try("two dimensions", func() {
		var a [2][3]int
		i, j := 1, 3
		a[i][j] = 1
		fmt.Println(a)
	})
	try("swap", func() {
		var a [3]int
		i, j := 0, 3
		a[i], a[j] = a[j], a[i]
		fmt.Println(a)
	})
	try("op assign", func() {
		var a [3]int
		i := 3
		a[i] += 2
		fmt.Println(a)
	})
	try("increment", func() {
		var a [3]int
		i := 3
		a[i]++
		fmt.Println(a)
	})
	try("slice expression", func() {
		var a [3]int
		i := 5
		fmt.Println(a[:i])
	})
	try("string slice", func() {
		s := "abc"
		i := 5
		fmt.Println(s[i:])
	})
}

// Output:
// read: runtime error: index out of range [5] with length 3
// write: runtime error: index out of range [5] with length 3
// negative: runtime error: index out of range [-1]
// one past: runtime error: index out of range [2] with length 2
// string: runtime error: index out of range [2] with length 2
// 98
// string in range: <nil>
// pointer to array: runtime error: index out of range [3] with length 3
// field: runtime error: index out of range [4] with length 3
// slice: runtime error: index out of range [7] with length 2
// 3
// in range: <nil>
// zero length: runtime error: index out of range [0] with length 0
// int8: runtime error: index out of range [100] with length 3
// address taken: runtime error: index out of range [3] with length 3
// large array: runtime error: index out of range [100] with length 100
// two dimensions: runtime error: index out of range [3] with length 3
// swap: runtime error: index out of range [3] with length 3
// op assign: runtime error: index out of range [3] with length 3
// increment: runtime error: index out of range [3] with length 3
// slice expression: runtime error: slice bounds out of range [:5] with length 3
// string slice: runtime error: slice bounds out of range [5:3]
