// run

// N-queens by backtracking with boolean arrays for columns and diagonals;
// counts solutions for N = 1..9 and prints the first solution for N = 8.
package main

import "fmt"

type Board struct {
	n            int
	cols         [12]bool
	diag1, diag2 [24]bool
	pos          [12]int
	solutions    int
	first        [12]int
	haveFirst    bool
}

func (b *Board) place(row int) {
	if row == b.n {
		b.solutions++
		if !b.haveFirst {
			b.first = b.pos
			b.haveFirst = true
		}
		return
	}
	for c := 0; c < b.n; c++ {
		d1, d2 := row+c, row-c+b.n
		if b.cols[c] || b.diag1[d1] || b.diag2[d2] {
			continue
		}
		b.cols[c], b.diag1[d1], b.diag2[d2] = true, true, true
		b.pos[row] = c
		b.place(row + 1)
		b.cols[c], b.diag1[d1], b.diag2[d2] = false, false, false
	}
}

func main() {
	for n := 1; n <= 9; n++ {
		b := Board{n: n}
		b.place(0)
		fmt.Printf("N=%d: %d solutions\n", n, b.solutions)
		if n == 8 {
			for r := 0; r < n; r++ {
				line := ""
				for c := 0; c < n; c++ {
					if b.first[r] == c {
						line += "Q"
					} else {
						line += "."
					}
				}
				fmt.Println(line)
			}
		}
	}
}

// Output:
// N=1: 1 solutions
// N=2: 0 solutions
// N=3: 0 solutions
// N=4: 2 solutions
// N=5: 10 solutions
// N=6: 4 solutions
// N=7: 40 solutions
// N=8: 92 solutions
// Q.......
// ....Q...
// .......Q
// .....Q..
// ..Q.....
// ......Q.
// .Q......
// ...Q....
// N=9: 352 solutions
