// run

// defer/recover: named results set from deferred closures, runtime errors
// turned into errors, nested panics, recover in nested function, defer in loops.
package main

import (
	"errors"
	"fmt"
)

type Tx struct {
	log []string
}

func (t *Tx) step(name string) { t.log = append(t.log, name) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func safeIndex(s []string, i int) (v string, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = re
			} else {
				err = errors.New("unknown")
			}
		}
	}()
	return s[i], nil
}

func run(t *Tx, fail int) (err error) {
	defer t.step("cleanup")
	for i := 0; i < 3; i++ {
		defer func(n int) { t.step(fmt.Sprint("undo", n)) }(i)
		if i == fail {
			panic(fmt.Sprintf("step %d failed", i))
		}
		t.step(fmt.Sprint("do", i))
	}
	return nil
}

func wrapped(t *Tx, fail int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("wrapped: %v", r)
		}
	}()
	return run(t, fail)
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	n = 1
	return n + 1
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	p := &x
	defer func() { fmt.Println("closure x =", *p) }()
	x = 42
}

type resource struct{ name string }

func (r resource) Close() { fmt.Println("close", r.name) }

func useResources() {
	for _, n := range []string{"a", "b", "c"} {
		r := resource{n}
		defer r.Close()
	}
	fmt.Println("using")
}

func nestedPanic() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer got: ", recover())
	}()
	defer func() {
		panic("second panic")
	}()
	panic("first panic")
}

func recoverInNested() (s string) {
	defer func() {
		func() {
			s = fmt.Sprint("inner recover: ", recover())
		}()
	}()
	defer func() { s = fmt.Sprint(recover()) }()
	panic("x")
}

func main() {
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(safeIndex([]string{"a"}, 0))
	fmt.Println(safeIndex([]string{"a"}, 3))
	for _, f := range []int{-1, 1} {
		t := &Tx{}
		err := wrapped(t, f)
		fmt.Println(err, t.log)
	}
	fmt.Println(counter())
	deferArgs()
	useResources()
	fmt.Println(nestedPanic())
	fmt.Println(recoverInNested())
	fmt.Println(recover())
	var err error
	func() {
		defer func() {
			r := recover()
			err, _ = r.(error)
		}()
		var m map[string][]int
		m["k"] = append(m["k"], 1)
	}()
	fmt.Println(err)
	func() {
		defer func() { fmt.Println(recover()) }()
		var arr [5]int
		idx := 7
		arr[idx%8] = 1
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var i any = 3
		_ = i.(string)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		s := []int{1, 2, 3}
		lo, hi := 2, 1
		_ = s[lo:hi]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		panic(errors.New("custom error"))
	}()
}

// Output:
// 3 <nil>
// 0 recovered: runtime error: integer divide by zero
// a <nil>
//  runtime error: index out of range [3] with length 1
// <nil> [do0 do1 do2 undo2 undo1 undo0 cleanup]
// wrapped: step 1 failed [do0 undo1 undo0 cleanup]
// 10
// closure x = 42
// deferred x = 1
// using
// close c
// close b
// close a
// outer got: second panic
// inner recover: <nil>
// <nil>
// assignment to entry in nil map
// runtime error: index out of range [7] with length 5
// interface conversion: interface {} is int, not string
// runtime error: slice bounds out of range [2:1]
// custom error
