// run

// Composite map keys: structs, arrays, pointers and interface values
// (dynamic type is part of the key), plus a set of grid points flooded
// with struct keys.
package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	Ver  [2]int
}

func flood(walls map[Point]bool, start Point, limit int) int {
	seen := map[Point]bool{start: true}
	queue := []Point{start}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, d := range [4]Point{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			q := Point{p.X + d.X, p.Y + d.Y}
			if q.X < 0 || q.Y < 0 || q.X >= limit || q.Y >= limit {
				continue
			}
			if walls[q] || seen[q] {
				continue
			}
			seen[q] = true
			queue = append(queue, q)
		}
	}
	return len(seen)
}

func main() {
	dist := map[Point]int{}
	dist[Point{1, 2}] = 3
	dist[Point{2, 1}] = 3
	dist[Point{1, 2}]++
	fmt.Println(len(dist), dist[Point{1, 2}], dist[Point{0, 0}])

	walls := map[Point]bool{}
	for i := 0; i < 5; i++ {
		walls[Point{2, i}] = true
	}
	delete(walls, Point{2, 4})
	fmt.Println(flood(walls, Point{0, 0}, 5))
	walls[Point{2, 4}] = true
	fmt.Println(flood(walls, Point{0, 0}, 5))

	versions := map[Key]string{
		{"lib", [2]int{1, 0}}: "old",
		{"lib", [2]int{1, 1}}: "new",
	}
	fmt.Println(versions[Key{"lib", [2]int{1, 1}}], versions[Key{"lib", [2]int{1, 0}}], len(versions))

	arrKeys := map[[3]byte]int{}
	for _, s := range []string{"abc", "abd", "abc", "xyz", "abc"} {
		var k [3]byte
		copy(k[:], s)
		arrKeys[k]++
	}
	fmt.Println(arrKeys[[3]byte{'a', 'b', 'c'}], len(arrKeys))

	a, b := &Point{1, 1}, &Point{1, 1}
	pk := map[*Point]string{a: "a", b: "b"}
	fmt.Println(len(pk), pk[a], pk[b], *a == *b)

	// interface keys: same value with different dynamic types differ
	ik := map[interface{}]string{}
	ik[1] = "int 1"
	ik[int64(1)] = "int64 1"
	ik["1"] = "string 1"
	ik[Point{1, 1}] = "point"
	ik[true] = "bool"
	ik[1.5] = "float"
	fmt.Println(len(ik), ik[1], ik[int64(1)], ik["1"], ik[Point{1, 1}], ik[true], ik[1.5])
	_, ok := ik[int32(1)]
	fmt.Println(ok)
	delete(ik, 1)
	fmt.Println(len(ik), ik[1] == "")
	fmt.Println(map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"})
}

// Output:
// 2 4 0
// 21
// 10
// new old 2
// 3 3
// 2 a b true
// 6 int 1 int64 1 string 1 point bool float
// false
// 5 true
// map[{1 1}:c {1 2}:a {2 1}:b]
