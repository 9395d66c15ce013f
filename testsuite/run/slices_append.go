// run

// append and cap growth: appending one element at a time from an empty
// slice, appending several values and another slice (with ...), append
// sharing the backing array while capacity lasts, copy semantics.
package main

import "fmt"

func grow(n int) {
	var s []int
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Printf("len=%d cap=%d\n", len(s), cap(s))
			last = cap(s)
		}
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	grow(2000)

	a := make([]int, 3, 10)
	b := append(a, 4, 5)
	c := append(a, 9)
	// b and c share a's backing array: c overwrote b[3].
	fmt.Println(a, b, c, len(b), cap(b))

	d := make([]int, 0)
	d = append(d, b...)
	d = append(d, c[1:]...)
	fmt.Println(d, len(d), sum(d))

	// append to a full slice copies: e no longer aliases f.
	f := []string{"x", "y"}
	e := append(f, "z")
	e[0] = "changed"
	fmt.Println(f, e, len(f), cap(f))

	// copy returns the number of elements copied.
	dst := make([]int, 4)
	n := copy(dst, []int{7, 8, 9, 10, 11, 12})
	fmt.Println(n, dst)
	n = copy(dst[2:], dst)
	fmt.Println(n, dst)
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs[:n]))

	// append of a string to a byte slice.
	bs = append([]byte("go"), "pher"...)
	fmt.Println(string(bs), len(bs))

	// nil slice vs empty slice.
	var ns []int
	es := []int{}
	fmt.Println(ns == nil, es == nil, len(ns), cap(es), ns, es)
	ns = append(ns, es...)
	fmt.Println(ns == nil, len(ns))
}

// Output:
// len=1 cap=4
// len=5 cap=8
// len=9 cap=16
// len=17 cap=32
// len=33 cap=64
// len=65 cap=128
// len=129 cap=256
// len=257 cap=512
// len=513 cap=848
// len=849 cap=1280
// len=1281 cap=1792
// len=1793 cap=2560
// [0 0 0] [0 0 0 9 5] [0 0 0 9] 5 10
// [0 0 0 9 5 0 0 9] 8 23
// [x y] [changed y z] 2 2
// 4 [7 8 9 10]
// 2 [7 8 7 8]
// 5 [104 195 169 108 108] héll
// gopher 6
// true false 0 0 [] []
// true 0
