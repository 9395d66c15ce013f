// run

// Maps of slices, of struct values (copy-modify-store), of pointers into
// slice elements, array and struct keys, map of maps, interface keys, clear, nil map reads.
package main

import "fmt"

type Item struct {
	Name  string
	Price int
	Tags  []string
}

type Inventory struct {
	byCat   map[string][]Item
	counts  map[string]int
	byPrice map[int]*Item
}

func NewInventory() *Inventory {
	return &Inventory{byCat: map[string][]Item{}, counts: make(map[string]int), byPrice: map[int]*Item{}}
}

func (inv *Inventory) Add(cat string, it Item) {
	inv.byCat[cat] = append(inv.byCat[cat], it)
	inv.counts[cat]++
	items := inv.byCat[cat]
	inv.byPrice[it.Price] = &items[len(items)-1]
}

func sortedKeys(m map[string][]Item) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

type Point struct{ X, Y int }

func main() {
	inv := NewInventory()
	inv.Add("fruit", Item{"apple", 3, []string{"red", "sweet"}})
	inv.Add("fruit", Item{"lemon", 2, []string{"sour"}})
	inv.Add("tool", Item{"hammer", 15, nil})
	inv.Add("fruit", Item{"fig", 7, []string{}})
	for _, k := range sortedKeys(inv.byCat) {
		total := 0
		for _, it := range inv.byCat[k] {
			total += it.Price
		}
		fmt.Println(k, inv.counts[k], total, len(inv.byCat[k]))
	}
	fmt.Println(inv.byCat["tool"])
	fmt.Printf("%v %d\n", inv.byCat["none"] == nil, len(inv.byCat["none"]))
	if p, ok := inv.byPrice[15]; ok {
		fmt.Printf("%+v\n", *p)
	}
	_, ok := inv.byPrice[99]
	fmt.Println(ok)

	// map of structs: must copy-modify-store
	pts := map[string]Point{"a": {1, 2}}
	p := pts["a"]
	p.X = 10
	fmt.Println(pts["a"], p)
	pts["a"] = p
	fmt.Println(pts)

	// arrays and structs as keys
	grid := map[[2]int]string{}
	grid[[2]int{0, 0}] = "origin"
	grid[[2]int{1, -1}] = "se"
	k := [2]int{1, -1}
	fmt.Println(grid[k], len(grid), grid[[2]int{5, 5}] == "")
	seen := map[Point]bool{}
	for _, q := range []Point{{1, 1}, {2, 2}, {1, 1}, {3, 1}, {2, 2}} {
		if seen[q] {
			fmt.Print("dup", q, " ")
		}
		seen[q] = true
	}
	fmt.Println(len(seen))
	delete(seen, Point{1, 1})
	delete(seen, Point{9, 9})
	fmt.Println(len(seen), seen)

	// map of maps
	nested := map[string]map[string]int{}
	add := func(a, b string, n int) {
		m, ok := nested[a]
		if !ok {
			m = map[string]int{}
			nested[a] = m
		}
		m[b] += n
	}
	add("x", "y", 1)
	add("x", "y", 2)
	add("x", "z", 5)
	add("w", "y", 7)
	fmt.Println(nested)
	// interface keys
	mi := map[any]int{1: 1, "1": 2, 1.0: 3, Point{1, 1}: 4, [1]int{1}: 5}
	fmt.Println(mi[1], mi["1"], mi[1.0], mi[Point{1, 1}], mi[[1]int{1}], len(mi))
	clear(mi)
	fmt.Println(len(mi))
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
	for range nm {
		fmt.Println("never")
	}
	delete(nm, "x")
}

// Output:
// fruit 3 12 3
// tool 1 15 1
// [{hammer 15 []}]
// true 0
// {Name:hammer Price:15 Tags:[]}
// false
// {1 2} {10 2}
// map[a:{10 2}]
// se 2 true
// dup{1 1} dup{2 2} 3
// 2 map[{2 2}:true {3 1}:true]
// map[w:map[y:7] x:map[y:3 z:5]]
// 1 2 3 4 5 5
// 0
// 0 0 true
