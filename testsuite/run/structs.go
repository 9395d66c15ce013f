// run

// Structs: named types, keyed and positional literals, nested structs,
// zero values, == comparison and copy semantics.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

type Person struct {
	Name    string
	Age     int
	Address struct {
		City string
		Zip  int
	}
}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func grow(r Rect, d int) Rect {
	r.Min.X -= d
	r.Min.Y -= d
	r.Max.X += d
	r.Max.Y += d
	return r
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p, q, z, p.X+q.Y)
	fmt.Printf("%v %+v\n", p, q)

	r := Rect{Min: Point{0, 0}, Max: Point{X: 4, Y: 3}, Label: "box"}
	fmt.Println(r, area(r))
	r2 := grow(r, 1)
	fmt.Println(r, r2, area(r2))
	fmt.Printf("%+v\n", r2)

	// Copies are independent.
	c := r
	c.Max.X = 100
	c.Label = "copy"
	fmt.Println(r.Max.X, r.Label, c.Max.X, c.Label)

	// Comparison is field-wise.
	fmt.Println(p == Point{1, 2}, p != q, r == c, r == grow(grow(r, 1), -1))

	var who Person
	who.Name = "Ada"
	who.Age = 36
	who.Address.City = "London"
	fmt.Printf("%v\n%+v\n", who, who)
	other := who
	other.Address.Zip = 12345
	fmt.Println(who == other, who.Address.Zip, other.Address.Zip)

	// Anonymous struct values.
	pair := struct {
		K string
		V int
	}{"answer", 42}
	fmt.Println(pair, pair.K, pair.V)
	fmt.Printf("%+v %T\n", pair, p)

	// Arrays of structs.
	pts := [3]Point{{1, 1}, {2, 4}, {3, 9}}
	sx, sy := 0, 0
	for _, pt := range pts {
		sx += pt.X
		sy += pt.Y
	}
	pts[0].X = 10
	fmt.Println(pts, sx, sy)
}

// Output:
// {1 2} {0 5} {0 0} 6
// {1 2} {X:0 Y:5}
// {{0 0} {4 3} box} 12
// {{0 0} {4 3} box} {{-1 -1} {5 4} box} 30
// {Min:{X:-1 Y:-1} Max:{X:5 Y:4} Label:box}
// 4 box 100 copy
// true true false true
// {Ada 36 {London 0}}
// {Name:Ada Age:36 Address:{City:London Zip:0}}
// false 0 12345
// {answer 42} answer 42
// {K:answer V:42} main.Point
// [{10 1} {2 4} {3 9}] 6 14
