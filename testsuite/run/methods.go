// run

// Methods with value and pointer receivers on named struct and non-struct
// types; automatic & and * at call sites; method values stay out.
package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v Vec) Dot(o Vec) float64   { return v.X*o.X + v.Y*o.Y }

func (v *Vec) Normalize() {
	// no sqrt: scale so that the larger component is 1
	m := v.X
	if v.Y > m {
		m = v.Y
	}
	v.X /= m
	v.Y /= m
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }
func (c *Celsius) Warm(d Celsius) {
	*c += d
}

type Stack struct {
	data [8]int
	n    int
}

func (s *Stack) Push(v int) bool {
	if s.n == len(s.data) {
		return false
	}
	s.data[s.n] = v
	s.n++
	return true
}

func (s *Stack) Pop() (int, bool) {
	if s.n == 0 {
		return 0, false
	}
	s.n--
	return s.data[s.n], true
}

func (s Stack) Len() int { return s.n }

func (s Stack) Top() int {
	s.n-- // value receiver: does not affect the caller
	return s.data[s.n]
}

func main() {
	a := Vec{1, 2}
	b := Vec{3, 4}
	fmt.Println(a.Add(b), a.Scale(2).Add(b), a.Dot(b))

	v := Vec{4, 8}
	v.Normalize() // (&v).Normalize()
	fmt.Println(v)
	pv := &Vec{10, 5}
	pv.Normalize()
	fmt.Println(*pv, pv.Dot(Vec{2, 2})) // (*pv).Dot

	var t Celsius = 20
	fmt.Println(t.F())
	t.Warm(5)
	fmt.Println(t, t.F())

	var s Stack
	for i := 1; i <= 10; i++ {
		if !s.Push(i * i) {
			fmt.Println("full at", i)
			break
		}
	}
	fmt.Println(s.Len(), s.Top(), s.Len())
	ps := &s
	fmt.Println(ps.Len(), ps.Top())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s.Len())
}

// Output:
// {4 6} {5 8} 11
// {0.5 1}
// {1 0.5} 3
// 68
// 25 77
// full at 9
// 8 64 8
// 8 64
// 64 49 36 25 16 9 4 1 0
