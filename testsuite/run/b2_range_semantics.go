// run

// range semantics: arrays are copied, slices are not, deletion during map
// range, range over channels, strings, int8 counts and pre-declared variables.
package main

import "fmt"

type Grid [3][3]int

type Pt struct{ X, Y int }

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array copy sees", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array pointer sees", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 0 {
			sl = append(sl, 4)
		}
		if i == 2 {
			fmt.Println("range over slice sees", v, len(sl))
		}
	}
	n := 0
	for range sl {
		n++
	}
	fmt.Println(n)
	m := map[int]bool{1: true, 2: true, 3: true, 4: true}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	s := "añb"
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, b := range []byte(s) {
		fmt.Print(i, ":", b, " ")
	}
	fmt.Println()
	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*3 + j
		}
	}
	for _, row := range g {
		row[0] = -1
	}
	fmt.Println(g)
	for i := range g {
		row := &g[i]
		row[0] = -1
	}
	fmt.Println(g)
	pts := []Pt{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.X = 99
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X *= 10
	}
	fmt.Println(pts)
	var ptrs []*Pt
	for _, p := range pts {
		ptrs = append(ptrs, &p)
	}
	ptrs[0].Y = -5
	fmt.Println(*ptrs[0], *ptrs[1], pts)
	ch := make(chan Pt, 3)
	for i := range 3 {
		ch <- Pt{i, i * i}
	}
	close(ch)
	for p := range ch {
		fmt.Print(p, ";")
	}
	fmt.Println()
	total := 0
	for i := range int8(5) {
		total += int(i)
	}
	fmt.Printf("%d %T\n", total, int8(0))
	var nilSlice []string
	for range nilSlice {
		fmt.Println("never")
	}
	funcs := map[string]func(int) int{}
	for _, name := range []string{"sq", "neg"} {
		switch name {
		case "sq":
			funcs[name] = func(x int) int { return x * x }
		case "neg":
			funcs[name] = func(x int) int { return -x }
		}
	}
	fmt.Println(funcs["sq"](7), funcs["neg"](7), len(funcs))
	x := 10
	for x := 0; x < 3; x++ {
		x := x * 2
		_ = x
	}
	fmt.Println(x)
	k := 0
	for k < 5 {
		k += 2
	}
	fmt.Println(k)
	var idx int
	var val rune
	for idx, val = range "xyz" {
	}
	fmt.Println(idx, string(val))
}
