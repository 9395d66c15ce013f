// run

// Method values bind their receiver when evaluated (a copy for value
// receivers, the pointer for pointer receivers); method expressions
// T.M and (*T).M take the receiver as first argument; both stored in
// variables, slices and passed as funcs.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s Stack) Len() int { return len(s.items) }

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	p := Point{1, 2}
	add := p.Add // receiver copied now
	str := p.String
	scale := p.Scale // binds &p
	p.X = 100
	fmt.Println(add(Point{10, 10}), str())
	scale(2)
	fmt.Println(p)

	addExpr := Point.Add
	scaleExpr := (*Point).Scale
	strExpr := (*Point).String // value method through pointer type
	q := Point{3, 4}
	fmt.Println(addExpr(q, Point{1, 1}))
	scaleExpr(&q, 3)
	fmt.Println(q, strExpr(&q))

	var s Stack
	apply(s.Push, 1, 2, 3, 4)
	pop := s.Pop
	fmt.Println(pop(), pop(), s.Len())
	lenNow := s.Len // copies s now
	s.Push(9)
	fmt.Println(lenNow(), s.Len())

	fns := []func() string{p.String, q.String, Point{7, 7}.String}
	p.Y = -1
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// method value through an interface
	var st fmt.Stringer = q
	sf := st.String
	q.X = 0
	fmt.Println(sf())

	// method expression over a slice of points
	pts := []Point{{1, 1}, {2, 3}, {-1, 5}}
	total := Point{}
	for _, pt := range pts {
		total = Point.Add(total, pt)
	}
	fmt.Println(total)
	for i := range pts {
		(*Point).Scale(&pts[i], 10)
	}
	fmt.Println(pts)
}
