// run

// Recursion: factorial, Fibonacci (naive and memoised in an array), Ackermann,
// mutual recursion, Towers of Hanoi, and permutations of an array.
package main

import "fmt"

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

var memo [91]int64

func fibm(n int) int64 {
	if n < 2 {
		return int64(n)
	}
	if memo[n] != 0 {
		return memo[n]
	}
	memo[n] = fibm(n-1) + fibm(n-2)
	return memo[n]
}

func ack(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

var moves int

func hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	if moves <= 3 || n == 10 {
		fmt.Println("move", moves, "disk", n, "from", from, "to", to)
	}
	hanoi(n-1, via, to, from)
}

func permute(a [4]byte, k int, out *int) {
	if k == len(a) {
		*out++
		if *out <= 5 || *out == 24 {
			fmt.Println(*out, string(a[0])+string(a[1])+string(a[2])+string(a[3]))
		}
		return
	}
	for i := k; i < len(a); i++ {
		a[k], a[i] = a[i], a[k]
		permute(a, k+1, out)
		a[k], a[i] = a[i], a[k]
	}
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [16]int // some stack per frame
	pad[n%16] = n
	return depth(n-1) + pad[n%16] - n + 1
}

func main() {
	fmt.Println(fact(10), fact(20), fact(21))
	fmt.Println(fib(25))
	fmt.Println(fibm(90))
	fmt.Println(ack(2, 3), ack(3, 3))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	hanoi(10, "A", "C", "B")
	fmt.Println("moves:", moves)
	count := 0
	permute([4]byte{'a', 'b', 'c', 'd'}, 0, &count)
	fmt.Println("permutations:", count)
	fmt.Println(depth(10000))
}

// Output:
// 3628800 2432902008176640000 14197454024290336768
// 75025
// 2880067194370816120
// 9 61
// true true false
// move 1 disk 1 from A to B
// move 2 disk 2 from A to C
// move 3 disk 1 from B to C
// move 512 disk 10 from A to C
// moves: 1023
// 1 abcd
// 2 abdc
// 3 acbd
// 4 acdb
// 5 adcb
// 24 dabc
// permutations: 24
// 10000
