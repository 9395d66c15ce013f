// run

// Labelled break and continue in nested loops (including out of a switch),
// and goto for loops and forward jumps.
package main

import "fmt"

func findPair(target int) (int, int) {
	a, b := -1, -1
outer:
	for i := 1; i < 10; i++ {
		for j := i; j < 10; j++ {
			if i*j == target {
				a, b = i, j
				break outer
			}
		}
	}
	return a, b
}

func primes(limit int) int {
	count := 0
next:
	for n := 2; n < limit; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue next
			}
		}
		count++
	}
	return count
}

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func main() {
	fmt.Println(findPair(42))
	fmt.Println(findPair(97))
	fmt.Println(primes(100), primes(1000))
	fmt.Println(gcd(1071, 462), gcd(17, 5))

	// break out of a loop from inside a switch needs a label.
	i := 0
loop:
	for ; ; i++ {
		switch {
		case i == 3:
			continue
		case i > 5:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println("stopped at", i)

	// Labelled continue from a nested range loop.
	grid := [3][3]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	sum := 0
rows:
	for r, row := range grid {
		for _, v := range row {
			if v < 0 {
				fmt.Println("skipping rest of row", r)
				continue rows
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	// goto forward over code.
	n := 0
	if n == 0 {
		goto done
	}
	fmt.Println("not printed")
done:
	fmt.Println("done")

	// goto-based loop counting down.
	k := 3
again:
	fmt.Print(" ", k)
	k--
	if k > 0 {
		goto again
	}
	fmt.Println()
}

// Output:
// 6 7
// -1 -1
// 25 168
// 21 1
// 0 1 2 4 5 stopped at 6
// skipping rest of row 1
// sum 34
// done
//  3 2 1
