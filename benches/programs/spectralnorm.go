// Spectral norm: nested loops over float slices and small function calls.
package main

import "fmt"

func a(i, j int) float64 { return 1.0 / float64((i+j)*(i+j+1)/2+i+1) }

func times(v []float64, u []float64, transpose bool) {
	for i := range v {
		s := 0.0
		for j := range u {
			if transpose {
				s += a(j, i) * u[j]
			} else {
				s += a(i, j) * u[j]
			}
		}
		v[i] = s
	}
}

func timesTransp(v, u []float64) {
	x := make([]float64, len(u))
	times(x, u, false)
	times(v, x, true)
}

func sqrt(x float64) float64 {
	r := x
	for i := 0; i < 60; i++ {
		r = 0.5 * (r + x/r)
	}
	return r
}

func main() {
	n := 1000
	u := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, n)
	for i := 0; i < 10; i++ {
		timesTransp(v, u)
		timesTransp(u, v)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	fmt.Printf("%0.9f\n", sqrt(vBv/vv))
}
