// Command maps prints gc's map semantics that src/map/tests.rs checks: float keys (+0 and -0
// are one key, NaN keys are all distinct), interface keys (dynamic type and value), blank struct
// fields, nil maps, and deletion and insertion during iteration.
//go:build ignore

package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	_ int
	S string
}

func main() {
	f := map[float64]int{}
	f[0.0] = 1
	f[math.Copysign(0, -1)] = 2
	fmt.Println("zeros:", len(f), f)
	for k := range f {
		fmt.Println("key is negative zero:", math.Signbit(k))
	}
	f[math.NaN()] = 3
	f[math.NaN()] = 4
	_, found := f[math.NaN()]
	delete(f, math.NaN())
	fmt.Println("NaNs:", len(f), found)
	clear(f)
	fmt.Println("cleared:", len(f))

	i := map[any]int{}
	i[1] = 1
	i[int64(1)] = 2
	i["a"] = 3
	i[nil] = 4
	i[1] = 5
	fmt.Println("interfaces:", len(i), i[1], i[int64(1)], i["a"], i[nil], i[int8(1)])

	s := map[K]int{}
	s[K{A: 1, S: "x"}] = 1
	s[K{A: 1, S: "x"}] = 2
	s[K{A: 2, S: "x"}] = 3
	fmt.Println("structs:", len(s), s[K{A: 1, S: "x"}])

	var nilMap map[int]int
	v, ok := nilMap[1]
	delete(nilMap, 1)
	n := 0
	for range nilMap {
		n++
	}
	fmt.Println("nil map:", v, ok, n)

	m := map[int]int{}
	for k := 0; k < 1000; k++ {
		m[k] = k
	}
	seen := map[int]int{}
	first := -1
	for k, v := range m {
		if _, dup := seen[k]; dup {
			fmt.Println("duplicate", k)
		}
		seen[k] = v
		if first < 0 {
			first = k
			for odd := 1; odd < 1000; odd += 2 {
				if _, done := seen[odd]; !done {
					delete(m, odd)
				}
			}
			for add := 1000; add < 5000; add++ {
				m[add] = add
			}
			for even := 0; even < 1000; even += 2 {
				m[even] = even + 1000000
			}
		}
	}
	bad := 0
	for even := 0; even < 1000; even += 2 {
		want := even + 1000000
		if even == first {
			want = even
		}
		if seen[even] != want {
			bad++
		}
	}
	for k := range seen {
		if k < 1000 && k%2 == 1 && k != first {
			bad++
		}
	}
	fmt.Println("iteration with deletes and growth: wrong entries", bad)
}
