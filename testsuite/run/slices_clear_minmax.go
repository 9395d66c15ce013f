// run

// Go 1.21 builtins: clear on slices (zeroing, length unchanged) and
// maps (emptying), min and max over ints, floats and strings, and a
// running range using them.
package main

import "fmt"

type Point struct{ X, Y int }

func bounds(ps []Point) (lo, hi Point) {
	lo, hi = ps[0], ps[0]
	for _, p := range ps[1:] {
		lo.X = min(lo.X, p.X)
		lo.Y = min(lo.Y, p.Y)
		hi.X = max(hi.X, p.X)
		hi.Y = max(hi.Y, p.Y)
	}
	return
}

func main() {
	s := []int{5, 3, 8, 1}
	t := s[1:3]
	clear(t)
	fmt.Println(s, len(t), cap(t))
	clear(s)
	fmt.Println(s, len(s))

	ps := []Point{{1, 2}, {3, 4}}
	clear(ps)
	fmt.Println(ps)

	strs := []string{"a", "b"}
	clear(strs)
	fmt.Printf("%q\n", strs)

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m), m)
	m["z"] = 26
	fmt.Println(m)

	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(7), max(-1, -5))
	fmt.Println(min(2.5, 1.25), max(0.5, 3.0, 2.0))
	fmt.Println(min("pear", "apple", "fig"), max("pear", "apple", "fig"))
	var a, b int8 = -100, 100
	fmt.Println(min(a, b), max(a, b))
	const c = max(10, 20) * 2
	fmt.Println(c)

	pts := []Point{{3, -1}, {-2, 7}, {5, 5}, {0, 0}, {4, -6}}
	lo, hi := bounds(pts)
	fmt.Println(lo, hi)

	// sliding window maximum, naive
	data := []int{1, 3, -1, -3, 5, 3, 6, 7}
	k := 3
	var out []int
	for i := 0; i+k <= len(data); i++ {
		best := data[i]
		for _, v := range data[i+1 : i+k] {
			best = max(best, v)
		}
		out = append(out, best)
	}
	fmt.Println(out)
}

// Output:
// [5 0 0 1] 2 3
// [0 0 0 0] 4
// [{0 0} {0 0}]
// ["" ""]
// 3
// 0 map[]
// map[z:26]
// 1 3 7 -1
// 1.25 3
// apple pear
// -100 100
// 40
// {-2 -6} {5 7}
// [3 3 5 5 6 7]
