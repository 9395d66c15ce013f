// run

// Matrices as slices of slices with methods: multiplication, identity,
// exponentiation by squaring (Fibonacci numbers), transpose, and a
// determinant by Gaussian elimination on float64.
package main

import "fmt"

type Matrix [][]int

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]int, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	if len(a[0]) != len(b) {
		panic(fmt.Sprintf("shape mismatch %dx%d * %dx%d", len(a), len(a[0]), len(b), len(b[0])))
	}
	c := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			s := 0
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func (a Matrix) Pow(n int) Matrix {
	result := Identity(len(a))
	base := a
	for n > 0 {
		if n&1 == 1 {
			result = result.Mul(base)
		}
		base = base.Mul(base)
		n >>= 1
	}
	return result
}

func (a Matrix) T() Matrix {
	t := New(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (a Matrix) String() string {
	s := ""
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				s += " "
			}
			s += fmt.Sprintf("%4d", v)
		}
		s += "\n"
	}
	return s
}

func det(m [][]float64) float64 {
	n := len(m)
	a := make([][]float64, n)
	for i := range m {
		a[i] = append([]float64(nil), m[i]...)
	}
	d := 1.0
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if abs(a[r][col]) > abs(a[piv][col]) {
				piv = r
			}
		}
		if a[piv][col] == 0 {
			return 0
		}
		if piv != col {
			a[piv], a[col] = a[col], a[piv]
			d = -d
		}
		d *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	return d
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print(a.Mul(b))
	fmt.Print(b.Mul(a))
	fmt.Print(a.T())
	fmt.Println(a.T().T().Mul(b).String() == a.Mul(b).String())

	fib := Matrix{{1, 1}, {1, 0}}
	for _, n := range []int{1, 2, 10, 30, 50, 90} {
		fmt.Println(n, fib.Pow(n)[0][1])
	}
	fmt.Print(Identity(3).Mul(Matrix{{2, 0, 1}, {1, 1, 1}, {0, 3, 2}}).Pow(3))

	fmt.Println(det([][]float64{{2, 0}, {0, 3}}))
	fmt.Println(det([][]float64{{1, 2, 3}, {4, 5, 6}, {7, 8, 10}}))
	fmt.Println(det([][]float64{{1, 2}, {2, 4}}))
	fmt.Printf("%.3f\n", det([][]float64{{0, 1, 2}, {1, 0, 3}, {4, -3, 8}}))

	defer func() { fmt.Println("recovered:", recover()) }()
	a.Mul(a)
}

// Output:
//   58   64
//  139  154
//   39   54   69
//   49   68   87
//   59   82  105
//    1    4
//    2    5
//    3    6
// true
// 1 1
// 2 1
// 10 55
// 30 832040
// 50 12586269025
// 90 2880067194370816120
//   11   15   15
//   10   16   15
//   15   30   26
// 6
// -2.9999999999999982
// 0
// -2.000
// recovered: shape mismatch 2x3 * 2x3
