// run

// append/copy aliasing: shared backing arrays, full slice expressions,
// overlapping copy, delete and insert idioms, appending during range.
package main

import "fmt"

type Buf struct {
	data []int
}

func (b *Buf) Append(vs ...int) { b.data = append(b.data, vs...) }

func grow(s []int) []int {
	s = append(s, 99)
	s[0] = -1
	return s
}

func main() {
	a := make([]int, 3, 4)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(a, b, c, len(a), cap(a))
	b[0] = 7
	fmt.Println(a[0], c[0])
	d := append(b, 5)
	d[1] = 8
	fmt.Println(b, d, cap(d) > cap(b))

	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(s)
	u := s[1:3:3]
	u = append(u, 200)
	u[0] = -2
	fmt.Println(s, u)

	n := copy(s, s[2:])
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs[:1]))

	x := []int{1, 2, 3}
	y := grow(x[:2])
	fmt.Println(x, y)
	z := grow(x)
	fmt.Println(x, z)

	var buf Buf
	buf.Append(1, 2)
	alias := buf.data
	buf.Append(3)
	alias[0] = 42
	fmt.Println(buf.data, alias)
	snapshot := append([]int(nil), buf.data...)
	buf.data[1] = 0
	fmt.Println(snapshot, buf.data)

	m := [][]int{{1}, {2, 3}}
	row := m[1]
	row[0] = 20
	m = append(m, row)
	m[2][1] = 30
	fmt.Println(m)

	var nilS []int
	nilS = append(nilS, nilS...)
	fmt.Println(nilS == nil, len(nilS))
	e := []int{}
	fmt.Println(e == nil, len(append(e, nilS...)))
	arr := [4]int{1, 2, 3, 4}
	sl := arr[:]
	sl[0] = 10
	sl = append(sl[:2], sl[3:]...)
	fmt.Println(arr, sl)
	del := []string{"a", "b", "c", "d"}
	i := 1
	del = append(del[:i], del[i+1:]...)
	fmt.Println(del, len(del), cap(del))
	ins := []int{1, 2, 4}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)
	full := make([]int, 0, 2)
	p1 := append(full, 1)
	p2 := append(full, 2)
	fmt.Println(p1, p2)
	str := "hello"
	sb := []byte(str)
	sb[0] = 'j'
	fmt.Println(str, string(sb))
	for i, v := range s {
		if i == 0 {
			s[4] = 1000
			s = append(s, 6)
		}
		_ = v
		if i == 4 {
			fmt.Println("saw", v)
		}
	}
	fmt.Println(len(s))
	mat := make([][]float64, 3)
	back := make([]float64, 9)
	for i := range mat {
		mat[i] = back[i*3 : (i+1)*3]
	}
	mat[1][1] = 5
	fmt.Println(back, mat)
}

// Output:
// [0 0 0] [0 0 0 2] [0 0 0 2] 3 4
// 7 7
// [7 0 0 2] [7 8 0 2 5] true
// [2 3] 2 4
// [1 2 3 100 5]
// [1 2 3 100 5] [-2 3 200]
// 3 [3 100 5 100 5]
// 3 [1 2 1 2 3]
// 3 [104 195 169] h
// [-1 2 99] [-1 2 99]
// [-1 2 99] [-1 2 99 99]
// [1 2 3] [42 2]
// [1 2 3] [1 0 3]
// [[1] [20 30] [20 30]]
// true 0
// false 0
// [10 2 4 4] [10 2 4]
// [a c d] 3 4
// [1 2 3 4]
// [2] [2]
// hello jello
// saw 1000
// 6
// [0 0 0 0 5 0 0 0 0] [[0 0 0] [0 5 0] [0 0 0]]
