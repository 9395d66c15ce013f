// run

// Map basics: literals, insert, lookup of missing keys (zero value),
// comma-ok, delete (also of missing keys and on nil maps), len, update
// in place through compound assignment, and reading from a nil map.
package main

import "fmt"

type Inventory struct {
	stock map[string]int
}

func NewInventory() *Inventory {
	return &Inventory{stock: make(map[string]int)}
}

func (inv *Inventory) Add(item string, n int) {
	inv.stock[item] += n
}

func (inv *Inventory) Take(item string, n int) bool {
	have, ok := inv.stock[item]
	if !ok || have < n {
		return false
	}
	if have == n {
		delete(inv.stock, item)
	} else {
		inv.stock[item] = have - n
	}
	return true
}

func main() {
	ages := map[string]int{"ann": 31, "bob": 25}
	ages["cid"] = 40
	fmt.Println(len(ages), ages["ann"], ages["zed"])
	if v, ok := ages["bob"]; ok {
		fmt.Println("bob is", v)
	}
	if _, ok := ages["zed"]; !ok {
		fmt.Println("no zed")
	}
	ages["ann"]++
	ages["bob"] *= 2
	fmt.Println(ages["ann"], ages["bob"])
	delete(ages, "cid")
	delete(ages, "nobody")
	fmt.Println(len(ages), ages)

	var nm map[string]bool
	fmt.Println(nm == nil, len(nm), nm["x"])
	delete(nm, "x")
	v, ok := nm["y"]
	fmt.Println(v, ok)

	inv := NewInventory()
	inv.Add("apple", 5)
	inv.Add("pear", 2)
	inv.Add("apple", 3)
	fmt.Println(inv.Take("apple", 4), inv.Take("pear", 3), inv.Take("kiwi", 1))
	fmt.Println(inv.Take("pear", 2), len(inv.stock), inv.stock)

	// int keys, growing well beyond the first buckets
	sq := make(map[int]int)
	for i := 0; i < 1000; i++ {
		sq[i] = i * i
	}
	for i := 0; i < 1000; i += 3 {
		delete(sq, i)
	}
	total := 0
	for k, v := range sq {
		if v != k*k {
			fmt.Println("bad", k)
		}
		total += k
	}
	fmt.Println(len(sq), total, sq[998], sq[999])

	// bool and float values, map of rune
	seen := map[rune]bool{}
	for _, r := range "mississippi" {
		seen[r] = true
	}
	fmt.Println(len(seen), seen['s'], seen['z'])
	fm := map[float64]string{0.5: "half", 0.25: "quarter"}
	fmt.Println(fm[0.5], fm[1.0/4], len(fm))
}

// Output:
// 3 31 0
// bob is 25
// no zed
// 32 50
// 2 map[ann:32 bob:50]
// true 0 false
// false false
// true false false
// true 1 map[apple:4]
// 666 332667 996004 0
// 4 true false
// half quarter 2
