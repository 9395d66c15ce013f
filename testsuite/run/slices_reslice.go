// run

// Re-slicing: shared backing arrays, slicing up to cap, three-index
// slices limiting capacity so that append must copy, slicing arrays and
// pointers to arrays, and in-place filtering.
package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%s=%v len=%d cap=%d\n", name, s, len(s), cap(s))
}

func filterEven(xs []int) []int {
	out := xs[:0]
	for _, x := range xs {
		if x%2 == 0 {
			out = append(out, x)
		}
	}
	return out
}

func reverse(xs []int) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5]
	show("s", s)
	s = s[:cap(s)]
	show("s", s)
	s[0] = 100
	fmt.Println(arr)

	t := arr[1:3:4]
	show("t", t)
	t = append(t, 50) // fits in cap 3: writes arr[3]
	fmt.Println(arr)
	t = append(t, 60) // exceeds cap: copies
	t[0] = -1
	fmt.Println(arr, t)

	p := &arr
	u := p[5:]
	u[0] = 55
	show("u", u)
	fmt.Println(arr[5], len(p), p[7])

	v := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	ev := filterEven(v)
	show("ev", ev)
	fmt.Println(v)

	w := v[2:6]
	reverse(w)
	fmt.Println(v)
	x := w[1:2:3]
	show("x", x)
	x = append(x, 99)
	fmt.Println(v)

	// empty slices at the ends
	fmt.Println(len(v[10:]), len(v[:0]), v[3:3], cap(v[10:]))

	// string slicing
	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:9], len(str[12:]))
}

// Output:
// s=[2 3 4] len=3 cap=6
// s=[2 3 4 5 6 7] len=6 cap=6
// [0 1 100 3 4 5 6 7]
// t=[1 100] len=2 cap=3
// [0 1 100 50 4 5 6 7]
// [0 1 100 50 4 5 6 7] [-1 100 50 60]
// u=[55 6 7] len=3 cap=3
// 55 8 7
// ev=[2 4 6 8 10] len=5 cap=10
// [2 4 6 8 10 6 7 8 9 10]
// [2 4 6 10 8 6 7 8 9 10]
// x=[10] len=1 cap=2
// [2 4 6 10 99 6 7 8 9 10]
// 0 0 [] 0
// world hello lo, wo 0
