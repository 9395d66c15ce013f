// run

// fmt verbs, flags, widths and precisions on structs, nested values, maps,
// Stringers, named types, errors, bad verbs and missing/extra arguments.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return "color?"
}

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Any   any
	Col   Color
	Err   error
	flag  bool
	bytes []byte
}

type Celsius float64

type Pair [2]int16

func main() {
	in := Inner{7, "seven"}
	o := Outer{Name: "o", In: in, List: []int{1, 2}, M: map[string]int{"b": 2, "a": 1}, Any: 3.5, Col: Green, flag: true, bytes: []byte("hi")}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", in)
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]bool{"x": true}, [2]string{"a", "b"})
	fmt.Printf("%T %T %T %T %T\n", o, &in, o.List, o.M, o.Any)
	fmt.Printf("%T %T %T %T\n", Red, Celsius(1), Pair{}, errors.New("e"))
	fmt.Printf("%v %d %s %x %q\n", Blue, Blue, Red, Green, Red)
	fmt.Printf("%#v %#v %#v\n", Blue, Celsius(2.5), Pair{1, -2})
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%X] [%#x] [%o] [%#o] [%b]\n", 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 5)
	fmt.Printf("[%8.3f] [%-8.2f] [%08.3f] [%+.1f] [%e] [%E] [%g] [%G]\n", 3.14159, 2.5, -3.14159, 2.25, 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("[%.0f] [%.0f] [%.0f] [%g] [%g] [%v] [%v]\n", 0.5, 1.5, 2.5, 100000.0, 1000000.0, float32(0.1), 0.1)
	fmt.Printf("[%6.2f%%] [%x] [%X] [% x] [%#x]\n", 99.5, "hello", []byte{1, 171}, "abc", "hi")
	fmt.Printf("[%10s] [%-10s] [%.3s] [%10.2s] [%q] [%#q] [%+q]\n", "right", "left", "truncate", "ab", "tab\there", "raw", "é")
	fmt.Printf("[%c] [%U] [%#U] [%q] [%d]\n", 'G', 'é', '世', 'x', 'x')
	fmt.Printf("[%t] [%v] [%5t]\n", true, false, true)
	fmt.Printf("[%v] [%d] [%s]\n", []string{"a", "b"}, []int8{-1, 2}, []string{"x"})
	fmt.Printf("[%v] [%v] [%+v]\n", &in, &o.List, &[]Inner{in})
	fmt.Printf("[%v] [%+v] [%s]\n", o.Ptr, o.Err, o.Err)
	fmt.Printf("[%p]\n", nil)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%v %v %v\n", int8(-128), uint8(255), uint64(1<<63))
	fmt.Printf("%x %X %x\n", -255, int8(-1), uint16(0xbeef))
	fmt.Printf("%08b %3c| %-4q|\n", 5, 'z', 'y')
	fmt.Printf("%6.2v|%v|%.2v\n", 3.14159, 1e6, "hello")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, true))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", 3, 4, "\n")
	var np *Inner
	var ni any
	var ne error
	fmt.Println(np, ni, ne, []any{nil, 1}, map[int]any{1: nil})
	fmt.Printf("%v %+v %#v %T\n", ni, ni, ni, ni)
	fmt.Printf("%s %v\n", []any{1, "a"}, struct {
		X int
		y []string
	}{1, []string{"q"}})
	fmt.Printf("%v %s\n", errors.New("boom"), fmt.Errorf("wrap: %w", errors.New("inner")))
	fmt.Printf("%5v|%-6v|%3v\n", Red, true, []int{1, 2})
	fmt.Printf("%x %X\n", Pair{10, 11}, []int{255, 16})
	fmt.Printf("%q\n", []string{"a b", "c\"d"})
	fmt.Printf("%#v\n", o.List[:0])
	fmt.Printf("%#v %#v\n", []string(nil), map[string]int(nil))
	fmt.Printf("%v %.2f %5.1f\n", Celsius(36.6), Celsius(1)/3, float32(2.25))
	fmt.Printf("%t %v\n", 1, struct{}{})
}

// Output:
// {o {7 seven} <nil> [1 2] map[a:1 b:2] 3.5 green <nil> true [104 105]}
// {Name:o In:{A:7 B:seven} Ptr:<nil> List:[1 2] M:map[a:1 b:2] Any:3.5 Col:green Err:<nil> flag:true bytes:[104 105]}
// main.Inner{A:7, B:"seven"}
// []int{1} map[string]bool{"x":true} [2]string{"a", "b"}
// main.Outer *main.Inner []int map[string]int float64
// main.Color main.Celsius main.Pair *errors.errorString
// color? 3 red 677265656e "red"
// 3 2.5 main.Pair{1, -2}
// [   42] [42   ] [00042] [+42] [ 42] [ff] [FF] [0xff] [10] [010] [101]
// [   3.142] [2.50    ] [-003.142] [+2.2] [1.234568e+05] [1.230000E-04] [1e+21] [1E-07]
// [0] [2] [2] [100000] [1e+06] [0.1] [0.1]
// [ 99.50%] [68656c6c6f] [01AB] [61 62 63] [0x6869]
// [     right] [left      ] [tru] [        ab] ["tab\there"] [`raw`] ["\u00e9"]
// [G] [U+00E9] [U+4E16 '世'] ['x'] [120]
// [true] [false] [ true]
// [[a b]] [[-1 2]] [[x]]
// [&{7 seven}] [&[1 2]] [&[{A:7 B:seven}]]
// [<nil>] [<nil>] [%!s(<nil>)]
// [%!p(<nil>)]
// %!d(string=str) %!s(int=5)
// %!d(MISSING)
// 1 2
// %!(EXTRA int=3)%!!(int=1)
// [     1] [2   ] [3.14]
// -128 255 9223372036854775808
// -ff -1 beef
// 00000101   z| 'y' |
//    3.1|1e+06|he
// a1 2bc3 <nil> true
// x 1
// |
// 1 2
// ab3 4
// <nil> <nil> <nil> [<nil> 1] map[1:<nil>]
// <nil> <nil> <nil> <nil>
// [%!s(int=1) a] {1 [q]}
// boom wrap: inner
//   red|true  |[  1   2]
// [a b] [FF 10]
// ["a b" "c\"d"]
// []int{}
// []string(nil) map[string]int(nil)
// 36.6 0.33   2.2
// %!t(int=1) {}
