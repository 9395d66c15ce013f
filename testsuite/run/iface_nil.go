// run

// A nil pointer stored in an interface makes a non-nil interface; the
// classic error-returning pitfall; methods with pointer receivers can
// be called on nil pointers through the interface.
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

type List struct {
	val  int
	next *List
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.val + l.next.Sum()
}

type Summer interface{ Sum() int }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // never a nil interface
}

func mayFailCorrect(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	e2 := mayFailCorrect(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Println(e1)
	fmt.Println(e1.Error())
	fmt.Println(mayFail(true), mayFailCorrect(true))

	var l *List
	var s Summer = l
	fmt.Println(s != nil, s.Sum())
	l = &List{1, &List{2, &List{3, nil}}}
	s = l
	fmt.Println(s.Sum())

	var i interface{}
	fmt.Println(i == nil, i)
	i = (*int)(nil)
	fmt.Println(i == nil, i)
	i = nil
	fmt.Printf("%v %T\n", i, i)

	var ptr *MyErr
	var err error = ptr
	if me, ok := err.(*MyErr); ok {
		fmt.Println("assert ok", me == nil)
	}
	fmt.Printf("%T %v\n", err, err == nil)

	errs := []error{nil, ptr, mayFailCorrect(false)}
	n := 0
	for _, e := range errs {
		if e != nil {
			n++
		}
	}
	fmt.Println(n)
}

// Output:
// false true
// <nil MyErr>
// <nil MyErr>
// failed failed
// true 0
// 6
// true <nil>
// false <nil>
// <nil> <nil>
// assert ok true
// *main.MyErr false
// 1
