// run

// Struct embedding (value and pointer) with promoted methods, embedded
// interfaces, assertions to anonymous interfaces, method values and expressions.
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type base struct {
	id   int
	name string
}

func (b base) Name() string      { return fmt.Sprintf("%s#%d", b.name, b.id) }
func (b *base) Rename(n string) { b.name = n }

type Rect struct {
	base
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct {
	*base
	R float64
}

func (c Circle) Area() float64      { return 3 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 6 * c.R }
func (c Circle) Name() string       { return "circle:" + c.base.Name() }

type Square struct {
	Rect
	tag string
}

func describe(s Shape) string {
	out := fmt.Sprintf("%T area=%.2f perim=%.2f", s, s.Area(), s.Perimeter())
	if n, ok := s.(Named); ok {
		out += " name=" + n.Name()
	}
	return out
}

func largest(shapes []NamedShape) (NamedShape, error) {
	if len(shapes) == 0 {
		return nil, errors.New("no shapes")
	}
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best, nil
}

func main() {
	r := Rect{base{1, "rect"}, 3, 4}
	c := Circle{&base{2, "circ"}, 2}
	sq := Square{Rect{base{3, "sq"}, 5, 5}, "big"}
	shapes := []NamedShape{r, c, sq, &r}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	r.Rename("renamed")
	fmt.Println(r.Name(), shapes[0].Name(), shapes[3].Name())
	c.Rename("circ2")
	fmt.Println(shapes[1].Name())
	sq.Rename("sq2")
	fmt.Println(sq.Name(), sq.base.name, sq.Rect.base.id, sq.id)
	b, err := largest(shapes)
	fmt.Println(b.Name(), err)
	_, err = largest(nil)
	fmt.Println(err)
	fmt.Printf("%v\n%+v\n", r, sq)
	var ns NamedShape = sq
	switch v := ns.(type) {
	case Rect:
		fmt.Println("rect", v.W)
	case Square:
		fmt.Println("square", v.W, v.tag)
	}
	if _, ok := ns.(interface{ Rename(string) }); !ok {
		fmt.Println("Square value has no Rename in method set")
	}
	var ps NamedShape = &sq
	if rn, ok := ps.(interface{ Rename(string) }); ok {
		rn.Rename("viaiface")
		fmt.Println(sq.Name())
	}
	f := r.Area
	g := Rect.Perimeter
	h := (*base).Rename
	h(&r.base, "mexpr")
	fmt.Println(f(), g(r), r.name)
	fmt.Println(r == Rect{base{1, "mexpr"}, 3, 4})
}

// Output:
// main.Rect area=12.00 perim=14.00 name=rect#1
// main.Circle area=12.00 perim=12.00 name=circle:circ#2
// main.Square area=25.00 perim=20.00 name=sq#3
// *main.Rect area=12.00 perim=14.00 name=rect#1
// renamed#1 rect#1 renamed#1
// circle:circ2#2
// sq2#3 sq2 3 3
// sq#3 <nil>
// no shapes
// {{1 renamed} 3 4}
// {Rect:{base:{id:3 name:sq2} W:5 H:5} tag:big}
// square 5 big
// Square value has no Rename in method set
// viaiface#3
// 12 14 mexpr
// true
