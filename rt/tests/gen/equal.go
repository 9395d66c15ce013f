// Command equal prints gc's results for the comparisons src/equal.rs checks.
//go:build ignore

package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y int }

type S struct {
	A int
	_ int
	B string
}

type NV struct {
	N int
	V any
}

type VN struct {
	V any
	N int
}

func main() {
	var nilIface any
	nan := math.NaN()
	p := &Point{1, 2}
	fmt.Println(any(1) == any(1), any(1) == any(2), any(1) == any(int64(1)))
	fmt.Println(nilIface == nil, nilIface == any(0))
	fmt.Println(any("ab") == any("ab"), any("ab") == any("ac"))
	fmt.Println(any(0.0) == any(math.Copysign(0, -1)), any(nan) == any(nan))
	fmt.Println(any(complex(1, math.Copysign(0, -1))) == any(complex(1, 0)))
	fmt.Println(any(p) == any(p), any(p) == any(&Point{1, 2}))
	fmt.Println(any(Point{1, 2}) == any(Point{1, 2}), any(Point{1, 2}) == any(Point{1, 3}))
	fmt.Println(any([]int{1}) == any(1))
	x, y := S{A: 1, B: "x"}, S{A: 1, B: "x"}
	fmt.Println(x == y, [2]float64{1, math.Copysign(0, -1)} == [2]float64{1, 0}, [2]float64{1, nan} == [2]float64{1, nan})
	fmt.Println(NV{3, 1} == NV{3, 1}, NV{1, []int{1}} == NV{2, []int{1}})
	defer func() { fmt.Println("VN:", recover()) }()
	fmt.Println(VN{[]int{1}, 1} == VN{[]int{1}, 2})
}
