// run

// fmt uses String() for %v, %s and Println, both for values whose type
// has a value-receiver String and for pointers when String has a pointer
// receiver; %d on a Stringer integer type ignores String; Stringers
// nested in slices, structs and maps.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	case Tuesday:
		return "Tue"
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

type Vec struct{ X, Y int }

func (v *Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type Reading struct {
	Day  Weekday
	Temp Celsius
}

func describe(s fmt.Stringer) string { return "[" + s.String() + "]" }

func main() {
	t := Celsius(21.456)
	fmt.Println(t)
	fmt.Printf("%v %s %.2f\n", t, t, float64(t))

	d := Monday
	fmt.Println(d, Weekday(7))
	fmt.Printf("%v %d %s\n", d, d, Tuesday)

	v := Vec{1, 2}
	fmt.Println(&v)
	fmt.Printf("%v %+v\n", v, v)

	days := []Weekday{Tuesday, Sunday, Monday}
	fmt.Println(days)

	r := Reading{Monday, 19.5}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)

	m := map[Weekday]Celsius{Tuesday: 3, Sunday: -2.25}
	fmt.Println(m)

	var list []fmt.Stringer
	list = append(list, t, d, &v)
	for _, s := range list {
		fmt.Println(describe(s))
	}
	s := fmt.Sprint(d, " ", t)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%v|%v", days[0], &Vec{3, 4}))
}

// Output:
// 21.5°C
// 21.5°C 21.5°C 21.46
// Mon Weekday(7)
// Mon 1 Tue
// <1,2>
// {1 2} {X:1 Y:2}
// [Tue Sun Mon]
// {Mon 19.5°C}
// {Day:Mon Temp:19.5°C}
// map[Sun:-2.2°C Tue:3.0°C]
// [21.5°C]
// [Mon]
// [<1,2>]
// Mon 21.5°C 11
// Tue|<3,4>
