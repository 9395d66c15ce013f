// run

// Calls with more arguments and results than fit in registers, mixing
// integer, float, string, struct and array parameters of every size.
package main

import "fmt"

type Pair struct {
	A int8
	B float32
}

type Big struct {
	X, Y, Z int64
	Name    string
	Flags   [3]bool
}

func sum12(a, b, c, d, e, f, g, h, i, j, k, l int) int {
	return a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h + 9*i + 10*j + 11*k + 12*l
}

func mixed(a int8, b float64, c uint16, d float32, e string, f int64, g bool, h byte, i float64, j int32, k uint64, l float32, m string) string {
	return fmt.Sprint(a, b, c, d, e, f, g, h, i, j, k, l, m)
}

func floats(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q float64) float64 {
	return a - b + c - d + e - f + g - h + i - j + k - l + m - n + o - p + q
}

func structs(p Pair, b Big, q Pair, arr [4]int16) (Pair, Big, int) {
	p.A += q.A
	p.B *= q.B
	b.X, b.Z = b.Z, b.X
	b.Name += "!"
	b.Flags[1] = !b.Flags[1]
	s := 0
	for _, v := range arr {
		s += int(v)
	}
	return p, b, s
}

func results() (int, int, int, int, int, int, int, int, int, int, string, float64) {
	return 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "eleven", 12.5
}

func chain(a, b, c, d, e, f, g, h, i, j int) int {
	if a == 0 {
		return b + c + d + e + f + g + h + i + j
	}
	return chain(a-1, j, b, c, d, e, f, g, h, i) + a
}

func main() {
	fmt.Println(sum12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
	fmt.Println(mixed(-8, 1.5, 65535, 0.25, "e", -1<<40, true, 'h', 2.75, -32, 1<<63, 3.5, "m"))
	fmt.Println(floats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17))
	p, b, s := structs(Pair{3, 1.5}, Big{1, 2, 3, "big", [3]bool{true, false, true}}, Pair{4, 2}, [4]int16{100, -200, 300, -400})
	fmt.Printf("%+v %+v %d\n", p, b, s)
	r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12 := results()
	fmt.Println(r1+r2+r3+r4+r5+r6+r7+r8+r9+r10, r11, r12)
	fmt.Println(chain(5, 1, 2, 3, 4, 5, 6, 7, 8, 9))
}

// Output:
// 650
// -8 1.5 65535 0.25e-1099511627776 true 104 2.75 -32 9223372036854775808 3.5m
// 9
// {A:7 B:3} {X:3 Y:2 Z:1 Name:big! Flags:[true true true]} -200
// 55 eleven 12.5
// 60
