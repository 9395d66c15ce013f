// run

// Embedded structs: promoted fields and methods (value and pointer
// receivers), shadowing by the outer type, and multi-level embedding.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

func (a Animal) Sound() string { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Puppy struct {
	Dog
	AgeWeeks int
}

type Base struct{ ID int }

func (b *Base) SetID(id int) { b.ID = id }
func (b Base) GetID() int    { return b.ID }

type Entity struct {
	*Base
	Kind string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "collie"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("Max")
	fmt.Println(d.Name, d.Describe())
	fmt.Printf("%v\n%+v\n", d, d)

	p := Puppy{Dog: Dog{Animal: Animal{Name: "Bit", Legs: 4}, Breed: "pug"}, AgeWeeks: 9}
	fmt.Println(p.Name, p.Breed, p.Sound(), p.Describe(), p.AgeWeeks)
	p.Rename("Byte")
	p.Legs--
	fmt.Println(p.Dog.Animal.Name, p.Legs, p.Describe())
	pp := &p
	pp.Rename("Nibble")
	fmt.Println(pp.Name, pp.Dog.Name)

	e := Entity{&Base{7}, "user"}
	fmt.Println(e.GetID(), e.ID, e.Kind)
	e.SetID(42)
	fmt.Println(e.GetID(), e.Base.ID)

	// Copy of a struct with an embedded struct copies it too.
	d2 := d
	d2.Rename("Copy")
	fmt.Println(d.Name, d2.Name, d == d2)
	d2.Name = "Max"
	fmt.Println(d == d2)
}

// Output:
// Rex 4 Rex
// Rex has 4 legs
// woof ...
// Max Max has 4 legs
// {{Max 4} collie}
// {Animal:{Name:Max Legs:4} Breed:collie}
// Bit pug woof Bit has 4 legs 9
// Byte 3 Byte has 3 legs
// Nibble Nibble
// 7 7 user
// 42 42
// Max Copy false
// true
