// run

// defer, panic and recover: order, loops of defers, named results, recovering runtime
// errors (nil map, index, nil dereference, division, assertion), re-panics, nested frames,
// recover in goroutines, errors.New, fmt.Errorf with %w, strconv.Itoa.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func say(args ...interface{}) { fmt.Println(args...) }

func order() {
	for i := 0; i < 3; i++ {
		defer say("deferred", i)
	}
	fmt.Println("body done")
}

func many(n int) (sum int) {
	for i := 0; i < n; i++ {
		defer func(i int) { sum += i }(i)
	}
	return 0
}

func named() (x int, s string) {
	defer func() {
		x *= 2
		s += "!"
	}()
	x, s = 21, "hi"
	return
}

func returnValue() (r int) {
	defer func() { r++ }()
	return 41
}

func recovers() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	panic("boom")
}

func recoverNilMap() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprintf("%T: %v", r, r)
	}()
	var m map[string]int
	m["x"] = 1
	return "unreachable"
}

func recoverIndex(i int) (msg string) {
	defer func() {
		if e, ok := recover().(error); ok {
			msg = "error: " + e.Error()
		}
	}()
	s := []int{1, 2, 3}
	return strconv.Itoa(s[i])
}

type T struct{ v int }

func recoverNil() (msg string) {
	defer func() {
		msg = fmt.Sprint(recover())
	}()
	var p *T
	return strconv.Itoa(p.v)
}

func recoverDivide(a, b int) (q int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	return a / b, "ok"
}

func recoverAssert(x interface{}) (msg string) {
	defer func() {
		msg = fmt.Sprint(recover())
	}()
	return x.(string)
}

func handler(tag string) {
	if r := recover(); r != nil {
		fmt.Println(tag, "handled", r)
	}
}

func viaNamedHandler() {
	defer handler("named")
	panic(errors.New("named handler panic"))
}

func rePanic() (msg string) {
	defer func() {
		msg = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-", r))
	}()
	panic("first")
}

func nested() {
	defer say("nested: outer deferred runs")
	func() {
		defer func() {
			fmt.Println("nested: inner recovered", recover())
		}()
		panic("inner")
	}()
	fmt.Println("nested: continues after inner recovery")
}

func recoverNotPanicking() {
	defer func() {
		fmt.Println("recover without panic:", recover())
	}()
}

func deferArgsEvaluatedEarly() {
	x := 1
	defer say("x at defer time:", x)
	x = 2
	defer func() { fmt.Println("x at return:", x) }()
	x = 3
}

type closer struct{ name string }

func (c *closer) Close() { fmt.Println("closing", c.name) }

func methods() {
	a := &closer{"a"}
	b := &closer{"b"}
	defer a.Close()
	defer b.Close()
	fmt.Println("using a and b")
}

func panicInDeferDuringReturn() (msg string) {
	defer func() { msg = fmt.Sprint("caught: ", recover()) }()
	defer func() { panic("from deferred during normal return") }()
	return "normal"
}

func goroutineRecover() {
	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint("goroutine recovered: ", recover()) }()
		var a []int
		_ = a[3]
	}()
	fmt.Println(<-done)
}

func deepPanic(n int) {
	if n == 0 {
		panic(fmt.Sprint("deep ", n))
	}
	defer func() {
		if n == 5 {
			fmt.Println("recovered at 5:", recover())
		}
	}()
	deepPanic(n - 1)
}

func main() {
	order()
	fmt.Println("many:", many(100))
	fmt.Println(named())
	fmt.Println(returnValue())
	fmt.Println(recovers())
	fmt.Println(recoverNilMap())
	fmt.Println(recoverIndex(1), recoverIndex(5))
	fmt.Println(recoverNil())
	fmt.Println(recoverDivide(7, 2))
	fmt.Println(recoverDivide(7, 0))
	fmt.Println(recoverAssert("s"), recoverAssert(3))
	viaNamedHandler()
	fmt.Println(rePanic())
	nested()
	recoverNotPanicking()
	deferArgsEvaluatedEarly()
	methods()
	fmt.Println(panicInDeferDuringReturn())
	goroutineRecover()
	deepPanic(10)
	fmt.Println(strconv.Itoa(-5), strconv.Itoa(0), strconv.Itoa(42), strconv.Itoa(100), strconv.Itoa(-9223372036854775808))
	e1 := errors.New("base")
	e2 := fmt.Errorf("wrapped: %w", e1)
	fmt.Printf("%v|%T|%v|%T\n", e1, e1, e2, e2)
	fmt.Println(e1 == e1, e1 == errors.New("base"))
}

// Output:
// body done
// deferred 2
// deferred 1
// deferred 0
// many: 4950
// 42 hi!
// 42
// recovered: boom
// runtime.plainError: assignment to entry in nil map
// 2 error: runtime error: index out of range [5] with length 3
// runtime error: invalid memory address or nil pointer dereference
// 3 ok
// 0 runtime error: integer divide by zero
// <nil> interface conversion: interface {} is int, not string
// named handled named handler panic
// final: re-first
// nested: inner recovered inner
// nested: continues after inner recovery
// nested: outer deferred runs
// recover without panic: <nil>
// x at return: 3
// x at defer time: 1
// using a and b
// closing b
// closing a
// caught: from deferred during normal return
// goroutine recovered: runtime error: index out of range [3] with length 0
// recovered at 5: deep 0
// -5 0 42 100 -9223372036854775808
// base|*errors.errorString|wrapped: base|*fmt.wrapError
// true false
