// run

// Interfaces holding nil pointers (non-nil error), nil-receiver methods,
// comparisons of interfaces with nil, recovering a nil dereference.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func mayFailOK(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Animal interface{ Sound() string }

type Dog struct{ name string }

func (d *Dog) Sound() string {
	if d == nil {
		return "silent nil dog"
	}
	return d.name + " woofs"
}

type Cat struct{}

func (Cat) Sound() string { return "meow" }

func main() {
	e1 := mayFail(false)
	e2 := mayFailOK(false)
	fmt.Println(e1 == nil, e2 == nil, e1)
	fmt.Printf("%T %v %T %v\n", e1, e1, e2, e2)
	if e1 != nil {
		fmt.Println("non-nil interface holding nil pointer:", e1.Error())
	}
	var me *MyErr
	fmt.Println(e1 == error(me), errors.New("x") == errors.New("x"))
	var a Animal
	fmt.Println(a == nil)
	var d *Dog
	a = d
	fmt.Println(a == nil, a.Sound())
	a = &Dog{"rex"}
	fmt.Println(a.Sound())
	a = Cat{}
	fmt.Println(a.Sound(), a == Cat{})
	animals := []Animal{Cat{}, (*Dog)(nil), &Dog{"fido"}, nil}
	for i, an := range animals {
		if an == nil {
			fmt.Println(i, "nil animal")
			continue
		}
		switch v := an.(type) {
		case *Dog:
			fmt.Println(i, "dog", v == nil, v.Sound())
		case Cat:
			fmt.Println(i, "cat", v.Sound())
		}
	}
	var x any = (*int)(nil)
	fmt.Println(x == nil, x.(*int) == nil)
	_, ok := x.(*string)
	fmt.Println(ok)
	var y any
	_, ok = y.(any)
	fmt.Println(ok)
	var m map[string]int
	var s []int
	var f func()
	var ch chan int
	fmt.Println(any(m) == nil, any(s) == nil, any(f) == nil, any(ch) == nil)
	fmt.Printf("%v %v %v %d\n", m, s, ch, len(m))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err := r.(error)
		fmt.Println(err.Error())
	}()
	var dp *Dog
	fmt.Println(dp.Sound())
	fmt.Println(dp.name)
}

// Output:
// false true nil MyErr
// *main.MyErr nil MyErr <nil> <nil>
// non-nil interface holding nil pointer: nil MyErr
// true false
// true
// false silent nil dog
// rex woofs
// meow true
// 0 cat meow
// 1 dog true silent nil dog
// 2 dog false fido woofs
// 3 nil animal
// false true
// false
// false
// false false false false
// map[] [] <nil> 0
// silent nil dog
// recovered: runtime error: invalid memory address or nil pointer dereference
// runtime error: invalid memory address or nil pointer dereference
