// run

// Deterministic output from maps: collect the keys, sort them by hand,
// then print; group values by a derived key; invert a map.
package main

import "fmt"

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		x := a[i]
		j := i - 1
		for j >= 0 && a[j] > x {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = x
	}
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func keys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sortStrings(ks)
	return ks
}

func main() {
	pop := map[string]int{
		"tokyo": 37, "delhi": 31, "shanghai": 27, "cairo": 21,
		"mumbai": 20, "beijing": 20, "dhaka": 21, "osaka": 19,
	}
	for _, k := range keys(pop) {
		fmt.Printf("%-9s %d\n", k, pop[k])
	}

	// group by value
	byPop := map[int][]string{}
	for city, p := range pop {
		byPop[p] = append(byPop[p], city)
	}
	var ps []int
	for p := range byPop {
		ps = append(ps, p)
	}
	sortInts(ps)
	for _, p := range ps {
		cities := byPop[p]
		sortStrings(cities)
		fmt.Println(p, cities)
	}

	// group by first letter, count
	initials := make(map[byte]int)
	for city := range pop {
		initials[city[0]]++
	}
	var letters []string
	for b := range initials {
		letters = append(letters, string(rune(b)))
	}
	sortStrings(letters)
	for _, l := range letters {
		fmt.Print(l, "=", initials[l[0]], " ")
	}
	fmt.Println()

	// deleting during iteration is allowed
	for k, v := range pop {
		if v < 21 {
			delete(pop, k)
		}
	}
	fmt.Println(keys(pop))

	// sum over a range of a map is order independent
	sum := 0
	for _, v := range pop {
		sum += v
	}
	fmt.Println(sum, len(pop))
}
