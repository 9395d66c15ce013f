// run

// Matrix arithmetic on fixed-size two-dimensional arrays: multiplication,
// transpose, identity, power by squaring and determinant by cofactors.
package main

import "fmt"

const N = 3

type Mat [N][N]int64

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			var s int64
			for k := 0; k < N; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func identity() (m Mat) {
	for i := range N {
		m[i][i] = 1
	}
	return
}

func transpose(m Mat) Mat {
	for i := 0; i < N; i++ {
		for j := i + 1; j < N; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func pow(m Mat, n int) Mat {
	r := identity()
	for n > 0 {
		if n&1 == 1 {
			r = mul(r, m)
		}
		m = mul(m, m)
		n >>= 1
	}
	return r
}

func det(m Mat) int64 {
	return m[0][0]*(m[1][1]*m[2][2]-m[1][2]*m[2][1]) -
		m[0][1]*(m[1][0]*m[2][2]-m[1][2]*m[2][0]) +
		m[0][2]*(m[1][0]*m[2][1]-m[1][1]*m[2][0])
}

func show(m Mat) {
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%6d", v)
		}
		fmt.Println()
	}
}

func main() {
	a := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 10}}
	b := Mat{{2, 0, 1}, {1, 3, 0}, {0, 1, 4}}
	show(mul(a, b))
	show(transpose(a))
	fmt.Println(mul(a, identity()) == a, transpose(transpose(a)) == a)
	fmt.Println(det(a), det(b), det(mul(a, b)), det(a)*det(b))
	fib := Mat{{1, 1, 0}, {1, 0, 0}, {0, 0, 1}}
	f := pow(fib, 50)
	fmt.Println("fib(50) =", f[0][1])
	show(pow(b, 5))
}

// Output:
//      4      9     13
//     13     21     28
//     22     34     47
//      1      4      7
//      2      5      8
//      3      6     10
// true true
// -3 25 -75 -75
// fib(50) = 12586269025
//    109    286    511
//    225    334    286
//    286    797   1131
