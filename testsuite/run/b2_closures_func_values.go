// run

// Function values in maps, closures sharing state, composition, memoised
// recursion through a closure, method values bound to a pointer, Go 1.22 loop vars.
package main

import (
	"fmt"
	"strconv"
)

type Op func(a, b int) (int, error)

type Calc struct {
	ops     map[string]Op
	history []string
}

func (c *Calc) Register(name string, op Op) { c.ops[name] = op }

func (c *Calc) Do(name string, a, b int) string {
	op, ok := c.ops[name]
	if !ok {
		return "unknown op " + name
	}
	r, err := op(a, b)
	var s string
	if err != nil {
		s = fmt.Sprintf("%s(%d,%d): error: %v", name, a, b, err)
	} else {
		s = name + "(" + strconv.Itoa(a) + "," + strconv.Itoa(b) + ")=" + strconv.Itoa(r)
	}
	c.history = append(c.history, s)
	return s
}

func makeCounter(start int) (inc func() int, get func() int, reset func()) {
	n := start
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = start }
	return
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Get() int   { return a.total }

func main() {
	c := &Calc{ops: map[string]Op{}}
	c.Register("add", func(a, b int) (int, error) { return a + b, nil })
	c.Register("div", func(a, b int) (int, error) {
		if b == 0 {
			return 0, fmt.Errorf("divide %d by zero", a)
		}
		return a / b, nil
	})
	c.Register("pow", func(a, b int) (int, error) {
		r := 1
		for i := 0; i < b; i++ {
			r *= a
		}
		return r, nil
	})
	fmt.Println(c.Do("add", 2, 3))
	fmt.Println(c.Do("div", 7, 0))
	fmt.Println(c.Do("div", -7, 2))
	fmt.Println(c.Do("pow", 3, 4))
	fmt.Println(c.Do("mod", 1, 1))
	fmt.Println(len(c.history), c.history[len(c.history)-1])

	inc, get, reset := makeCounter(10)
	inc()
	inc()
	fmt.Println(get(), inc())
	reset()
	fmt.Println(get())

	double := func(x int) int { return x * 2 }
	addOne := func(x int) int { return x + 1 }
	fmt.Println(compose(double, addOne)(5), compose(addOne, double)(5), compose()(5))

	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)

	var acc Acc
	add := acc.Add
	get2 := acc.Get
	for i := 1; i <= 4; i++ {
		add(i)
	}
	fmt.Println(acc.total, get2(), acc.Get())

	var funcs []func() string
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() string { return fmt.Sprint("i=", i) })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var nilf func()
	fmt.Println(nilf == nil, fmt.Sprintf("%T", fib), fmt.Sprintf("%T", c.Do))
	table := [...]func(float64) float64{
		func(x float64) float64 { return x * x },
		func(x float64) float64 { return x / 3 },
	}
	for i, f := range table {
		fmt.Printf("%d %.4f %v\n", i, f(2.5), f(1))
	}
}
