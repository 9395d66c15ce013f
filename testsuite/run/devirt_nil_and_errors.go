// run

// Devirtualized calls keep Go's semantics: a method called on an interface
// that may be nil (a nil assignment, a failed comma-ok assertion) still
// panics with a nil dereference even when the method never touches its
// receiver, and an inlined errors.New's error, whose Error() is inlined,
// still prints, compares and reports its type like any error.

package main

import (
	"errors"
	"fmt"
)

type N struct{}

func (n *N) Hello() string { return "hello" }

type H interface{ Hello() string }

type S struct{ n int }

func (s *S) Set(v int) { s.n = v }

type Setter interface{ Set(int) }

func pick(c bool) string {
	var h H
	if c {
		h = &N{}
	}
	return h.Hello()
}

func asserted(i any) string {
	var n N
	var a any = &n
	if i != nil {
		a = i
	}
	h, _ := a.(H)
	return h.Hello()
}

func set(i any) int {
	var s S
	var a any = &s
	switch v := a.(type) {
	case Setter:
		v.Set(7)
	}
	if st, ok := a.(Setter); ok {
		st.Set(st.(*S).n + 1)
	}
	return s.n
}

func try(f func() string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	fmt.Println(f())
}

func main() {
	try(func() string { return pick(true) })
	try(func() string { return pick(false) })
	try(func() string { return asserted(nil) })
	try(func() string { return asserted(5) })
	fmt.Println(set(nil))
	err := errors.New("local")
	fmt.Println(err.Error())
	var e2 error = err
	fmt.Println(e2.Error(), e2 == err, err == errors.New("local"))
	fmt.Printf("%T %v %q\n", err, err, e2.Error())
}

// Output:
// hello
// recovered: runtime error: invalid memory address or nil pointer dereference
// hello
// recovered: runtime error: invalid memory address or nil pointer dereference
// 8
// local
// local true false
// *errors.errorString local "local"
