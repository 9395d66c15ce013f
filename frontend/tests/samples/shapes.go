// Package shapes exercises declarations: types, methods, interfaces, embedding and tags.
package shapes

import (
	"errors"
	"fmt"
	m "math"
	_ "os"
	. "strings"
)

import "sort"

// Kind enumerates shapes, using iota with implicit repetition.
type Kind int

const (
	KindNone Kind = iota
	KindCircle
	KindRect
	_
	KindPoly
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f = "e", 'f'
)

const single = 3.5

// Shape is anything with an area and a perimeter.
type Shape interface {
	Area() float64
	Perimeter() float64
}

// Named is a Shape with a name.
type Named interface {
	Shape
	fmt.Stringer
	Name() (name string, ok bool)
}

type Point struct {
	X, Y float64
}

type Circle struct {
	Point
	Radius float64 `json:"radius"`
	label  string
}

type Rect struct {
	*Point
	W, H   float64 "legacy tag"
	tags   []string
	lookup map[string][]int
}

type Poly struct {
	pts    []Point
	closed bool
	hooks  struct {
		before, after func(p *Poly) error
	}
}

type (
	Alias   = Point
	Matrix  [3][3]float64
	Grid    [][]Kind
	Handler func(int, ...string) (bool, error)
	Sink    chan<- Shape
	Source  <-chan Shape
	Pipe    chan chan<- int
	Fanout  chan<- <-chan int
	Empty   struct{}
	Any     interface{}
	Table   map[Kind]map[string]*Rect
	Counter [4]int
)

var ErrEmpty = errors.New("empty polygon")

var (
	origin      Point
	unit        = Point{1, 1}
	shapes      []Shape
	total, area float64 = 1, 2
	_           = m.Pi
)

func (p Point) Dist(q Point) float64 {
	dx, dy := p.X-q.X, p.Y-q.Y
	return m.Sqrt(dx*dx + dy*dy)
}

func (c Circle) Area() float64      { return m.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * m.Pi * c.Radius }
func (c *Circle) Scale(f float64)   { c.Radius *= f }

func (r Rect) Area() float64 {
	return r.W * r.H
}

func (r Rect) Perimeter() float64 {
	return 2 * (r.W + r.H)
}

func (p *Poly) Area() (area float64) {
	n := len(p.pts)
	for i := range p.pts {
		j := (i + 1) % n
		area += p.pts[i].X*p.pts[j].Y - p.pts[j].X*p.pts[i].Y
	}
	if area < 0 {
		area = -area
	}
	return area / 2
}

func (p *Poly) Perimeter() float64 {
	var sum float64
	for i, pt := range p.pts[1:] {
		sum += pt.Dist(p.pts[i])
	}
	if p.closed && len(p.pts) > 1 {
		sum += p.pts[0].Dist(p.pts[len(p.pts)-1])
	}
	return sum
}

func (p *Poly) Validate() error {
	if h := p.hooks.before; h != nil {
		if err := h(p); err != nil {
			return fmt.Errorf("before: %w", err)
		}
	}
	switch n := len(p.pts); {
	case n == 0:
		return ErrEmpty
	case n < 3:
		return errors.New("too few points")
	}
	return nil
}

func Describe(s Shape) string {
	switch v := s.(type) {
	case nil:
		return "nothing"
	case *Circle, Circle:
		return fmt.Sprintf("circle %v", v)
	case interface{ Name() (string, bool) }:
		name, _ := v.Name()
		return name
	default:
		return fmt.Sprint(v)
	}
}

func Classify(xs ...Shape) (circles, others int) {
	for _, x := range xs {
		switch x.(type) {
		case *Circle:
			circles++
		default:
			others++
		}
	}
	return
}

func Largest(shapes []Shape) (best Shape, ok bool) {
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() > shapes[j].Area() })
	if len(shapes) == 0 {
		return nil, false
	}
	return shapes[0], true
}

func Upper(s string) string { return ToUpper(s) }

func Apply(h Handler, xs ...string) (ok bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return h(len(xs), xs...)
}
