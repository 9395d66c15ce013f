// run

// == on interfaces: equal when dynamic types and values are equal;
// different dynamic types are never equal; comparing with concrete
// values; pointers compare by identity; structs by fields.
package main

import "fmt"

type Color int
type Shade int

type P struct {
	X int
	S string
}

type Token interface{ Kind() string }

type Ident string
type Num int

func (Ident) Kind() string { return "ident" }
func (Num) Kind() string   { return "num" }

func main() {
	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = Color(2), Shade(2)
	fmt.Println(a == b, a == Color(2), b == Shade(2))
	a, b = "go", "g"+"o"
	fmt.Println(a == b, a != b)
	a, b = P{1, "x"}, P{1, "x"}
	fmt.Println(a == b)
	b = P{2, "x"}
	fmt.Println(a == b)
	x, y := &P{}, &P{}
	a, b = x, x
	fmt.Println(a == b)
	b = y
	fmt.Println(a == b, *x == *y)
	a, b = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(a == b)
	a, b = 1.0, 1
	fmt.Println(a == b)
	a = nil
	fmt.Println(a == b, a == nil)

	toks := []Token{Ident("x"), Num(3), Ident("y"), Num(3), Ident("x")}
	for i := 0; i < len(toks); i++ {
		for j := i + 1; j < len(toks); j++ {
			if toks[i] == toks[j] {
				fmt.Println("dup", i, j, toks[i].Kind())
			}
		}
	}
	var t Token = Num(3)
	fmt.Println(t == Num(3), t == Token(Ident("3")), t != nil)

	// interface as map key and switch operand
	count := map[Token]int{}
	for _, tk := range toks {
		count[tk]++
	}
	fmt.Println(count[Ident("x")], count[Num(3)], count[Ident("z")], len(count))

	var e interface{} = Color(1)
	switch e {
	case 1:
		fmt.Println("int 1")
	case Color(1):
		fmt.Println("Color 1")
	}
}

// Output:
// true true
// true
// false
// false true true
// true false
// true
// false
// true
// false true
// true
// false
// false true
// dup 0 4 ident
// dup 1 3 num
// true false true
// 2 2 0 3
// Color 1
