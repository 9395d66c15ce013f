// errorcheck -0 -m -l

// gc reads a multi-value argument f(g()) and a callee that calls or receives
// into temporaries .autotmp_N, N counting the function's variables declared so
// far (receiver, parameters, results, locals, earlier temporaries).

package escape

import "fmt"

func two() (int, string) { return 1, "a" }

func take(a int, b string) int { return a } // ERROR "b does not escape$"

func takeAny(a, b any) int { return 0 } // ERROR "a does not escape$" "b does not escape$"

func compose(fs ...func(int) int) func(int) int { return fs[0] } // ERROR "leaking param: fs to result ~r0 level=1$"

func id(x int) int { return x }

type I interface{ M() int }

type B struct{}

func (B) M() int { return 1 }

func getI() I { return B{} } // ERROR "B\{\} escapes to heap$"

var fs = []func(int) int{id}

func first() {
	fmt.Println(two()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_0 escapes to heap$" "\.autotmp_1 escapes to heap$"
}

func counted(a, b int) (r int) {
	x := 1
	fmt.Println(two()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_4 escapes to heap$" "\.autotmp_5 escapes to heap$"
	v, ok := map[int]int{}[x] // ERROR "map\[int\]int\{\} does not escape$"
	if x > 0 {
		z := 3
		fmt.Println(two()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_11 escapes to heap$" "\.autotmp_12 escapes to heap$"
		_ = z
	}
	for i, w := range []int{1} { // ERROR "\[\]int\{\.\.\.\} does not escape$"
		_, _ = i, w
	}
	fmt.Println(take(two()), takeAny(two()), v, ok) // ERROR "\.\.\. argument does not escape$" "take\(int\(\.autotmp_15\), \.autotmp_16\) escapes to heap$" "takeAny\(\.autotmp_17, \.autotmp_18\) escapes to heap$" "\.autotmp_17 does not escape$" "\.autotmp_18 does not escape$" "v escapes to heap$" "ok escapes to heap$"
	return
}

func callees() {
	fmt.Println(compose(id)(5)) // ERROR "\.\.\. argument does not escape$" "\.autotmp_0\(5\) escapes to heap$"
	fmt.Println(getI().M()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_1\.M\(\) escapes to heap$"
	fmt.Println(fs[len(fs)-1](1)) // ERROR "\.\.\. argument does not escape$" "\.autotmp_2\(1\) escapes to heap$"
	fmt.Println(func() int { return id(1) }()) // ERROR "\.\.\. argument does not escape$" "\(func literal\)\(\) escapes to heap$" "func literal does not escape$"
}

func literal() {
	f := func(a, b int) { // ERROR "func literal does not escape$"
		c := 1
		fmt.Println(two()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_3 escapes to heap$" "\.autotmp_4 escapes to heap$"
		_ = c
	}
	f(1, 2)
	fmt.Println(two()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_1 escapes to heap$" "\.autotmp_2 escapes to heap$"
}
