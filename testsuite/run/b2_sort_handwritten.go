// run

// Hand-written insertion, quick, heap and merge sorts (with a comparator
// func), sort functions stored in a map, LCG-generated inputs.
package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

type lessFunc func(a, b Person) bool

func insertionSort(xs []int) {
	for i := 1; i < len(xs); i++ {
		v := xs[i]
		j := i - 1
		for j >= 0 && xs[j] > v {
			xs[j+1] = xs[j]
			j--
		}
		xs[j+1] = v
	}
}

func quickSort(xs []int) {
	if len(xs) < 2 {
		return
	}
	p := xs[len(xs)/2]
	i, j := 0, len(xs)-1
	for i <= j {
		for xs[i] < p {
			i++
		}
		for xs[j] > p {
			j--
		}
		if i <= j {
			xs[i], xs[j] = xs[j], xs[i]
			i++
			j--
		}
	}
	quickSort(xs[:j+1])
	quickSort(xs[i:])
}

func mergeSort(xs []Person, less lessFunc) []Person {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	l := mergeSort(xs[:mid], less)
	r := mergeSort(xs[mid:], less)
	out := make([]Person, 0, len(xs))
	for len(l) > 0 && len(r) > 0 {
		if less(r[0], l[0]) {
			out = append(out, r[0])
			r = r[1:]
		} else {
			out = append(out, l[0])
			l = l[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func heapSort(a []int) {
	n := len(a)
	sift := func(i, n int) {
		for {
			c := 2*i + 1
			if c >= n {
				return
			}
			if c+1 < n && a[c+1] > a[c] {
				c++
			}
			if a[i] >= a[c] {
				return
			}
			a[i], a[c] = a[c], a[i]
			i = c
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
}

func gen(n int, seed uint32) []int {
	out := make([]int, n)
	for i := range out {
		seed = seed*1103515245 + 12345
		out[i] = int(seed>>16) % 1000
	}
	return out
}

func sorted(xs []int) bool {
	for i := 1; i < len(xs); i++ {
		if xs[i-1] > xs[i] {
			return false
		}
	}
	return true
}

func main() {
	a := gen(20, 7)
	fmt.Println(a)
	b := append([]int(nil), a...)
	c := append([]int(nil), a...)
	insertionSort(a)
	quickSort(b)
	heapSort(c)
	fmt.Println(a)
	fmt.Println(sorted(a), sorted(b), sorted(c), fmt.Sprint(a) == fmt.Sprint(b), fmt.Sprint(b) == fmt.Sprint(c))
	big := gen(500, 99)
	quickSort(big)
	fmt.Println(sorted(big), big[0], big[250], big[499])

	people := []Person{{"Ann", 31}, {"Bob", 25}, {"Cid", 31}, {"Dee", 19}, {"Eve", 25}, {"Fay", 40}}
	byAge := mergeSort(people, func(a, b Person) bool { return a.Age < b.Age })
	fmt.Println(byAge)
	byNameDesc := mergeSort(people, func(a, b Person) bool { return a.Name > b.Name })
	fmt.Printf("%+v\n", byNameDesc)
	sorters := map[string]func([]int){"ins": insertionSort, "quick": quickSort, "heap": heapSort}
	for _, k := range []string{"heap", "ins", "quick"} {
		x := []int{5, -1, 3, 3, 0, 9, -7}
		sorters[k](x)
		fmt.Println(k, x)
	}
}

// Output:
// [332 806 868 674 531 133 34 790 985 681 213 131 630 642 517 322 185 654 918 228]
// [34 131 133 185 213 228 322 332 517 531 630 642 654 674 681 790 806 868 918 985]
// true true true true true
// true 0 499 999
// [{Dee 19} {Bob 25} {Eve 25} {Ann 31} {Cid 31} {Fay 40}]
// [{Name:Fay Age:40} {Name:Eve Age:25} {Name:Dee Age:19} {Name:Cid Age:31} {Name:Bob Age:25} {Name:Ann Age:31}]
// heap [-7 -1 0 3 3 5 9]
// ins [-7 -1 0 3 3 5 9]
// quick [-7 -1 0 3 3 5 9]
