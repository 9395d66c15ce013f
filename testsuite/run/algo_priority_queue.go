// run

// A binary min-heap priority queue of tasks implemented on a slice with
// an interface for ordering; Dijkstra's shortest paths on a small
// weighted graph using it; heap sort.
package main

import "fmt"

type Item interface {
	Less(other Item) bool
}

type Heap struct{ items []Item }

func (h *Heap) Len() int { return len(h.items) }

func (h *Heap) Push(it Item) {
	h.items = append(h.items, it)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.items[i].Less(h.items[p]) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *Heap) Pop() Item {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items[last] = nil
	h.items = h.items[:last]
	i := 0
	for {
		l, r := 2*i+1, 2*i+2
		small := i
		if l < len(h.items) && h.items[l].Less(h.items[small]) {
			small = l
		}
		if r < len(h.items) && h.items[r].Less(h.items[small]) {
			small = r
		}
		if small == i {
			break
		}
		h.items[i], h.items[small] = h.items[small], h.items[i]
		i = small
	}
	return top
}

type Task struct {
	Pri  int
	Name string
}

func (t Task) Less(o Item) bool {
	u := o.(Task)
	if t.Pri != u.Pri {
		return t.Pri < u.Pri
	}
	return t.Name < u.Name
}

type Int int

func (a Int) Less(o Item) bool { return a < o.(Int) }

type state struct {
	dist int
	node string
}

func (s *state) Less(o Item) bool {
	t := o.(*state)
	return s.dist < t.dist || s.dist == t.dist && s.node < t.node
}

type Edge struct {
	To string
	W  int
}

func dijkstra(g map[string][]Edge, src string) map[string]int {
	dist := map[string]int{src: 0}
	h := &Heap{}
	h.Push(&state{0, src})
	for h.Len() > 0 {
		s := h.Pop().(*state)
		if s.dist > dist[s.node] {
			continue
		}
		for _, e := range g[s.node] {
			nd := s.dist + e.W
			if old, ok := dist[e.To]; !ok || nd < old {
				dist[e.To] = nd
				h.Push(&state{nd, e.To})
			}
		}
	}
	return dist
}

func main() {
	h := &Heap{}
	for _, t := range []Task{{3, "write"}, {1, "plan"}, {2, "code"}, {1, "coffee"}, {5, "ship"}, {2, "test"}} {
		h.Push(t)
	}
	for h.Len() > 0 {
		t := h.Pop().(Task)
		fmt.Printf("%d %s\n", t.Pri, t.Name)
	}

	ih := &Heap{}
	for _, v := range []int{9, -2, 7, 7, 0, 13, 4, -8, 1} {
		ih.Push(Int(v))
	}
	var sorted []Int
	for ih.Len() > 0 {
		sorted = append(sorted, ih.Pop().(Int))
	}
	fmt.Println(sorted)

	g := map[string][]Edge{
		"A": {{"B", 4}, {"C", 2}},
		"B": {{"C", 5}, {"D", 10}},
		"C": {{"E", 3}},
		"E": {{"D", 4}, {"F", 11}},
		"D": {{"F", 1}},
	}
	d := dijkstra(g, "A")
	for _, n := range []string{"A", "B", "C", "D", "E", "F", "Z"} {
		if v, ok := d[n]; ok {
			fmt.Print(n, "=", v, " ")
		} else {
			fmt.Print(n, "=inf ")
		}
	}
	fmt.Println()
	fmt.Println(d)
}
