// run

// Recursive closures through a previously declared variable:
// factorial, a tree walk collecting into a captured slice, mutual
// recursion between two closures, and a memoising wrapper.
package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

func insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = insert(n.Left, v)
	} else {
		n.Right = insert(n.Right, v)
	}
	return n
}

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10), fact(1), fact(20))

	var root *Node
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 65} {
		root = insert(root, v)
	}
	var inorder []int
	var depthMax int
	var walk func(*Node, int)
	walk = func(n *Node, d int) {
		if n == nil {
			return
		}
		depthMax = max(depthMax, d)
		walk(n.Left, d+1)
		inorder = append(inorder, n.Val)
		walk(n.Right, d+1)
	}
	walk(root, 1)
	fmt.Println(inorder, depthMax)

	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(7), isEven(7))

	calls := 0
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		memo[n] = r
		return r
	}
	fmt.Println(fib(80), calls)

	// permutations via recursive closure with backtracking
	var perms []string
	used := make([]bool, 3)
	cur := []byte{}
	var gen func()
	gen = func() {
		if len(cur) == 3 {
			perms = append(perms, string(cur))
			return
		}
		for i, c := range []byte("abc") {
			if used[i] {
				continue
			}
			used[i] = true
			cur = append(cur, c)
			gen()
			cur = cur[:len(cur)-1]
			used[i] = false
		}
	}
	gen()
	fmt.Println(perms, len(perms))
}

// Output:
// 3628800 1 2432902008176640000
// [20 30 35 40 50 60 65 70 80] 4
// true true false
// 23416728348467685 159
// [abc acb bac bca cab cba] 6
