// run

// Maps whose values are slices, structs, pointers to structs and maps:
// appending to slice values, the copy semantics of struct values
// (reassign to update), pointer values updated in place, lazily created
// inner maps.
package main

import "fmt"

type Stats struct {
	Count int
	Total int
}

type Account struct {
	Owner   string
	Balance int
}

func sorted(a []string) []string {
	b := append([]string(nil), a...)
	for i := range b {
		for j := i + 1; j < len(b); j++ {
			if b[j] < b[i] {
				b[i], b[j] = b[j], b[i]
			}
		}
	}
	return b
}

func main() {
	// map of slices: adjacency-like
	tags := map[string][]string{}
	add := func(k, v string) { tags[k] = append(tags[k], v) }
	add("go", "fast")
	add("go", "simple")
	add("rust", "safe")
	add("go", "compiled")
	fmt.Println(len(tags), tags["go"], len(tags["go"]), tags["c"] == nil)

	// map of struct values: must copy out, modify, store back
	st := map[string]Stats{}
	for _, w := range []string{"a", "bb", "a", "ccc", "bb", "a"} {
		s := st[w]
		s.Count++
		s.Total += len(w)
		st[w] = s
	}
	fmt.Println(st["a"], st["bb"], st["ccc"], st["zz"])

	// map of pointers: modify in place
	accts := map[int]*Account{}
	accts[1] = &Account{"ann", 100}
	accts[2] = &Account{"ben", 50}
	accts[1].Balance -= 30
	accts[2].Balance += 30
	alias := accts[1]
	alias.Owner = "anne"
	fmt.Println(*accts[1], *accts[2])
	if a, ok := accts[3]; !ok {
		fmt.Println("missing", a == nil)
	}

	// map of maps with lazy creation
	graph := map[string]map[string]int{}
	link := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	link("x", "y", 3)
	link("x", "z", 4)
	link("y", "z", 1)
	fmt.Println(len(graph), len(graph["x"]), graph["x"]["z"], graph["q"]["r"])
	var froms []string
	for k := range graph {
		froms = append(froms, k)
	}
	for _, f := range sorted(froms) {
		var tos []string
		for t := range graph[f] {
			tos = append(tos, t)
		}
		for _, t := range sorted(tos) {
			fmt.Printf("%s->%s:%d ", f, t, graph[f][t])
		}
	}
	fmt.Println()

	// fmt prints nested maps with sorted keys
	fmt.Println(graph)
	fmt.Println(st)

	// a map of slices of maps
	m := map[bool][]map[string]int{}
	m[true] = append(m[true], map[string]int{"one": 1})
	m[true] = append(m[true], map[string]int{"two": 2, "three": 3})
	fmt.Println(m, len(m[false]))
}
