// Mandelbrot set: tight float loops, bit packing, a checksum of the image.
package main

import "fmt"

func main() {
	const size = 1600
	sum := 0
	for y := 0; y < size; y++ {
		ci := 2*float64(y)/size - 1
		bits := 0
		for x := 0; x < size; x++ {
			cr := 2*float64(x)/size - 1.5
			zr, zi := 0.0, 0.0
			in := 1
			for i := 0; i < 50; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
				if zr*zr+zi*zi > 4 {
					in = 0
					break
				}
			}
			bits = bits<<1 | in
			if x%8 == 7 {
				sum = (sum*31 + bits) % 1000000007
				bits = 0
			}
		}
	}
	fmt.Println("checksum", sum)
}
