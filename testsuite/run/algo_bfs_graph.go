// run

// Graph algorithms on an adjacency map of slices: BFS shortest paths
// with parent reconstruction, connected components, and a topological
// sort (Kahn) with a deterministic queue order.
package main

import "fmt"

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func sortStrs(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func (g Graph) Nodes() []string {
	var ns []string
	for n := range g {
		ns = append(ns, n)
	}
	sortStrs(ns)
	return ns
}

func (g Graph) ShortestPath(from, to string) []string {
	parent := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var path []string
			for n := to; n != ""; n = parent[n] {
				path = append([]string{n}, path...)
			}
			return path
		}
		nbrs := append([]string(nil), g[cur]...)
		sortStrs(nbrs)
		for _, n := range nbrs {
			if _, seen := parent[n]; !seen {
				parent[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil
}

func (g Graph) Components() [][]string {
	seen := map[string]bool{}
	var comps [][]string
	for _, start := range g.Nodes() {
		if seen[start] {
			continue
		}
		var comp []string
		stack := []string{start}
		seen[start] = true
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, n)
			for _, m := range g[n] {
				if !seen[m] {
					seen[m] = true
					stack = append(stack, m)
				}
			}
		}
		sortStrs(comp)
		comps = append(comps, comp)
	}
	return comps
}

func topo(deps map[string][]string) []string {
	indeg := map[string]int{}
	for n, ds := range deps {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, d := range ds {
			indeg[d]++
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	var order []string
	for len(ready) > 0 {
		sortStrs(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, d := range deps[n] {
			indeg[d]--
			if indeg[d] == 0 {
				ready = append(ready, d)
			}
		}
	}
	return order
}

func main() {
	g := Graph{}
	edges := [][2]string{
		{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"},
		{"e", "f"}, {"c", "f"}, {"x", "y"}, {"y", "z"}, {"q", "q"},
	}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(g.Nodes())
	fmt.Println(g.ShortestPath("a", "f"))
	fmt.Println(g.ShortestPath("b", "f"))
	fmt.Println(g.ShortestPath("a", "z") == nil, len(g.ShortestPath("a", "a")))
	for i, c := range g.Components() {
		fmt.Println("component", i, c)
	}

	deps := map[string][]string{
		"shirt": {"tie", "belt"}, "tie": {"jacket"}, "pants": {"shoes", "belt"},
		"belt": {"jacket"}, "socks": {"shoes"}, "undershorts": {"pants", "shoes"},
		"watch": nil,
	}
	fmt.Println(topo(deps))
}

// Output:
// [a b c d e f q x y z]
// [a c f]
// [b a c f]
// true 1
// component 0 [a b c d e f]
// component 1 [q]
// component 2 [x y z]
// [shirt socks tie undershorts pants belt jacket shoes watch]
