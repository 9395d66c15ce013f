// run

// Type assertions: comma-ok to concrete types and to interfaces, the
// zero value on failure, assertions on nil interfaces, and a chain of
// optional capabilities.
package main

import "fmt"

type Animal interface{ Sound() string }

type Walker interface{ Walk() string }

type Swimmer interface{ Swim() string }

type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " woofs" }
func (d Dog) Walk() string  { return d.name + " walks" }
func (d Dog) Swim() string  { return d.name + " paddles" }

type Fish struct{}

func (Fish) Sound() string { return "..." }
func (Fish) Swim() string  { return "fish swims" }

type Bird struct{ canFly bool }

func (b *Bird) Sound() string { return "tweet" }
func (b *Bird) Walk() string  { return "bird hops" }

func abilities(a Animal) []string {
	out := []string{a.Sound()}
	if w, ok := a.(Walker); ok {
		out = append(out, w.Walk())
	}
	if s, ok := a.(Swimmer); ok {
		out = append(out, s.Swim())
	}
	return out
}

func main() {
	zoo := []Animal{Dog{"rex"}, Fish{}, &Bird{true}}
	for _, a := range zoo {
		fmt.Println(abilities(a))
	}

	var a Animal = Dog{"fido"}
	d, ok := a.(Dog)
	fmt.Println(d.name, ok)
	f, ok := a.(Fish)
	fmt.Println(f, ok)
	b, ok := a.(*Bird)
	fmt.Println(b == nil, ok)
	d2 := a.(Dog)
	fmt.Println(d2.Walk())

	var empty interface{} = 3.5
	if n, ok := empty.(int); !ok {
		fmt.Println("not int, zero:", n)
	}
	if x, ok := empty.(float64); ok {
		fmt.Println("float", x*2)
	}
	s, ok := empty.(fmt.Stringer)
	fmt.Println(s == nil, ok)

	var none Animal
	_, ok = none.(Dog)
	fmt.Println(ok)
	_, ok = none.(Walker)
	fmt.Println(ok)

	var anyv interface{} = zoo[2]
	if bird, ok := anyv.(*Bird); ok {
		bird.canFly = false
	}
	fmt.Println(zoo[2].(*Bird).canFly)
	if _, ok := anyv.(Animal); ok {
		fmt.Println("interface{} holds an Animal")
	}
	// assertion result used directly in an expression
	total := 0
	for _, v := range []interface{}{1, "x", 2, 3.0, 4} {
		if n, ok := v.(int); ok {
			total += n
		}
	}
	fmt.Println(total)
}

// Output:
// [rex woofs rex walks rex paddles]
// [... fish swims]
// [tweet bird hops]
// fido true
// {} false
// true false
// fido walks
// not int, zero: 0
// float 7
// true false
// false
// false
// false
// interface{} holds an Animal
// 7
