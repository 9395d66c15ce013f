// run

// Memoised recursion with maps: grid paths with obstacles (struct
// keys), edit distance (string-pair keys), partition counts, and the
// number of calls saved by the memo.
package main

import "fmt"

type cell struct{ r, c int }

type pair struct{ a, b string }

var calls int

func paths(r, c int, blocked map[cell]bool, memo map[cell]int) int {
	calls++
	if r < 0 || c < 0 || blocked[cell{r, c}] {
		return 0
	}
	if r == 0 && c == 0 {
		return 1
	}
	if v, ok := memo[cell{r, c}]; ok {
		return v
	}
	v := paths(r-1, c, blocked, memo) + paths(r, c-1, blocked, memo)
	memo[cell{r, c}] = v
	return v
}

func editDistance(a, b string, memo map[pair]int) int {
	if len(a) == 0 {
		return len(b)
	}
	if len(b) == 0 {
		return len(a)
	}
	k := pair{a, b}
	if v, ok := memo[k]; ok {
		return v
	}
	var d int
	if a[0] == b[0] {
		d = editDistance(a[1:], b[1:], memo)
	} else {
		d = 1 + min(
			editDistance(a[1:], b, memo),
			editDistance(a, b[1:], memo),
			editDistance(a[1:], b[1:], memo),
		)
	}
	memo[k] = d
	return d
}

func partitions(n, maxPart int, memo map[[2]int]int) int {
	if n == 0 {
		return 1
	}
	if n < 0 || maxPart == 0 {
		return 0
	}
	k := [2]int{n, maxPart}
	if v, ok := memo[k]; ok {
		return v
	}
	v := partitions(n-maxPart, maxPart, memo) + partitions(n, maxPart-1, memo)
	memo[k] = v
	return v
}

func main() {
	blocked := map[cell]bool{{1, 1}: true, {2, 3}: true, {4, 0}: true}
	memo := map[cell]int{}
	fmt.Println(paths(6, 6, blocked, memo), calls, len(memo))
	calls = 0
	fmt.Println(paths(16, 16, map[cell]bool{}, map[cell]int{}), calls)

	em := map[pair]int{}
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"intention", "execution"}, {"", "abc"}, {"same", "same"}} {
		fmt.Println(p[0], p[1], editDistance(p[0], p[1], em))
	}
	fmt.Println("memo entries > 0:", len(em) > 0)

	pm := map[[2]int]int{}
	for _, n := range []int{1, 5, 10, 50, 100} {
		fmt.Print(partitions(n, n, pm), " ")
	}
	fmt.Println()
}
