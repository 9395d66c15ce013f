// run

// fmt's shortest-representation printing of floats: %v switches to the
// exponent form at 1e21 and below 1e-4; NaN, infinities and negative zero.
package main

import "fmt"

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, 0.1+0.2 == 0.3)
	fmt.Println(1e21, 1e20, 1e-7, 100.0, 1e-4, 1e-5, 123456789.0, 12345678901234567890.0)
	fmt.Println(3.0, 2.5, -0.000123, 1.0/3.0, 2.0/3.0)
	var big float64 = 1
	for i := 0; i < 25; i++ {
		big *= 10
		if i%4 == 0 || i > 18 {
			fmt.Print(" ", big)
		}
	}
	fmt.Println()

	var f32 float32 = 0.1
	fmt.Println(f32, float32(1)/3, float32(16777216), float32(1e10), float32(3.4e38))
	fmt.Println(f32*3, float64(f32)*3)

	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	ninf := -1 / zero
	fmt.Println(nan, inf, ninf, -zero, zero*-1)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, ninf < -1e308)
	fmt.Println(inf-inf, inf*0, inf+inf, -inf)
	negz := zero * -1
	fmt.Println(negz == 0, 1/negz, 1/zero)

	// Printf verbs for floats.
	x := 1234.5678
	fmt.Printf("%v %f %.2f %e %E %g %G\n", x, x, x, x, x, x, x)
	fmt.Printf("%8.3f|%-8.1f|%+.1e|%08.2f|% .3f\n", x, x, x, -x, x)
	fmt.Printf("%g %g %g %g\n", 1e21, 1e20, 1e-5, 0.0001)
	fmt.Printf("%.3g %.10g %g %v\n", x, 1.0/3, float32(0.1), float32(2.5))
	fmt.Printf("%f %v %.1f %v\n", inf, ninf, nan, -zero)
	fmt.Printf("%6.2f|%-7.3f|%07.1f\n", 3.14159, 2.71828, -1.5)
}

// Output:
// 0.30000000000000004 false true
// 1e+21 1e+20 1e-07 100 0.0001 1e-05 1.23456789e+08 1.2345678901234567e+19
// 3 2.5 -0.000123 0.3333333333333333 0.6666666666666666
//  10 100000 1e+09 1e+13 1e+17 1e+20 1e+21 1e+22 1e+23 1e+24 9.999999999999999e+24
// 0.1 0.33333334 1.6777216e+07 1e+10 3.4e+38
// 0.3 0.30000000447034836
// NaN +Inf -Inf -0 -0
// false true false false true true
// NaN NaN +Inf -Inf
// true -Inf +Inf
// 1234.5678 1234.567800 1234.57 1.234568e+03 1.234568E+03 1234.5678 1234.5678
// 1234.568|1234.6  |+1.2e+03|-1234.57| 1234.568
// 1e+21 1e+20 1e-05 0.0001
// 1.23e+03 0.3333333333 0.1 2.5
// +Inf -Inf NaN -0
//   3.14|2.718  |-0001.5
