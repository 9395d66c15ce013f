// Word frequencies: string building, a map from strings to counts, sorting the result.
package main

import "fmt"

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	counts := map[string]int{}
	seed := uint32(7)
	for i := 0; i < 2000000; i++ {
		seed = seed*1664525 + 1013904223
		w := words[seed>>29]
		if seed&1 == 0 {
			w = w + "s"
		}
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
}
