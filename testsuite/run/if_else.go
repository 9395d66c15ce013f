// run

// if/else chains, if with an init statement whose variables are scoped to
// all branches, and nested conditions.
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		if n > 100 {
			return "big even"
		}
		return "even"
	} else {
		return "odd"
	}
}

func grade(score int) (g string) {
	if score >= 90 {
		g = "A"
	} else if score >= 80 {
		g = "B"
	} else if score >= 70 {
		g = "C"
	} else {
		g = "F"
	}
	return
}

func divide(a, b int) (int, bool) {
	if b == 0 {
		return 0, false
	}
	return a / b, true
}

func main() {
	for _, n := range [...]int{-5, 0, 4, 7, 102} {
		fmt.Println(n, classify(n))
	}
	for _, s := range [...]int{95, 85, 75, 65, 90, 89} {
		fmt.Print(grade(s))
	}
	fmt.Println()

	if q, ok := divide(17, 5); ok {
		fmt.Println("quotient", q)
	}
	if q, ok := divide(1, 0); !ok {
		fmt.Println("cannot divide, q =", q)
	} else {
		fmt.Println("unreachable", q)
	}
	if x := 10; x > 5 {
		x *= 2
		fmt.Println("x =", x)
	} else if y := x * 3; y > 0 {
		fmt.Println("y =", y)
	} else {
		fmt.Println(x, y)
	}
	if x := 1; x > 5 {
		fmt.Println("no")
	} else if y := x * 3; y > 2 {
		fmt.Println("x, y =", x, y)
	}

	a, b, c := 3, 7, 5
	max := a
	if b > max {
		max = b
	}
	if c > max {
		max = c
	}
	fmt.Println("max", max)
	leap := func_leap(2024) && !func_leap(1900) && func_leap(2000) && !func_leap(2023)
	fmt.Println("leap rules ok:", leap)
}

func func_leap(y int) bool {
	if y%400 == 0 {
		return true
	}
	if y%100 == 0 {
		return false
	}
	return y%4 == 0
}

// Output:
// -5 negative
// 0 zero
// 4 even
// 7 odd
// 102 big even
// ABCFAB
// quotient 3
// cannot divide, q = 0
// x = 20
// x, y = 1 3
// max 7
// leap rules ok: true
