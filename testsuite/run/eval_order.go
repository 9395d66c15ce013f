// run

// Evaluation order: operands and call arguments left to right, and the
// two phases of an assignment (index expressions and operands first).
package main

import "fmt"

var trace string

func v(name string, x int) int {
	trace += name
	return x
}

func idx(name string, i int) int {
	trace += "[" + name + "]"
	return i
}

func pair(a, b int) int { return a*10 + b }

func main() {
	r := v("a", 1) + v("b", 2)*v("c", 3)
	fmt.Println(r, trace)

	trace = ""
	r = pair(v("x", 1), v("y", 2)) - v("z", 3)
	fmt.Println(r, trace)

	trace = ""
	var arr [3]int
	arr[idx("i", 0)], arr[idx("j", 1)] = v("p", 5), v("q", 6)
	fmt.Println(arr, trace)

	trace = ""
	ok := v("l", 0) == 1 && v("r", 1) == 1
	fmt.Println(ok, trace)

	trace = ""
	s := fmt.Sprint(v("1", 1), v("2", 2), v("3", 3))
	fmt.Println(s, trace)

	// Swap through an index that changes during the assignment.
	i := 0
	a := [3]int{7, 8, 9}
	i, a[i] = 1, 100
	fmt.Println(i, a)
	a[i], i = 200, 2
	fmt.Println(i, a)
}

// Output:
// 7 abc
// 9 xyz
// [5 6 0] [i][j]pq
// false l
// 1 2 3 123
// 1 [100 8 9]
// 2 [100 200 9]
