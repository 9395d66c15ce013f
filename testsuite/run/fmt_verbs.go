// run

// Printf verbs for every basic type: %v %+v %d %s %q %x %X %c %t %f %e %g
// %T %b %o %U and %%.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Temp float64

func main() {
	i := 42
	n := -255
	u := uint8(200)
	var big uint64 = 1<<64 - 1
	fmt.Printf("%v %d %x %X %o %b\n", i, i, i, i, i, i)
	fmt.Printf("%d %x %X %o %b\n", n, n, n, n, n)
	fmt.Printf("%d %x %c %q %U\n", u, u, 'A', 'A', 'A')
	fmt.Printf("%d %x %X\n", big, big, uint32(big))
	fmt.Printf("%v %d %x\n", int8(-128), int16(-1), int32(-1))
	fmt.Printf("%#x %#X %#o %#b %#v\n", 255, 255, 8, 5, 255)

	f := 3.14159
	fmt.Printf("%v %f %e %E %g %G\n", f, f, f, f, f, f)
	fmt.Printf("%v %f %e %g\n", 1e6, 1e6, 1e6, 1e6)
	fmt.Printf("%v %g %v %g\n", 1e-3, 1e-3, 12345678.0, 123456789.0)
	fmt.Printf("%v %v %f\n", float32(0.1), Temp(36.6), float32(1)/3)

	s := "Hello, \"Gopher\"\n"
	fmt.Printf("%v|%s|%q|%x|%X\n", s, s, s, "hi", "Hi!")
	fmt.Printf("%q %q %q %+q\n", "tab\there", `back\slash`, "é世", "é世")
	fmt.Printf("%c%c%c %q %q\n", 'G', 'o', '世', '\n', '世')
	fmt.Printf("%x % x %X\n", "世界", "世界", "\x01\xff")

	b := true
	fmt.Printf("%t %v %t\n", b, !b, 1 > 2)

	p := Point{3, -4}
	fmt.Printf("%v %+v %d\n", p, p, p)
	fmt.Printf("%v %+v\n", &p, &p)
	arr := [3]int{1, 2, 3}
	fmt.Printf("%v %d %x %q\n", arr, arr, arr, [2]string{"a", "b"})

	fmt.Printf("%T %T %T %T %T %T %T %T\n", i, u, f, s, b, p, &p, arr)
	fmt.Printf("%T %T %T %T %T\n", 'x', byte(1), float32(1), Temp(1), [2][3]bool{})
	fmt.Printf("100%% done, %d%%\n", 50)
	fmt.Printf("%v %v\n", int64(-9223372036854775808), uint64(9223372036854775808))
}

// Output:
// 42 42 2a 2A 52 101010
// -255 -ff -FF -377 -11111111
// 200 c8 A 'A' U+0041
// 18446744073709551615 ffffffffffffffff FFFFFFFF
// -128 -1 -1
// 0xff 0XFF 010 0b101 255
// 3.14159 3.141590 3.141590e+00 3.141590E+00 3.14159 3.14159
// 1e+06 1000000.000000 1.000000e+06 1e+06
// 0.001 0.001 1.2345678e+07 1.23456789e+08
// 0.1 36.6 0.333333
// Hello, "Gopher"
// |Hello, "Gopher"
// |"Hello, \"Gopher\"\n"|6869|486921
// "tab\there" "back\\slash" "é世" "\u00e9\u4e16"
// Go世 '\n' '世'
// e4b896e7958c e4 b8 96 e7 95 8c 01FF
// true false false
// {3 -4} {X:3 Y:-4} {3 -4}
// &{3 -4} &{X:3 Y:-4}
// [1 2 3] [1 2 3] [1 2 3] ["a" "b"]
// int uint8 float64 string bool main.Point *main.Point [3]int
// int32 uint8 float32 main.Temp [2][3]bool
// 100% done, 50%
// -9223372036854775808 9223372036854775808
