// run

// Multi-dimensional arrays (Game of Life board), array value semantics in
// methods, struct and array comparison, arrays and structs as map keys.
package main

import "fmt"

type Vec3 [3]float64

type Cell struct {
	Alive bool
	Age   uint8
}

type Key struct {
	A string
	B [2]int
}

type Board [4][5]Cell

func (b *Board) Step() {
	var next Board
	for r := range b {
		for c := range b[r] {
			n := 0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if dr == 0 && dc == 0 {
						continue
					}
					rr, cc := (r+dr+4)%4, (c+dc+5)%5
					if b[rr][cc].Alive {
						n++
					}
				}
			}
			cur := b[r][c]
			if cur.Alive && (n == 2 || n == 3) {
				next[r][c] = Cell{true, cur.Age + 1}
			} else if !cur.Alive && n == 3 {
				next[r][c] = Cell{Alive: true}
			}
		}
	}
	*b = next
}

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c.Alive {
				s += fmt.Sprint(c.Age)
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func (v Vec3) Add(w Vec3) Vec3 {
	for i := range v {
		v[i] += w[i]
	}
	return v
}

func (v *Vec3) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

func main() {
	var b Board
	b[1][2].Alive = true
	b[2][2].Alive = true
	b[3][2].Alive = true
	for i := 0; i < 3; i++ {
		fmt.Print(b, "--\n")
		b.Step()
	}
	v := Vec3{1, 2, 3}
	w := v.Add(Vec3{0.5, 0.5, 0.5})
	v.Scale(2)
	fmt.Println(v, w, v == Vec3{2, 4, 6}, v != w)
	arr := [5]int{1, 2, 3}
	cp := arr
	cp[0] = 100
	fmt.Println(arr, cp, arr == cp, len(arr))
	pa := &arr
	pa[4] = 9
	for i, x := range pa {
		if x == 0 {
			fmt.Print(i, " ")
		}
	}
	fmt.Println(arr)
	m := map[Key]int{}
	m[Key{"a", [2]int{1, 2}}]++
	m[Key{"a", [2]int{1, 2}}]++
	m[Key{"a", [2]int{2, 1}}]++
	fmt.Println(len(m), m[Key{"a", [2]int{1, 2}}])
	k1 := Key{"x", [2]int{}}
	k2 := k1
	k2.B[1] = 0
	fmt.Println(k1 == k2, k1 == Key{})
	type pair struct {
		p *int
		s string
	}
	n1, n2 := 1, 1
	fmt.Println(pair{&n1, "a"} == pair{&n1, "a"}, pair{&n1, "a"} == pair{&n2, "a"})
	var id [3][3]int
	for i := range 3 {
		id[i][i] = 1
	}
	fmt.Println(id, id[1], len(id[0]))
	grid := [2][3]string{{"a", "b", "c"}, {"d"}}
	fmt.Printf("%q %v\n", grid, grid[1][2] == "")
	var e1, e2 any = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(e1 == e2, e1 == any([2]int{2, 1}))
	idx := [...]string{2: "two", 5: "five"}
	fmt.Println(len(idx), idx)
	fmt.Printf("%v %+v\n", Cell{true, 3}, [2]Cell{})
}

// Output:
// .....
// ..0..
// ..0..
// ..0..
// --
// .....
// .....
// .010.
// .....
// --
// .....
// ..0..
// ..2..
// ..0..
// --
// [2 4 6] [1.5 2.5 3.5] true true
// [1 2 3 0 0] [100 2 3 0 0] false 5
// 3 [1 2 3 0 9]
// 2 2
// true false
// true false
// [[1 0 0] [0 1 0] [0 0 1]] [0 1 0] 3
// [["a" "b" "c"] ["d" "" ""]] true
// true false
// 6 [  two   five]
// {true 3} [{Alive:false Age:0} {Alive:false Age:0}]
