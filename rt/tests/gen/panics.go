// Command panics triggers one gc panic selected by its argument; the messages it prints are the
// expectations in src/panic.rs and src/signal.rs. Run each case:
//   go build -o /tmp/panics ./tests/gen/panics.go && for c in idx idxneg ...; do /tmp/panics $c; done
//go:build ignore

package main

import (
	"errors"
	"fmt"
	"os"
)

type MyInt int
type MyStr string
type T struct{ A, B int }
type S struct{ A int }

func (s S) String() string { return "S-string" }

type E struct{}

func (e *E) Error() string { return "E-error" }
func (e *E) M()            {}

type I interface {
	M()
	N()
}
type J interface{ M() }
type U struct{}

func (U) M() {}

var zero = 0

func main() {
	fmt.Print("stdout-before ")
	a := []int{1, 2, 3}
	n := 5
	var x any = "str"
	var j J = U{}
	switch os.Args[1] {
	case "idx":
		_ = a[n]
	case "idxneg":
		m := -1
		_ = a[m]
	case "slen":
		_ = a[:n]
	case "scap":
		_ = a[:n:n]
	case "sb":
		lo, hi := 3, 2
		_ = a[lo:hi]
	case "str":
		s := "abc"
		_ = s[:n]
	case "convert":
		var arr []int
		_ = [3]int(arr)
	case "div":
		_ = 1 / zero
	case "nil":
		var p *T
		fmt.Println(p.A)
	case "shift":
		s := -1
		_ = 1 << s
	case "assert":
		_ = x.(int)
	case "assertnil":
		var y any
		_ = y.(int)
	case "assertT":
		_ = x.(T)
	case "assertmissing":
		var u any = U{}
		_ = u.(I)
	case "assertnilI":
		var y any
		_ = y.(I)
	case "assertJ":
		_ = j.(*U)
	case "pstr":
		panic("hello\nworld")
	case "perr":
		panic(errors.New("an error"))
	case "pint":
		panic(42)
	case "pmyint":
		panic(MyInt(5))
	case "pmystr":
		panic(MyStr("ms"))
	case "pfloat":
		panic(1.5)
	case "pcomplex":
		panic(complex(1, 2))
	case "pstruct":
		panic(T{1, 2})
	case "pstringer":
		panic(S{1})
	case "pptrerr":
		panic(&E{})
	case "pnil":
		panic(nil)
	case "pbool":
		panic(true)
	case "nilmap":
		var m map[string]int
		m["a"] = 1
	case "exit":
		os.Exit(3)
	}
}
