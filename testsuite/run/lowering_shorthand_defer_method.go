// run

// Composite literal shorthand for pointer keys and values of maps ({...}
// standing for &T{...}), and a deferred pointer-method call on a parameter
// (the receiver is evaluated at the defer statement).
package main

import "fmt"

type T struct{ a, b int }

func (t *T) step() { t.a++ }

func run(t *T, n int) {
	defer t.step()
	for i := 0; i < n; i++ {
		defer t.step()
	}
	t.b = t.a
}

func main() {
	m := map[int]*T{1: {1, 2}, 2: {}}
	fmt.Println(*m[1], *m[2], len(m))
	k := map[*T]string{{3, 4}: "x"}
	for key, v := range k {
		fmt.Println(*key, v)
	}
	nested := map[string]map[int]*T{"a": {7: {a: 7}}}
	fmt.Println(nested["a"][7].a)
	var t T
	run(&t, 3)
	fmt.Println(t)
}

// Output:
// {1 2} {0 0} 2
// {3 4} x
// 7
// {4 0}
