// run

// Matrices over flat slices (multiply, transpose, identity), spiral and
// Pascal triangles as slices of slices, jagged slices, 3-D arrays.
package main

import "fmt"

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(r, c int) *Matrix {
	return &Matrix{r, c, make([]float64, r*c)}
}

func Identity(n int) *Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols)
	}
	out := NewMatrix(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix) Transpose() *Matrix {
	t := NewMatrix(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix) String() string {
	s := ""
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				s += " "
			}
			s += fmt.Sprintf("%6.2f", m.At(i, j))
		}
		s += "\n"
	}
	return s
}

func spiral(n int) [][]int {
	g := make([][]int, n)
	for i := range g {
		g[i] = make([]int, n)
	}
	top, bot, left, right := 0, n-1, 0, n-1
	v := 1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			g[top][j] = v
			v++
		}
		top++
		for i := top; i <= bot; i++ {
			g[i][right] = v
			v++
		}
		right--
		for j := right; j >= left && top <= bot; j-- {
			g[bot][j] = v
			v++
		}
		bot--
		for i := bot; i >= top && left <= right; i-- {
			g[i][left] = v
			v++
		}
		left++
	}
	return g
}

func pascal(n int) [][]int {
	rows := [][]int{}
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

func main() {
	a := NewMatrix(2, 3)
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			a.Set(i, j, float64(i*3+j)+0.5)
		}
	}
	fmt.Print(a)
	at := a.Transpose()
	fmt.Print(at)
	p, err := a.Mul(at)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err)
	id, _ := Identity(3).Mul(at)
	fmt.Println(id.data)
	for _, row := range spiral(4) {
		fmt.Printf("%3d\n", row)
	}
	for _, row := range pascal(7) {
		fmt.Println(row)
	}
	var jag [][]string
	jag = append(jag, []string{"x"}, nil, []string{"y", "z"})
	fmt.Println(jag, len(jag[1]), jag[1] == nil)
	var cube [2][2][2]int
	for i := range 8 {
		cube[i>>2][(i>>1)&1][i&1] = i
	}
	fmt.Println(cube)
}

// Output:
//   0.50   1.50   2.50
//   3.50   4.50   5.50
//   0.50   3.50
//   1.50   4.50
//   2.50   5.50
//   8.75  22.25
//  22.25  62.75
//  <nil>
// dimension mismatch: 2x3 * 2x3
// [0.5 3.5 1.5 4.5 2.5 5.5]
// [  1   2   3   4]
// [ 12  13  14   5]
// [ 11  16  15   6]
// [ 10   9   8   7]
// [1]
// [1 1]
// [1 2 1]
// [1 3 3 1]
// [1 4 6 4 1]
// [1 5 10 10 5 1]
// [1 6 15 20 15 6 1]
// [[x] [] [y z]] 0 true
// [[[0 1] [2 3]] [[4 5] [6 7]]]
