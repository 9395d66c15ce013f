// run

// Named types over basic, array and struct types: conversions between types
// with the same underlying type, methods, and typed constants.
package main

import "fmt"

type Meters float64
type Feet float64

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) Name() string  { return dayNames[d] }
func (d Weekday) Next() Weekday { return (d + 1) % 7 }
func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type RGB [3]uint8

func (c RGB) Hex() string { return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2]) }
func (c *RGB) Darken() {
	for i := range c {
		c[i] /= 2
	}
}

type Name string

func (n Name) Greet() string { return "hello, " + string(n) }

type Pair struct{ A, B int }
type OtherPair struct{ A, B int }

func main() {
	m := Meters(100)
	fmt.Printf("%.2f %T %T\n", m.ToFeet(), m, m.ToFeet())
	f := Feet(m) // same underlying type: plain conversion, no unit change
	fmt.Println(f)

	d := Friday
	for i := 0; i < 4; i++ {
		fmt.Println(d.Name(), d, d.Weekend())
		d = d.Next()
	}
	fmt.Printf("%v %d %s\n", Wednesday, Wednesday, Thursday.Name())

	c := RGB{255, 128, 7}
	fmt.Println(c.Hex())
	c.Darken()
	fmt.Println(c.Hex(), c)

	var n Name = "gopher"
	fmt.Println(n.Greet(), len(n), n[0], n+"s")

	p := Pair{1, 2}
	o := OtherPair(p)
	o.A = 10
	fmt.Println(p, o, p == Pair(o))
	type local int
	var l local = 5
	fmt.Printf("%v %T\n", l*2, l)
}

// Output:
// 328.08 main.Meters main.Feet
// 100
// Fri 5 false
// Sat 6 true
// Sun 0 true
// Mon 1 false
// 3 3 Thu
// #ff8007
// #7f4003 [127 64 3]
// hello, gopher 6 103 gophers
// {1 2} {10 2} false
// 10 main.local
