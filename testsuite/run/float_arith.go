// run

// Floating-point arithmetic: IEEE rounding, accumulation error, comparisons,
// and a few numeric algorithms (Newton square root, series, integration).
package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1, abs(sum-1) < 1e-9)

	var s32 float32
	for i := 0; i < 10; i++ {
		s32 += 0.1
	}
	fmt.Println(s32, s32 == 1)

	for _, v := range [...]float64{2, 9, 10, 0.25, 1e10} {
		fmt.Printf("sqrt(%v) = %.12f\n", v, sqrt(v))
	}

	// Leibniz series for pi.
	pi := 0.0
	sign := 1.0
	for k := 0; k < 100000; k++ {
		pi += sign * 4 / float64(2*k+1)
		sign = -sign
	}
	fmt.Printf("pi ~ %.6f\n", pi)

	// Trapezoidal integration of x^2 on [0, 3].
	n := 1000
	h := 3.0 / float64(n)
	area := 0.0
	for i := 0; i < n; i++ {
		x0 := float64(i) * h
		x1 := x0 + h
		area += (x0*x0 + x1*x1) * h / 2
	}
	fmt.Printf("integral = %.6f\n", area)

	// Operations and comparisons.
	x, y := 7.5, -2.0
	fmt.Println(x+y, x-y, x*y, x/y, -x, x > y, x <= y)
	x += 0.5
	x *= 2
	x /= 4
	x -= 1
	fmt.Println(x)
	var f float32 = 1e38
	fmt.Println(f*10, -f*10, f/1e-10)
	tiny := 5e-324
	fmt.Println(tiny, tiny/2, tiny*1e300)
}

// Output:
// 0.9999999999999999 false true
// 1.0000001 false
// sqrt(2) = 1.414213562373
// sqrt(9) = 3.000000000000
// sqrt(10) = 3.162277660168
// sqrt(0.25) = 0.500000000000
// sqrt(1e+10) = 100000.000000000000
// pi ~ 3.141583
// integral = 9.000005
// 5.5 9.5 -15 -3.75 -7.5 true false
// 3
// +Inf -Inf +Inf
// 5e-324 0 4.940656458412466e-24
