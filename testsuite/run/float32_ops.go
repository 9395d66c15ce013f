// run

// float32 arithmetic is rounded to single precision after every operation:
// accumulation, comparisons with float64, and conversions both ways.
package main

import "fmt"

func mean32(xs [5]float32) float32 {
	var s float32
	for _, x := range xs {
		s += x
	}
	return s / float32(len(xs))
}

func main() {
	var a float32 = 16777216
	fmt.Println(a+1, a+2, a+1 == a)
	var b float32 = 0.1
	var c float64 = 0.1
	fmt.Println(float64(b) == c, b == float32(c), float64(b)-c)

	var acc float32
	for i := 0; i < 1000; i++ {
		acc += 0.001
	}
	fmt.Println(acc, float64(acc))

	xs := [5]float32{1.5, 2.25, 3.125, 4.0625, 5.03125}
	fmt.Println(mean32(xs))
	fmt.Printf("%.10f %g %e\n", mean32(xs), float32(1)/7, float32(1e-8))

	var big float32 = 3.4028234e38
	fmt.Println(big, big*2, -big*2, big/2)
	var tiny float32 = 1.4e-45
	fmt.Println(tiny, tiny/2, tiny*2)

	// Conversions from int types round to nearest even.
	fmt.Println(float32(int32(16777217)), float32(int64(16777219)), float32(uint32(4294967295)))
	var i int = 123456789
	f := float32(i)
	fmt.Println(f, int(f), int(f)-i)

	// Mixed expressions require explicit conversions.
	r := float32(2) * float32(c)
	fmt.Println(r, float64(r))
	h := float32(0.5)
	h *= h
	h -= 1
	h /= 3
	fmt.Println(h)
}

// Output:
// 1.6777216e+07 1.6777218e+07 true
// false true 1.4901161138336505e-09
// 0.9999907 0.999990701675415
// 3.19375
// 3.1937499046 0.14285715 1.000000e-08
// 3.4028235e+38 +Inf -Inf 1.7014117e+38
// 1e-45 0 3e-45
// 1.6777216e+07 1.677722e+07 4.2949673e+09
// 1.2345679e+08 123456792 3
// 0.2 0.20000000298023224
// -0.25
