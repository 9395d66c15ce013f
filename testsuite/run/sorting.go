// run

// Sorting fixed-size arrays: insertion sort, selection sort on structs by
// two keys, quicksort through a pointer to an array, and binary search.
package main

import "fmt"

type Entry struct {
	Name  string
	Score int
}

func insertion(a [10]int) [10]int {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j-1] > a[j]; j-- {
			a[j-1], a[j] = a[j], a[j-1]
		}
	}
	return a
}

func less(x, y Entry) bool {
	if x.Score != y.Score {
		return x.Score > y.Score
	}
	return x.Name < y.Name
}

func selection(es *[6]Entry) {
	for i := range es {
		m := i
		for j := i + 1; j < len(es); j++ {
			if less(es[j], es[m]) {
				m = j
			}
		}
		es[i], es[m] = es[m], es[i]
	}
}

func quicksort(a *[16]int32, lo, hi int) {
	if lo >= hi {
		return
	}
	p := a[(lo+hi)/2]
	i, j := lo, hi
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a, lo, j)
	quicksort(a, i, hi)
}

func search(a *[16]int32, x int32) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(a) && a[lo] == x {
		return lo
	}
	return -1
}

func main() {
	orig := [10]int{5, -2, 9, 0, 5, 13, -7, 1, 8, 2}
	sorted := insertion(orig)
	fmt.Println(orig)
	fmt.Println(sorted)

	es := [6]Entry{{"dan", 70}, {"amy", 92}, {"bob", 70}, {"eve", 88}, {"cat", 92}, {"fay", 60}}
	selection(&es)
	for i, e := range es {
		fmt.Printf("%d. %-4s %3d\n", i+1, e.Name, e.Score)
	}

	var nums [16]int32
	seed := uint32(12345)
	for i := range nums {
		seed = seed*1103515245 + 12345
		nums[i] = int32(seed>>16) % 1000
	}
	fmt.Println(nums)
	quicksort(&nums, 0, len(nums)-1)
	fmt.Println(nums)
	fmt.Println(search(&nums, nums[7]), search(&nums, -1), search(&nums, 1000))
}

// Output:
// [5 -2 9 0 5 13 -7 1 8 2]
// [-7 -2 0 1 2 5 5 8 9 13]
// 1. amy   92
// 2. cat   92
// 3. eve   88
// 4. bob   70
// 5. dan   70
// 6. fay   60
// [236 756 885 498 695 45 509 890 410 29 52 427 758 87 875 368]
// [29 45 52 87 236 368 410 427 498 509 695 756 758 875 885 890]
// 7 -1 -1
