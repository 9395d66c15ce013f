// run

// Slices of slices: jagged triangle (Pascal), a grid built with make per
// row, rows sharing one backing array, and appending rows.
package main

import "fmt"

func pascal(n int) [][]int {
	rows := make([][]int, 0, n)
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows = append(rows, row)
	}
	return rows
}

func grid(h, w int) [][]rune {
	backing := make([]rune, h*w)
	g := make([][]rune, h)
	for i := range g {
		g[i] = backing[i*w : (i+1)*w]
		for j := range g[i] {
			g[i][j] = '.'
		}
	}
	return g
}

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	t := make([][]int, len(m[0]))
	for j := range t {
		t[j] = make([]int, len(m))
		for i := range m {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func main() {
	for _, row := range pascal(7) {
		fmt.Println(row)
	}

	g := grid(4, 6)
	for i := 0; i < 4; i++ {
		g[i][i] = '#'
		g[i][5-i] = '*'
	}
	for _, row := range g {
		fmt.Println(string(row))
	}

	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(transpose(m))
	fmt.Println(len(transpose(nil)), transpose(nil) == nil)

	var jag [][]string
	jag = append(jag, []string{"a"})
	jag = append(jag, nil)
	jag = append(jag, []string{"b", "c"})
	jag[1] = append(jag[1], "x", "y", "z")
	for i, r := range jag {
		fmt.Println(i, len(r), r)
	}
	fmt.Printf("%v %d\n", jag, len(jag))

	// A copy of the outer slice shares the rows.
	cp := make([][]string, len(jag))
	copy(cp, jag)
	cp[0][0] = "A"
	cp[2] = []string{"new"}
	fmt.Println(jag, cp)
}

// Output:
// [1]
// [1 1]
// [1 2 1]
// [1 3 3 1]
// [1 4 6 4 1]
// [1 5 10 10 5 1]
// [1 6 15 20 15 6 1]
// #....*
// .#..*.
// ..#*..
// ..*#..
// [[1 4] [2 5] [3 6]]
// 0 true
// 0 1 [a]
// 1 3 [x y z]
// 2 2 [b c]
// [[a] [x y z] [b c]] 3
// [[A] [x y z] [b c]] [[A] [x y z] [new]]
