// run

// Arrays: [...]T literals, indexed literals, multi-dimensional arrays,
// assignment and argument passing copy, == and != on arrays, len.
package main

import "fmt"

type Grid [3][4]int

func fill(g Grid, v int) Grid {
	for i := range g {
		for j := range g[i] {
			g[i][j] = v
		}
	}
	return g
}

func sum(a [5]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	a[0] = 1000 // modifies the copy only
	return s
}

func main() {
	a := [5]int{1, 2, 3}
	b := [...]int{5: 50, 2: 20, 30, 1: 10}
	fmt.Println(a, len(a), b, len(b))
	fmt.Println(sum(a), a[0])

	c := a
	c[1] = 99
	fmt.Println(a, c, a == c, a != c)
	c[1] = 2
	fmt.Println(a == c)

	var g Grid
	g2 := fill(g, 7)
	g[1][2] = 5
	fmt.Println(g)
	fmt.Println(g2)
	fmt.Println(g == g2, len(g), len(g[0]))

	// Multi-dimensional literal and traversal.
	m := [2][3]string{{"a", "b", "c"}, {"d", "e", "f"}}
	for i, row := range m {
		for j, v := range row {
			fmt.Print(i, j, v, ";")
		}
	}
	fmt.Println()
	var t [3][2]string
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			t[j][i] = m[i][j]
		}
	}
	fmt.Println(t)

	// Arrays of arrays compare element-wise.
	x := [2][2]bool{{true, false}, {false, true}}
	y := x
	y[1][1] = false
	fmt.Println(x == y, x[0] == y[0], x[1] != y[1])

	// Range over an array evaluates the array once (a copy).
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)

	// Zero values and array of strings.
	var names [4]string
	names[2] = "two"
	fmt.Printf("%q %d\n", names, len(names))
	var fl [3]float64
	fl[1] = 1.5
	fmt.Println(fl, [0]int{}, [2]int{} == [2]int{0, 0})
}

// Output:
// [1 2 3 0 0] 5 [0 10 20 30 0 50] 6
// 6 1
// [1 2 3 0 0] [1 99 3 0 0] false true
// true
// [[0 0 0 0] [0 0 5 0] [0 0 0 0]]
// [[7 7 7 7] [7 7 7 7] [7 7 7 7]]
// false 3 4
// 0 0a;0 1b;0 2c;1 0d;1 1e;1 2f;
// [[a d] [b e] [c f]]
// false true true
// 0:1 1:2 2:3 [1 2 100]
// ["" "" "two" ""] 4
// [0 1.5 0] [] true
