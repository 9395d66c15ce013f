// run

// Closures with private state: counters, generators (fibonacci, range
// with step), accumulators sharing one variable, and closures that
// capture parameters and named results.
package main

import "fmt"

func counter() (inc func() int, get func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = 0 }
	return
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func stepper(from, step int) func() (int, bool) {
	return func() (int, bool) {
		if from > 20 {
			return 0, false
		}
		v := from
		from += step
		return v, true
	}
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	inc, get, reset := counter()
	inc()
	inc()
	fmt.Println(inc(), get())
	reset()
	fmt.Println(get(), inc())

	inc2, get2, _ := counter()
	inc2()
	fmt.Println(get(), get2())

	f := fib()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	next := stepper(3, 4)
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, ",")
	}
	fmt.Println()

	acc := adder(100)
	acc(10)
	acc(-3)
	fmt.Println(acc(0))

	double := func(x int) int { return x * 2 }
	plus1 := func(x int) int { return x + 1 }
	fmt.Println(compose(double, plus1)(5), compose(plus1, double)(5))
	chain := double
	for i := 0; i < 3; i++ {
		chain = compose(chain, plus1)
	}
	fmt.Println(chain(10))

	// a closure modifying a captured local seen after the call
	total := 0
	addAll := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
	}
	addAll(1, 2, 3)
	addAll()
	addAll([]int{10, 20}...)
	fmt.Println(total)

	// immediately invoked
	sq := func(n int) int { return n * n }(9)
	fmt.Println(sq)
}
