// run

// Package-level and local declarations: var, const, type and func at both
// levels, grouped declarations, zero values and shadowing of package names.
package main

import "fmt"

const Version = "1.2"

const (
	MaxUsers = 100
	Ratio    = MaxUsers / 8.0
	Greeting = "hi " + Version
)

var counter int

var (
	names [3]string
	ready bool
	scale float64 = 1.5
	limit         = MaxUsers * 2
)

type ID int

type User struct {
	ID   ID
	Name string
}

func nextID() ID {
	counter++
	return ID(counter)
}

func newUser(name string) User {
	return User{nextID(), name}
}

func main() {
	fmt.Println(Version, MaxUsers, Ratio, Greeting)
	fmt.Println(counter, names, ready, scale, limit)

	u1 := newUser("ann")
	u2 := newUser("bob")
	fmt.Println(u1, u2, counter)

	// Local declarations of every kind.
	const local = 7
	type Pt struct{ X, Y int }
	var p Pt
	var q = Pt{1, 2}
	r := Pt{Y: local}
	var i, j int = 1, 2
	var k, s = 3.5, "str"
	fmt.Println(p, q, r, i, j, k, s)
	var (
		m = 10
		n = m * 2
	)
	fmt.Println(m, n)

	// A local declaration shadows the package-level one.
	counter := "shadow"
	fmt.Println(counter)
	{
		counter := 3.25
		fmt.Println(counter)
	}
	fmt.Println(counter, nextID())

	names[1] = "mid"
	ready = !ready
	fmt.Printf("%q %v %T %T %T\n", names, ready, Ratio, limit, u1.ID)
}

// Output:
// 1.2 100 12.5 hi 1.2
// 0 [  ] false 1.5 200
// {1 ann} {2 bob} 2
// {0 0} {1 2} {0 7} 1 2 3.5 str
// 10 20
// shadow
// 3.25
// shadow 3
// ["" "mid" ""] true float64 int main.ID
