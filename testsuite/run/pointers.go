// run

// Pointers: &, *, new, field access through pointers, pointers to array
// elements and indexing through a pointer to an array, pointer equality.
package main

import "fmt"

type Counter struct {
	n    int
	name string
}

func incr(p *int) {
	*p++
}

func reset(c *Counter) {
	c.n = 0
	(*c).name = "reset"
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func largest(arr *[5]int) *int {
	best := &arr[0]
	for i := range arr {
		if arr[i] > *best {
			best = &arr[i]
		}
	}
	return best
}

func main() {
	x := 1
	p := &x
	*p = 41
	incr(p)
	incr(&x)
	fmt.Println(x, *p, p == &x)

	y := 7
	swap(&x, &y)
	fmt.Println(x, y)

	c := Counter{n: 5, name: "c"}
	cp := &c
	cp.n += 10
	fmt.Println(c.n, cp.name)
	reset(cp)
	fmt.Println(c, *cp)

	arr := [5]int{3, 9, 2, 11, 4}
	pa := &arr
	pa[1] = 20
	fmt.Println(arr, len(pa), pa[1])
	m := largest(&arr)
	*m = -1
	fmt.Println(arr)
	for i, v := range pa {
		pa[i] = v * 2
	}
	fmt.Println(*pa)

	// new returns a pointer to a zero value.
	q := new(int)
	fmt.Println(*q)
	*q = 3
	r := q
	*r *= 3
	fmt.Println(*q, q == r, new(int) == new(int))

	pc := new(Counter)
	pc.name = "fresh"
	fmt.Println(*pc, pc.n)
	fmt.Printf("%v %+v\n", pc, pc)

	// Pointer to pointer.
	pp := &p
	**pp = 100
	fmt.Println(x, **pp)

	// Pointers to struct fields and nil checks.
	var np *Counter
	fmt.Println(np == nil, pc != nil)
	field := &c.n
	*field = 77
	fmt.Println(c.n)

	grid := [2][2]int{{1, 2}, {3, 4}}
	row := &grid[1]
	row[0] = 30
	cell := &grid[0][1]
	*cell = 20
	fmt.Println(grid)
}

// Output:
// 43 43 true
// 7 43
// 15 c
// {0 reset} {0 reset}
// [3 20 2 11 4] 5 20
// [3 -1 2 11 4]
// [6 -2 4 22 8]
// 0
// 9 true false
// {0 fresh} 0
// &{0 fresh} &{n:0 name:fresh}
// 100 100
// true true
// 77
// [[1 20] [30 4]]
