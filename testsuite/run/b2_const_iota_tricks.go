// run

// const/iota tricks: skipped values, multi-name specs, typed and untyped
// constants, huge shifts, local typed constants, Stringer on iota enums.
package main

import "fmt"

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

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func (s Size) String() string {
	switch {
	case s >= GB:
		return fmt.Sprintf("%.1fG", float64(s)/float64(GB))
	case s >= MB:
		return fmt.Sprintf("%.1fM", float64(s)/float64(MB))
	case s >= KB:
		return fmt.Sprintf("%.1fK", float64(s)/float64(KB))
	}
	return fmt.Sprintf("%dB", uint64(s))
}

const (
	a, b = iota, iota * 10
	c, d
	e, f = "e", iota
	g, h
)

const (
	x0 = iota * iota
	x1
	x2
	_
	x4
)

type Bits uint16

const (
	B0 Bits = 1 << iota
	B1
	B2
	B3
	Mask = B0 | B2
)

const typedF float32 = 1.0 / 3
const untypedF = 1.0 / 3
const bigShift = 1 << 62
const maxU = ^uint32(0)
const str = "const" + "ant"
const strLen = len(str)
const arrLen = len([4]int{})
const pi = 3.14159265358979323846264338327950288419716939937510582097494459

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, ":", d.Weekend(), " ")
	}
	fmt.Println()
	fmt.Println(KB, MB, GB, Size(1536), Size(3*MB+MB/2), Size(12), Size(5*GB))
	fmt.Println(a, b, c, d, e, f, g, h)
	fmt.Println(x0, x1, x2, x4)
	fmt.Println(B0, B1, B2, B3, Mask, Mask&B2 != 0, Mask&^B0)
	fmt.Printf("%T %v %T %v\n", typedF, typedF, untypedF, untypedF)
	fmt.Println(bigShift, maxU, str, strLen, arrLen)
	fmt.Println(pi, float32(pi), pi*2)
	var f32 float32 = untypedF
	fmt.Println(f32 == typedF, float64(typedF) == untypedF)
	const huge = 1 << 200
	fmt.Println(huge>>198, huge/(1<<199))
	type Level int8
	const (
		Debug Level = iota - 2
		Info
		Warn
		Error
	)
	fmt.Println(Debug, Info, Warn, Error)
	fmt.Printf("%T %d\n", Warn, Error-Debug)
	const c1 = 'a' + 1
	const c2 = "x" + string(rune(c1))
	fmt.Println(c1, c2, string(rune(c1)))
	var days []Weekday
	for d := range Weekday(7) {
		if d%2 == 1 {
			days = append(days, d)
		}
	}
	fmt.Println(days, len(days))
	fmt.Printf("%v %d %s\n", Friday, Friday, Tuesday)
	const mixed = 5 / 2 * 2.0
	const mixed2 = 5.0 / 2 * 2
	fmt.Println(mixed, mixed2, 7/2*2, 1e2)
}
