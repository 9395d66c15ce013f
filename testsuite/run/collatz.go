// run

// Collatz sequences with uint64 arithmetic: the longest chain below a
// limit, memoised in a fixed-size array.
package main

import "fmt"

const limit = 100000

var cache [limit]uint16

func steps(n uint64) uint16 {
	if n < limit && cache[n] != 0 {
		return cache[n]
	}
	var s uint16
	if n == 1 {
		s = 0
	} else if n%2 == 0 {
		s = 1 + steps(n/2)
	} else {
		s = 1 + steps(3*n+1)
	}
	if n < limit {
		cache[n] = s
	}
	return s
}

func peak(n uint64) uint64 {
	max := n
	for n != 1 {
		if n&1 == 0 {
			n >>= 1
		} else {
			n = 3*n + 1
		}
		if n > max {
			max = n
		}
	}
	return max
}

func main() {
	best, bestN := uint16(0), uint64(0)
	for n := uint64(1); n < limit; n++ {
		if s := steps(n); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println("longest:", bestN, best)
	for _, n := range [...]uint64{1, 7, 27, 97, 871, 77031} {
		fmt.Printf("%6d: %3d steps, peak %d\n", n, steps(n), peak(n))
	}
}

// Output:
// longest: 77031 350
//      1:   0 steps, peak 1
//      7:  16 steps, peak 52
//     27: 111 steps, peak 9232
//     97: 118 steps, peak 9232
//    871: 178 steps, peak 190996
//  77031: 350 steps, peak 21933016
