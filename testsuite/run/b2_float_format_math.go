// run

// Float arithmetic and formatting: Newton sqrt, statistics, Inf/NaN,
// %e/%g/%f with widths and flags, float32 rounding, min/max with NaN.
package main

import "fmt"

func sqrt(x float64) float64 {
	if x == 0 {
		return 0
	}
	z := x
	for i := 0; i < 50; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

type Stats struct {
	Min, Max, Mean, Std float64
}

func stats(xs []float64) Stats {
	st := Stats{Min: xs[0], Max: xs[0]}
	st.Mean = mean(xs)
	v := 0.0
	for _, x := range xs {
		st.Min = min(st.Min, x)
		st.Max = max(st.Max, x)
		v += (x - st.Mean) * (x - st.Mean)
	}
	st.Std = sqrt(v / float64(len(xs)))
	return st
}

func main() {
	fmt.Println(sqrt(2), sqrt(1e10), sqrt(0.25))
	xs := []float64{2.5, -1, 3.75, 10, 0.125}
	st := stats(xs)
	fmt.Printf("%+v\n", st)
	fmt.Printf("%.3f %.3f %8.4f %-8.2f|\n", st.Min, st.Max, st.Mean, st.Std)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2))
	fmt.Println(1.0, 2.5e10, 1e21, 1e20, 123456789.0, 1e-5, 0.0001, 100.0)
	fmt.Println(float32(1)/3, 1.0/3, float32(16777216.0)+1)
	var zero float64
	inf := 1 / zero
	nan := zero / zero
	fmt.Println(inf, -inf, nan, nan == nan, inf > 1e308, -zero)
	fmt.Printf("%v %.2f %e %g %5.1f|\n", inf, -inf, nan, inf, nan)
	fmt.Println(int64(1e18), float64(1<<53)+1, float64(1<<53+1))
	fmt.Printf("%g %g %g %g\n", 1e6, 1e-4, 1e-5, 123456789.0)
	fmt.Printf("%.3g %.10g %g\n", 3.14159, 1.0/3, float32(1.0/3))
	fmt.Printf("%6.3e|%-12.4E|%+g\n", 1234.5678, 0.000314, 5.0)
	fmt.Printf("%v %v\n", []float64{1, 1.5, -0.25}, map[string]float32{"pi": 3.14})
	fmt.Printf("%08.2f|%+08.2f|% .3f|%x\n", -1.5, 2.25, 3.0, 1.0)
	c := 9.0 / 5.0
	for _, t := range []float64{-40, 0, 37, 100} {
		fmt.Printf("%6.1fC = %6.1fF\n", t, t*c+32)
	}
	var f32 float32 = 1e38
	f32 *= 10
	fmt.Println(f32, -f32, float32(1e-45), float32(1e-46))
	h := 0.5
	for i := 0; i < 5; i++ {
		h *= h
	}
	fmt.Println(h, h*1e10)
	a, b := 7.5, 2.0
	fmt.Println(a/b, float64(int(a)%int(b)), -a/b, int(-a/b))
	fmt.Println(min(3.5, 2, 8), max(1.0, -2.5), min(nan, 1) != min(nan, 1))
	var total float64
	for i := 1; i <= 10; i++ {
		total += 1 / float64(i)
	}
	fmt.Printf("%.15f %v\n", total, total)
	fmt.Println(float64(uint64(1<<63)), uint64(float64(1<<62)), int32(float32(-2147483648)))
	fmt.Println(5e-324, 1.7976931348623157e308, float32(3.4028235e38))
}

// Output:
// 1.414213562373095 100000 0.5
// {Min:-1 Max:10 Mean:3.075 Std:3.8483762809787714}
// -1.000 10.000   3.0750 3.85    |
// 0.3 true 0.3
// 1 2.5e+10 1e+21 1e+20 1.23456789e+08 1e-05 0.0001 100
// 0.33333334 0.3333333333333333 1.6777216e+07
// +Inf -Inf NaN false true -0
// +Inf -Inf NaN +Inf   NaN|
// 1000000000000000000 9.007199254740992e+15 9.007199254740992e+15
// 1e+06 0.0001 1e-05 1.23456789e+08
// 3.14 0.3333333333 0.33333334
// 1.235e+03|3.1400E-04  |+5
// [1 1.5 -0.25] map[pi:3.14]
// -0001.50|+0002.25| 3.000|0x1p+00
//  -40.0C =  -40.0F
//    0.0C =   32.0F
//   37.0C =   98.6F
//  100.0C =  212.0F
// +Inf -Inf 1e-45 0
// 2.3283064365386963e-10 2.3283064365386963
// 3.75 1 -3.75 -3
// 2 1 true
// 2.928968253968254 2.9289682539682538
// 9.223372036854776e+18 4611686018427387904 -2147483648
// 5e-324 1.7976931348623157e+308 3.4028235e+38
