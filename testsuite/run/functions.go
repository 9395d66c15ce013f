// run

// Functions: multiple results, named results with bare returns, results
// modified before a bare return, blank parameters, variadic-free helpers.
package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minmax(a [6]int) (min, max int) {
	min, max = a[0], a[0]
	for _, v := range a {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	return
}

func parse(s string) (n int, ok bool) {
	if len(s) == 0 {
		return // zero values
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return n, false
		}
		n = n*10 + int(c-'0')
	}
	ok = true
	return
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func named() (s string, n int) {
	s, n = "start", 1
	if n > 0 {
		s := "shadow" // a new variable; the result s is unchanged
		_ = s
		n = 2
	}
	return
}

func apply(x int, _ string, op byte) int {
	switch op {
	case '+':
		return x + x
	case '*':
		return x * x
	}
	return x
}

func swap3(a, b, c string) (string, string, string) { return c, a, b }

func sumDigits(n int) (s int) {
	for ; n > 0; n /= 10 {
		s += n % 10
	}
	return s
}

func main() {
	q, r := divmod(47, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-47, 5))
	fmt.Println(minmax([6]int{4, -2, 9, 0, 9, -7}))
	for _, s := range [...]string{"123", "", "12a", "007"} {
		n, ok := parse(s)
		fmt.Printf("%q -> %d %t\n", s, n, ok)
	}
	fmt.Println(split(17))
	fmt.Println(named())
	fmt.Println(apply(7, "ignored", '+'), apply(7, "", '*'), apply(7, "", '-'))
	fmt.Println(swap3("a", "b", "c"))
	a, b, c := swap3(swap3("x", "y", "z"))
	fmt.Println(a, b, c)
	fmt.Println(sumDigits(987654321), sumDigits(0))
	fmt.Println(divmod(divmod(100, 7)))
}

// Output:
// 9 2
// -9 -2
// -7 9
// "123" -> 123 true
// "" -> 0 false
// "12a" -> 12 false
// "007" -> 7 true
// 7 10
// start 2
// 14 49 7
// c a b
// y z x
// 45 0
// 7 0
